package org.annals.core.quote;

import java.util.List;
import java.util.Locale;

import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;
import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;

/**
 * The speech cues of {@code cues.tsv} compiled once into a phrase trie over lower-cased tokens, longest match
 * first. Immutable once loaded.
 */
public final class CueLexicon {

    private static final CueLexicon STANDARD = of(Resources.tsv(CueLexicon.class, "cues.tsv", "forms", "kind"));

    private final PhraseIndex<Cue> index;

    private CueLexicon(PhraseIndex<Cue> index) {
        this.index = index;
    }

    /** The lexicon shipped with annals ({@code org/annals/core/quote/cues.tsv}). */
    public static CueLexicon standard() {
        return STANDARD;
    }

    /** A lexicon from rows in the format of {@code cues.tsv} (columns {@code forms}, {@code kind}, {@code note}). */
    public static CueLexicon of(List<Tsv.Row> rows) {
        PhraseIndex<Cue> index = new PhraseIndex<>(true);
        for (Tsv.Row row : rows) {
            Cue cue = new Cue(Cue.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)), row.get("note"));
            for (String form : row.list("forms")) {
                index.add(Tokenizer.INSTANCE.words(form), cue);
            }
        }
        return new CueLexicon(index);
    }

    /** The longest cue that starts at token {@code i} and ends by {@code limit}, or {@code null}. */
    CueMatch at(List<Token> tokens, int i, int limit) {
        PhraseIndex.Match<Cue> m = index.longest(tokens, i, limit);
        return m == null ? null : new CueMatch(m.start(), m.end(), m.values().get(0));
    }
}

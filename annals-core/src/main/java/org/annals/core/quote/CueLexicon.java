package org.annals.core.quote;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.Tsv;
import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;

/**
 * The speech cues of {@code cues.tsv} compiled once into a phrase trie over lower-cased tokens, longest match
 * first. Immutable once loaded.
 */
public final class CueLexicon {

    private static final CueLexicon STANDARD = load(CueLexicon.class.getResourceAsStream("cues.tsv"), "cues.tsv");

    private final PhraseIndex<Cue> index;

    private CueLexicon(PhraseIndex<Cue> index) {
        this.index = index;
    }

    /** The lexicon shipped with annals ({@code org/annals/core/quote/cues.tsv}). */
    public static CueLexicon standard() {
        return STANDARD;
    }

    /**
     * Loads a lexicon in the format of {@code cues.tsv} (columns {@code forms}, {@code kind}, {@code note}).
     *
     * @throws IllegalArgumentException when the file is missing or malformed, or a kind is unknown
     */
    public static CueLexicon load(InputStream in, String name) {
        if (in == null) {
            throw new IllegalArgumentException("missing cue lexicon " + name);
        }
        List<String> problems = new ArrayList<>();
        List<Tsv.Row> rows = Tsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), name,
                List.of("forms", "kind"), problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
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

package org.annals.core.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.kb.Lookups;
import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;
import org.annals.core.match.TokenView;

/**
 * The function words of {@code frame-words.tsv}: what may stand between a speaker and the cue, and where a
 * speaker phrase ends. A word may belong to several classes. Immutable.
 */
final class FrameWords {

    /** The classes of {@code frame-words.tsv}. */
    enum Role {
        AUX, ADVERB, NEGATION, BOUNDARY, RELATIVE, PRONOUN, DETERMINER, PREPOSITION, CONNECTOR, TIME, QUESTION, TOPIC,
        COORDINATOR, CONTRAST, CATENATIVE, PARTICLE, ADDRESSEE
    }

    static final FrameWords STANDARD = load("frame-words.tsv");

    /** The classes of each word, a bit per {@link Role}. */
    private final Map<String, Integer> classes;

    private FrameWords(Map<String, Integer> classes) {
        this.classes = classes;
    }

    static FrameWords load(String resource) {
        List<Tsv.Row> rows = Resources.tsv(FrameWords.class, resource, "word", "class");
        Map<String, Integer> map = new HashMap<>();
        for (Tsv.Row row : rows) {
            Role role = Role.valueOf(row.get("class").toUpperCase(Locale.ROOT));
            map.merge(row.get("word").toLowerCase(Locale.ROOT), 1 << role.ordinal(), (a, b) -> a | b);
        }
        return new FrameWords(Lookups.copyOf(map));
    }

    /** The classes of the tokens of a document, each token's looked up when first asked for. */
    Marks marks(TokenView v) {
        return new Marks(this, v);
    }

    /**
     * The frame-word classes of the tokens of one document, a bit per {@link Role} for each token, looked up once
     * per token however many questions the quote finder's parts ask of it.
     */
    static final class Marks {
        /** The classes that may stand between a speaker and the cue. */
        private static final int SKIPPABLE = 1 << Role.AUX.ordinal() | 1 << Role.ADVERB.ordinal()
                | 1 << Role.NEGATION.ordinal();
        /** Set on a token's classes once they are looked up. */
        private static final int KNOWN = 1 << 31;

        private final FrameWords words;
        private final TokenView v;
        private final int[] classes;

        private Marks(FrameWords words, TokenView v) {
            this.words = words;
            this.v = v;
            this.classes = new int[v.size()];
        }

        /** True when token {@code i} is a word of class {@code role}. */
        boolean is(int i, Role role) {
            return (classes(i) & 1 << role.ordinal()) != 0;
        }

        /** True when token {@code i} may stand between a speaker and its cue (an auxiliary, an adverb, "not"). */
        boolean isSkippable(int i) {
            return (classes(i) & SKIPPABLE) != 0;
        }

        private int classes(int i) {
            int c = classes[i];
            if (c == 0) {
                c = words.classes.getOrDefault(v.lower(i), 0) | KNOWN;
                classes[i] = c;
            }
            return c;
        }
    }
}

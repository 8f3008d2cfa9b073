package org.annals.core.quote;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private final Map<String, Set<Role>> roles;

    private FrameWords(Map<String, Set<Role>> roles) {
        this.roles = roles;
    }

    static FrameWords load(String resource) {
        List<Tsv.Row> rows = Resources.tsv(FrameWords.class, resource, "word", "class");
        Map<String, Set<Role>> map = new HashMap<>();
        for (Tsv.Row row : rows) {
            map.computeIfAbsent(row.get("word").toLowerCase(Locale.ROOT), w -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(row.get("class").toUpperCase(Locale.ROOT)));
        }
        return new FrameWords(Map.copyOf(map));
    }

    /** The classes of every token of a document, looked up once. */
    Marks marks(TokenView v) {
        int[] classes = new int[v.size()];
        for (int i = 0; i < classes.length; i++) {
            Set<Role> r = roles.get(v.lower(i));
            if (r != null) {
                for (Role role : r) {
                    classes[i] |= 1 << role.ordinal();
                }
            }
        }
        return new Marks(classes);
    }

    /**
     * The frame-word classes of the tokens of one document, a bit per {@link Role} for each token, so that
     * the many questions the quote finder's parts ask of a token cost no look-up.
     */
    static final class Marks {
        /** The classes that may stand between a speaker and the cue. */
        private static final int SKIPPABLE = 1 << Role.AUX.ordinal() | 1 << Role.ADVERB.ordinal()
                | 1 << Role.NEGATION.ordinal();

        private final int[] classes;

        private Marks(int[] classes) {
            this.classes = classes;
        }

        /** True when token {@code i} is a word of class {@code role}. */
        boolean is(int i, Role role) {
            return (classes[i] & 1 << role.ordinal()) != 0;
        }

        /** True when token {@code i} may stand between a speaker and its cue (an auxiliary, an adverb, "not"). */
        boolean isSkippable(int i) {
            return (classes[i] & SKIPPABLE) != 0;
        }
    }
}

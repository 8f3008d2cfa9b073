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

    /** True when token {@code i} is a word of class {@code role}. */
    boolean is(TokenView v, int i, Role role) {
        Set<Role> r = roles.get(v.lower(i));
        return r != null && r.contains(role);
    }

    /** True when token {@code i} may stand between a speaker and its cue (an auxiliary, an adverb, "not"). */
    boolean isSkippable(TokenView v, int i) {
        return is(v, i, Role.AUX) || is(v, i, Role.ADVERB) || is(v, i, Role.NEGATION);
    }
}

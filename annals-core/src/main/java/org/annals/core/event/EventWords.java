package org.annals.core.event;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Lookups;
import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;

/**
 * The words of {@code event-words.tsv} that the event coder reads around a trigger, by class: prepositions,
 * auxiliaries, light verbs, nouns of papers and of bodies, and the few PLOVER categories and roles its rules
 * name. A word may belong to several classes. Immutable.
 */
final class EventWords {

    /** The classes of {@code event-words.tsv}, named as its rows name them in lower case with hyphens. */
    enum Class {
        COMITATIVE, PREPOSITIONS, SKIP_BEFORE_MENTION, POSSESSIVE_PRONOUNS, NEGATIONS, FUTURE,
        DEFINITE, FIRST_PERSON, PAIR_WORDS, PLACE_NOUNS, TARGET_PREPOSITIONS, DEPARTURES,
        QUANTIFIERS, PARTS_OF_PLACES, BE, STANCE_PARTICIPLES, AUTHORITIES, STATEMENT_NOUNS, ISSUING_VERBS,
        DOMESTIC, BODY_NOUNS, RULER_NOUNS, CIVILIANS, UNATTRIBUTED, COUNT_WORDS, RELATIVE,
        CLAUSE_OPENERS, BETWEEN_SUBJECT_AND_VERB, LIGHT_VERBS, PLACE_NO_RECIPIENT, THING_HEADS, MONTH_WORDS,
        SAID, MADE, PARTICLES, REPORTING, OWN_POSSESSIVES, RECIPIENT_REQUIRED,
        TO_FUTURE, PROMISED, ASPECT_VERBS, FROM_BELOW, INSIDERS, OWN_ACT_NOUNS, THIRD_PARTY_VERBS, BACKER_HALVES, CROWD_ROLES,
        RELUCTANCE, JOINT, MEANS, BORDERS, HYPOTHETICAL, VERBAL, REFUSING, OBJECT_PRONOUNS, JOURNEYS, ALLEGING, WEAPONS;

        static {
            // the coder keeps a word's classes in a long, its top bit for its own use
            if (values().length >= Long.SIZE) {
                throw new IllegalStateException("more word classes than the bits of a long, less one");
            }
        }
    }

    static final EventWords STANDARD = load("event-words.tsv");

    private final Map<Class, Set<String>> words;
    /** The classes of each word as bits ({@link #bit}), for the coder's per-token tests. */
    private final Map<String, Long> bits;

    private EventWords(Map<Class, Set<String>> words) {
        this.words = words;
        Map<String, Long> b = new HashMap<>();
        words.forEach((c, set) -> set.forEach(w -> b.merge(w, bit(c), (x, y) -> x | y)));
        this.bits = Lookups.copyOf(b);
    }

    static EventWords load(String resource) {
        Map<Class, Set<String>> map = new EnumMap<>(Class.class);
        for (Class c : Class.values()) {
            map.put(c, new HashSet<>());
        }
        for (Tsv.Row row : Resources.tsv(EventWords.class, resource, "word", "class")) {
            String name = row.get("class").replace('-', '_').toUpperCase(java.util.Locale.ROOT);
            Class c;
            try {
                c = Class.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(row.file() + ":" + row.line() + ": unknown class " + row.get("class"));
            }
            map.get(c).add(row.get("word"));
        }
        map.replaceAll((c, set) -> Lookups.copyOf(set));
        return new EventWords(map);
    }

    /** The words of one class. */
    Set<String> of(Class c) {
        return words.get(c);
    }

    /** The bit of a class in {@link #bits(String)}. */
    static long bit(Class c) {
        return 1L << c.ordinal();
    }

    /** The classes {@code word} belongs to, as the union of their {@link #bit}s; 0 for a word of none. */
    long bits(String word) {
        Long b = bits.get(word);
        return b == null ? 0 : b;
    }
}

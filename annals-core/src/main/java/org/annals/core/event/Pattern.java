package org.annals.core.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pattern of the dictionary: the words to match around a trigger and what the event is. Built by
 * {@link PatternDictionary} from a line of {@code patterns.tsv} or of a PETRARCH verb dictionary; immutable.
 *
 * @param elements the elements from the trigger on, as written: words (lemmas), {@code a|b} alternatives,
 *                 {@code *} gaps and {@code {CLASS}} classes; the first is the trigger
 * @param before the elements that must come before the trigger, in text order, as written (often empty)
 * @param noun true when the trigger is a noun
 * @param subject true when the trigger is the noun subject of a clause ("an airstrike killed"): coded as a
 *                clause, not as a noun, and it may follow a determiner
 * @param type PLOVER category; {@link #NO_EVENT} for a wording that is no event
 * @param mode PLOVER mode, or null
 * @param cameo CAMEO code
 * @param roles how the participants are found (see {@code patterns.tsv})
 * @param future what the event becomes when told in the future or as an intention, or null to stay
 * @param reverseCameo the code of the event the other way round, target to source (TABARI's paired codes
 *                     {@code [032:033]}: a visit and its hosting), or null
 * @param line where it is defined, {@code file:line}, for messages and for reviewers
 * @param body the compiled elements from the trigger on
 * @param pre the compiled elements before the trigger
 * @param maxWeight the most words a match can take (the longest phrase of each element): a bound for the matcher
 * @param preWeight the words its elements before the trigger require
 */
record Pattern(List<String> elements, List<String> before, boolean noun, boolean subject, String type, String mode,
               String cameo, Map<String, String> roles, Outcome future, String reverseCameo, String line,
               List<Element> body, List<Element> pre, int maxWeight, int preWeight) {

    /** A pattern, its weights computed from its elements. */
    static Pattern of(List<String> elements, List<String> before, boolean noun, boolean subject, String type,
                      String mode, String cameo, Map<String, String> roles, Outcome future, String reverseCameo,
                      String line, List<Element> body, List<Element> pre) {
        int preWeight = 0;
        for (Element e : pre) {
            preWeight += words(e);
        }
        int max = preWeight;
        for (Element e : body) {
            Element x = e instanceof Ahead a ? a.inner() : e;
            if (x instanceof Phrases p) {
                int longest = 0;
                for (List<String> phrase : p.phrases()) {
                    longest = Math.max(longest, phrase.size());
                }
                max += longest;
            } else {
                max += x == Gap.GAP ? 0 : 1;
            }
        }
        return new Pattern(elements, before, noun, subject, type, mode, cameo, roles, future, reverseCameo, line,
                body, pre, max, preWeight);
    }

    /** The type of a pattern that matches a wording which is no event ("heart attack", "strike a deal"). */
    static final String NO_EVENT = "-";

    /** What an event becomes: its category, mode and CAMEO code. */
    record Outcome(String type, String mode, String cameo) {

        /** Reads {@code TYPE[/mode] CAMEO}, as in the {@code future} column. */
        static Outcome parse(String s) {
            String[] p = s.strip().split("\\s+");
            if (p.length != 2) {
                throw new IllegalArgumentException("expected 'TYPE[/mode] CAMEO', found '" + s + "'");
            }
            int slash = p[0].indexOf('/');
            return slash < 0 ? new Outcome(p[0], null, p[1])
                    : new Outcome(p[0].substring(0, slash), p[0].substring(slash + 1), p[1]);
        }
    }

    /** A compiled element: one token among a set of lemmas, a sequence of tokens among phrases, or a gap. */
    sealed interface Element permits Words, Phrases, Gap, Ahead {
    }

    /**
     * An element that must match but does not extend the pattern: the target is looked for right after the
     * elements before it ({@code summon * >{ENVOY}}: "summoned Niger's ambassador" finds Niger).
     */
    record Ahead(Element inner) implements Element {
    }

    /**
     * One token whose lemma (or form) is one of {@code lemmas}.
     *
     * @param ids the lemmas' numbers in the dictionary's vocabulary, a sorted set: what the matcher compares
     */
    record Words(Set<String> lemmas, Ids ids) implements Element {
    }

    /**
     * Consecutive tokens that spell one of the phrases (a synset of multi-word phrases); each word a lemma.
     *
     * @param ids the words of each phrase, in order, as numbered in the dictionary's vocabulary
     */
    record Phrases(List<List<String>> phrases, List<Ids> ids) implements Element {
    }

    /**
     * Words as numbers in the vocabulary of the dictionary that compiled the pattern, so that the matcher
     * compares ints, not Strings: the alternatives of an element (a sorted set) or the words of a phrase (in
     * order). Immutable; equal when the numbers are.
     */
    static final class Ids {

        private final int[] ids;

        private Ids(int[] ids) {
            this.ids = ids;
        }

        /** The numbers in the order given (a phrase). */
        static Ids sequence(int[] ids) {
            return new Ids(ids.clone());
        }

        /** The numbers as a sorted set (an element's alternatives), for {@link #contains}. */
        static Ids sortedSet(int[] ids) {
            return new Ids(java.util.Arrays.stream(ids).distinct().sorted().toArray());
        }

        int size() {
            return ids.length;
        }

        int get(int i) {
            return ids[i];
        }

        /** True when a sorted set holds {@code id}. */
        boolean contains(int id) {
            return java.util.Arrays.binarySearch(ids, id) >= 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ids other && java.util.Arrays.equals(ids, other.ids);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(ids);
        }
    }

    /** Up to {@link PatternDictionary#GAP} tokens of the same clause. */
    enum Gap implements Element {
        GAP
    }

    /** True when it codes no event: its words are read so that no shorter pattern takes them. */
    boolean isNoEvent() {
        return NO_EVENT.equals(type);
    }

    /** The number of words it requires, before and after the trigger (a phrase counts its words): longer wins. */
    int weight() {
        int w = 0;
        for (Element e : body) {
            w += words(e);
        }
        for (Element e : pre) {
            w += words(e);
        }
        return w;
    }

    /** The fewest tokens an element takes: 0 for a gap, the shortest phrase's length for phrases. */
    private static int words(Element e) {
        if (e instanceof Ahead a) {
            return words(a.inner());
        }
        if (e instanceof Phrases p) {
            int min = Integer.MAX_VALUE;
            for (List<String> phrase : p.phrases()) {
                min = Math.min(min, phrase.size());
            }
            return min;
        }
        return e == Gap.GAP ? 0 : 1;
    }

    /**
     * The same pattern with another outcome and the roles of another pattern (a governor and its complement).
     * Where this pattern looks for its target after any of the usual prepositions, so does the whole, as the
     * governor alone would: "sent 800 troops to Sierra Leone to evacuate foreigners", "offered to send a
     * delegation to Pyongyang to discuss"; and its source is its own subject's ("warned Syria that it would pay a
     * heavy price": the warning's, not the speaker's the complement alone would take).
     */
    Pattern with(Outcome o, Map<String, String> otherRoles) {
        Map<String, String> merged = new HashMap<>(otherRoles);
        for (String role : List.of("target", "source")) {
            if (!roles.containsKey(role)) {
                merged.remove(role);
            }
        }
        merged = Map.copyOf(merged);
        return new Pattern(elements, before, noun, subject, o.type(), o.mode(), o.cameo(), merged, null, null,
                line, body, pre, maxWeight, preWeight);
    }

    /** The same pattern with another outcome (a future, a combination); the words stay. */
    Pattern with(Outcome o) {
        return new Pattern(elements, before, noun, subject, o.type(), o.mode(), o.cameo(), roles, null, null, line,
                body, pre, maxWeight, preWeight);
    }
}

package org.annals.core.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Lookups;
import org.annals.core.kb.Resources;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Count;
import org.annals.core.model.Mention;
import org.annals.core.model.Timex;

/**
 * What the story clusterer knows of one document: the terms it weighs (content words, the actors it names,
 * the absolute dates and the counts it gives), its key events, and the date it reports on.
 *
 * <p>Terms are prefixed by their kind: {@code w:} a content word, {@code c:} a capitalised word inside a
 * sentence (a name the tagger may not know: Macworld, Bener Meriah), {@code a:} an actor (its knowledge-base
 * entry, else its name), {@code t:} a date value, {@code n:} a count. Names weigh {@link #ACTOR_WEIGHT} times a
 * word, as who is involved tells two similar events apart better than how they are told.
 *
 * @param id the document's id
 * @param date the publication date, else the date of its first dated key event, else {@code null}
 * @param terms each term with its count, sorted
 * @param keys the document's key events
 * @param placed the event that places the document, or {@code null} (see {@link Stories#mainPlaced})
 * @param leads the actors its title and lede name, most named first, the first its signature ({@link #lead()},
 *     {@link #leads(Analysis, Map)})
 */
record Profile(String id, LocalDate date, Terms terms, List<Stories.Key> keys,
               Stories.Key placed, List<String> leads) implements java.io.Serializable {

    /** How many of the actors of its title and lede a profile keeps. */
    static final int LEADS = 8;

    /** The term prefix of a country actor. */
    private static final String COUNTRY = "a:countries/";

    static final double ACTOR_WEIGHT = 2.0;

    /**
     * The weight of a common word against a name: the words tell what kind of event it is, the names (actors,
     * capitalised words) which one.
     */
    static final double WORD_WEIGHT = 0.5;

    private static final Set<String> STOPWORDS = loadStopwords();

    static Profile of(Analysis a) {
        // a tree, not a hash table sorted after: as fast to fill, and in order without a sort
        java.util.SortedMap<String, Double> counts = new java.util.TreeMap<>();
        words(a.text(), counts);
        for (Mention m : a.mentions()) {
            Actor ac = m.actor() == null ? null : a.actor(m.actor());
            if (ac != null) {
                count(counts, actorTerm(ac));
            }
        }
        for (Timex t : a.times()) {
            if (t.type() == Timex.Type.DATE && t.value() != null && t.value().length() >= 4
                    && t.value().indexOf('X') < 0 && Character.isDigit(t.value().charAt(0))) {
                count(counts, "t:" + t.value());
            }
        }
        for (Count c : a.counts()) {
            count(counts, "n:" + c.kind() + ":" + c.value());
        }
        Terms terms = Terms.of(counts);
        List<Stories.Key> keys = Stories.keyEvents(a);
        LocalDate date = a.publication().date();
        for (int i = 0; date == null && i < keys.size(); i++) {
            date = keys.get(i).eventDate();
        }
        return new Profile(a.document().id(), date, terms, keys, Stories.mainPlaced(a, keys),
                leads(a, terms));
    }

    /**
     * A document's signature, what its story is about: the actor its title and lede ({@link Stories#lede}) name
     * most (a person, body or place before a country), where reports of one event name its protagonists whatever
     * else they tell; else the actor it names
     * most ({@code a:} term); else the capitalised word it uses most ({@code c:}); else the empty string.
     */
    String lead() {
        return leads.isEmpty() ? "" : leads.get(0);
    }

    /**
     * The actors a document's title and lede name, most named first (ties: first named first; countries after
     * the others), at most {@link #LEADS}; when they name none, the actor it names most, else the capitalised word it uses most (ties: first
     * in term order), else none.
     */
    static List<String> leads(Analysis a, Terms terms) {
        Set<org.annals.core.model.Span> lede = Stories.lede(a, true);
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Mention m : a.mentions()) {
            Actor ac = m.actor() == null ? null : a.actor(m.actor());
            if (ac != null && inAny(lede, m.span())) {
                counts.merge(actorTerm(ac), 1, Integer::sum);
            }
        }
        if (!counts.isEmpty()) {
            List<String> named = new java.util.ArrayList<>(counts.keySet());
            // a stable sort: equal counts keep the order of first mention; a country comes after the persons,
            // bodies and places, as too many reports name the same country for it to spread them over lanes
            named.sort(java.util.Comparator.comparing((String x) -> x.startsWith(COUNTRY))
                    .thenComparing((x, y) -> Integer.compare(counts.get(y), counts.get(x))));
            return List.copyOf(named.subList(0, Math.min(LEADS, named.size())));
        }
        String best = "";
        double top = 0;
        for (String kind : new String[] {"a:", "c:"}) {
            for (int i = 0; i < terms.size(); i++) {
                if (terms.term(i).startsWith(kind) && terms.count(i) > top) {
                    best = terms.term(i);
                    top = terms.count(i);
                }
            }
            if (!best.isEmpty()) {
                return List.of(best);
            }
        }
        return List.of();
    }

    private static boolean inAny(Set<org.annals.core.model.Span> spans, org.annals.core.model.Span s) {
        for (org.annals.core.model.Span x : spans) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The term of an actor: its knowledge-base entry, else its name. */
    private static String actorTerm(Actor ac) {
        return "a:" + (ac.kb() != null ? ac.kb() : ac.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The unit-length TF-IDF vector of the document among {@code docs} documents whose document frequencies
     * are {@code df}: (1 + log tf) x (1 + log((N + 1) / (df + 1))), names weighed up and words down.
     */
    Map<String, Double> vector(Frequencies df, long docs) {
        Map<String, Double> v = new java.util.HashMap<>();
        double norm2 = 0;
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.term(i);
            int f = Math.max(1, df.of(term, terms.key(i)));
            double idf = Math.log((docs + 1.0) / (f + 1.0)) + 1.0;
            double w = (1 + Math.log(terms.count(i))) * idf;
            if (term.startsWith("a:") || term.startsWith("c:")) {
                w *= ACTOR_WEIGHT;
            } else if (term.startsWith("w:")) {
                w *= WORD_WEIGHT;
            }
            v.put(term, w);
            norm2 += w * w;
        }
        double norm = Math.sqrt(norm2);
        if (norm > 0) {
            v.replaceAll((k, w) -> w / norm);
        }
        return java.util.Collections.unmodifiableMap(v);
    }

    /** In how many documents a term occurs, given the term and its key ({@link Terms#key}). */
    @FunctionalInterface
    interface Frequencies {
        int of(String term, long key);
    }

    /** The cosine of two unit-length vectors. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return dot;
    }

    /**
     * Counts the content words of a text: runs of letters and digits, read from the text itself so that an
     * analysis kept without its tokens (as a store keeps it) gives the same profile. A word that starts with a
     * capital inside a sentence (after a word, not after . ! ? : or a line break) counts as a name.
     */
    static void words(String text, Map<String, Double> terms) {
        int n = text.length();
        boolean sentenceStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String w = word(text.substring(start, i));
            if (w != null) {
                boolean name = !sentenceStart && Character.isUpperCase(c);
                count(terms, (name ? "c:" : "w:") + w);
            }
            sentenceStart = false;
        }
    }

    /** Counts one more occurrence of {@code term}. */
    private static void count(Map<String, Double> counts, String term) {
        counts.merge(term, 1.0, Double::sum);
    }

    /** The content word a token stands for, lower case and without a possessive, or {@code null}. */
    static String word(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() < 3 || STOPWORDS.contains(w)) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return w;
            }
        }
        return null;
    }

    private static Set<String> loadStopwords() {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (Resources.Line line : Resources.lines(Profile.class, "stopwords.txt")) {
            out.add(line.text().trim().toLowerCase(Locale.ROOT));
        }
        return Lookups.copyOf(out);
    }
}

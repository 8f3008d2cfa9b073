package org.annals.core.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.annals.core.kb.Resources;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Count;
import org.annals.core.model.Mention;
import org.annals.core.model.Timex;
import org.annals.core.model.Token;

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
 */
record Profile(String id, LocalDate date, Map<String, Double> terms, List<Stories.Key> keys,
               Stories.Key placed) implements java.io.Serializable {

    static final double ACTOR_WEIGHT = 2.0;

    private static final Set<String> STOPWORDS = loadStopwords();

    static Profile of(Analysis a) {
        Map<String, Double> terms = new TreeMap<>();
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                String w = word(t.text());
                if (w != null) {
                    // a capitalised word inside a sentence is a name (Macworld, Aceh): it tells events apart
                    boolean name = t.isCapitalized() && i > 0 && tokens.get(i - 1).isWord();
                    terms.merge((name ? "c:" : "w:") + w, 1.0, Double::sum);
                }
            }
        }
        for (Mention m : a.mentions()) {
            Actor ac = m.actor() == null ? null : a.actor(m.actor());
            if (ac != null) {
                String key = ac.kb() != null ? ac.kb() : ac.name().toLowerCase(Locale.ROOT);
                terms.merge("a:" + key, 1.0, Double::sum);
            }
        }
        for (Timex t : a.times()) {
            if (t.type() == Timex.Type.DATE && t.value() != null && t.value().length() >= 4
                    && t.value().indexOf('X') < 0 && Character.isDigit(t.value().charAt(0))) {
                terms.merge("t:" + t.value(), 1.0, Double::sum);
            }
        }
        for (Count c : a.counts()) {
            terms.merge("n:" + c.kind() + ":" + c.value(), 1.0, Double::sum);
        }
        List<Stories.Key> keys = Stories.keyEvents(a);
        LocalDate date = a.publication().date();
        for (int i = 0; date == null && i < keys.size(); i++) {
            date = keys.get(i).eventDate();
        }
        return new Profile(a.document().id(), date, terms, keys, Stories.mainPlaced(a, keys));
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
        return Set.copyOf(out);
    }
}

package org.annals.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.kb.Resources;

/**
 * The words of {@code lexicon.tsv}, compiled once into lookup tables keyed by the lower-cased token text:
 * one for single-token entries and one, by first token, for phrases. A phrase is written as the tokenizer
 * cuts the text, its tokens separated by spaces ({@code nov.} is one token, {@code more than} two).
 * Immutable and thread-safe.
 */
final class Lexicon {

    /** The default lexicon, read from the resource next to this class. */
    static final Lexicon DEFAULT = load("lexicon.tsv");

    /**
     * One line of the lexicon.
     *
     * @param words the phrase's tokens, lower case
     * @param cls its role
     * @param feature its meaning in that role, with the phrase length
     * @param capital true when the text must write it with a capital
     * @param needsContext true for an ambiguous month name that needs a date next to it
     */
    record Entry(String[] words, TokenClass cls, Feature feature, boolean capital, boolean needsContext) {
    }

    private final Map<String, List<Entry>> words;
    private final Map<String, List<Entry>> phrases;

    private Lexicon(Map<String, List<Entry>> words, Map<String, List<Entry>> phrases) {
        this.words = words;
        this.phrases = phrases;
    }

    /** The single-token entries for a lower-cased token text (empty if none). */
    List<Entry> word(String lower) {
        return words.getOrDefault(lower, List.of());
    }

    /** The phrase entries whose first token is {@code lower}, longest first (empty if none). */
    List<Entry> phrases(String lower) {
        return phrases.getOrDefault(lower, List.of());
    }

    /** Reads a lexicon resource of this package. */
    static Lexicon load(String resource) {
        Map<String, List<Entry>> words = new HashMap<>();
        Map<String, List<Entry>> phrases = new HashMap<>();
        for (Resources.Line line : Resources.lines(Lexicon.class, resource)) {
            Entry e = parse(line.text(), resource + ":" + line.number());
            (e.words().length == 1 ? words : phrases).computeIfAbsent(e.words()[0], k -> new ArrayList<>()).add(e);
        }
        phrases.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().length)));
        return new Lexicon(freeze(words), freeze(phrases));
    }

    private static Entry parse(String line, String where) {
        String[] cols = line.split("\t");
        if (cols.length < 3) {
            throw new IllegalStateException(where + ": expected phrase, class, value");
        }
        String[] ws = cols[0].strip().toLowerCase(Locale.ROOT).split(" +");
        TokenClass cls = TokenClass.valueOf(cols[1].strip());
        String flags = cols.length > 3 ? cols[3] : "";
        boolean plural = flags.contains("pl");
        return new Entry(ws, cls, new Feature(cols[2].strip(), ws.length, plural), flags.contains("cap"),
                flags.contains("ctx"));
    }

    private static Map<String, List<Entry>> freeze(Map<String, List<Entry>> m) {
        Map<String, List<Entry>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}

package org.annals.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.kb.Resources;

/**
 * The words of {@code lexicon.tsv}, compiled once into one lookup table keyed by the lower-cased token text
 * that an entry starts with: a token takes one look-up for its single-token entries and its phrases. A phrase is written as the tokenizer
 * cuts the text, its tokens separated by spaces ({@code nov.} is one token, {@code more than} two).
 * Immutable and thread-safe.
 */
final class Lexicon {

    private static final Entry[] NONE = {};

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

    /**
     * By first token: its single-token entries in the order written, then the phrases it starts, longest
     * first.
     */
    private final Map<String, Entry[]> entries;

    private Lexicon(Map<String, Entry[]> entries) {
        this.entries = entries;
    }

    /**
     * The entries that start with a lower-cased token text: the single-token ones in the order written, then
     * the phrases, longest first (empty if none). Not to be changed.
     */
    Entry[] startingWith(String lower) {
        return entries.getOrDefault(lower, NONE);
    }

    /** The words that entries start with. */
    java.util.Set<String> firstWords() {
        return entries.keySet();
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
        Map<String, Entry[]> entries = new HashMap<>();
        words.forEach((w, l) -> entries.put(w, l.toArray(NONE)));
        phrases.forEach((w, l) -> {
            List<Entry> all = new ArrayList<>(words.getOrDefault(w, List.of()));
            all.addAll(l);
            entries.put(w, all.toArray(NONE));
        });
        return new Lexicon(entries);
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
}

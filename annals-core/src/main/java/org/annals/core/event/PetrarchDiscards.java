package org.annals.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a PETRARCH discard list ({@code PETR.Validate.discards.txt}, {@code Phoenix.discards.txt}; the format
 * manual is PETRARCH's {@code dictionaries.rst}): phrases that void the sentence they occur in, such as sports
 * results and historical chronologies. A phrase is matched in any case from the start of a word; it may end
 * inside a word (a stem, {@code BASEBALL} matches "baseballs") unless it ends with {@code _}. A phrase marked
 * {@code +} voids the whole story in PETRARCH; annals voids the sentence, which is all a sentence-level coder
 * sees, and says so in a note. {@code #} starts a comment; XML comments are removed. Pure and deterministic.
 */
final class PetrarchDiscards {

    /** One discard phrase: its words in lower case, and whether its last word must end there. */
    record Discard(List<String> words, boolean whole, boolean story) {
    }

    private PetrarchDiscards() {
    }

    static List<Discard> read(String name, Reader in, PatternDictionary.Builder sink) {
        List<Discard> out = new ArrayList<>();
        int stories = 0;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(in)) {
            String l;
            while ((l = r.readLine()) != null) {
                all.append(l).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = all.toString().replaceAll("(?s)<!--.*?-->", " ");
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (s.isEmpty() || s.startsWith("<")) {
                continue;
            }
            boolean story = s.startsWith("+");
            if (story) {
                s = s.substring(1).strip();
                stories++;
            }
            boolean whole = s.endsWith("_");
            if (whole) {
                s = s.substring(0, s.length() - 1);
            }
            List<String> words = new ArrayList<>();
            for (String w : s.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(new Discard(List.copyOf(words), whole, story));
            }
        }
        sink.note(name + ": a PETRARCH discard list: " + out.size() + " phrases void the sentence they occur in"
                + (stories > 0 ? " (" + stories + " marked + for the whole story void the sentence only)" : ""));
        return out;
    }
}

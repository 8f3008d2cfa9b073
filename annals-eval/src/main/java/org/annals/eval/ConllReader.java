package org.annals.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.tag.TaggedDocument;
import org.annals.core.tag.TaggedSentence;

/**
 * Reads CoNLL column files: one token a line, its word in the first column and its tag in the last (columns
 * apart by spaces or tabs, any number between), a blank line after each sentence, and a {@code -DOCSTART-}
 * line before each document. Tags are {@code O}, {@code B-TYPE} or {@code I-TYPE}, in IOB2 or IOB1 (see
 * {@link Chunks}). A file without any {@code -DOCSTART-} line has no documents: each of its sentences then
 * stands alone as a document of its own.
 */
public final class ConllReader {

    private ConllReader() {
    }

    /** The documents of a UTF-8 file. */
    public static List<TaggedDocument> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /**
     * The documents read from {@code in}; {@code name} names it in messages and document ids ({@code name#0},
     * {@code name#1}, ...).
     *
     * @throws ConllFormatException at the first line that is not a token with a tag
     */
    public static List<TaggedDocument> read(Reader in, String name) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<List<TaggedSentence>> docs = new ArrayList<>();
        List<TaggedSentence> doc = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean marked = false;
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            String s = line.strip();
            if (number == 1 && s.startsWith("\uFEFF")) {
                s = s.substring(1).strip();
            }
            if (s.isEmpty()) {
                endSentence(doc, words, tags);
                continue;
            }
            String[] cols = s.split("[ \t]+");
            if (cols[0].equals("-DOCSTART-")) {
                endSentence(doc, words, tags);
                if (marked || !doc.isEmpty()) {
                    docs.add(doc);
                }
                doc = new ArrayList<>();
                marked = true;
                continue;
            }
            if (cols.length < 2) {
                throw new ConllFormatException(name, number, "expected a token and its tag, found '" + s + "'");
            }
            String tag = cols[cols.length - 1];
            if (!Chunks.isTag(tag)) {
                throw new ConllFormatException(name, number, "'" + tag + "' is not a tag (O, B-TYPE or I-TYPE)");
            }
            words.add(cols[0]);
            tags.add(tag);
        }
        endSentence(doc, words, tags);
        if (marked || !doc.isEmpty()) {
            docs.add(doc);
        }
        if (!marked && docs.size() == 1) {
            List<List<TaggedSentence>> alone = new ArrayList<>();
            for (TaggedSentence ts : docs.get(0)) {
                alone.add(List.of(ts));
            }
            docs = alone;
        }
        List<TaggedDocument> out = new ArrayList<>(docs.size());
        for (List<TaggedSentence> d : docs) {
            if (!d.isEmpty()) {
                out.add(new TaggedDocument(name + "#" + out.size(), d));
            }
        }
        return out;
    }

    private static void endSentence(List<TaggedSentence> doc, List<String> words, List<String> tags) {
        if (!words.isEmpty()) {
            doc.add(new TaggedSentence(words, tags));
            words.clear();
            tags.clear();
        }
    }
}

package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ECB+ (the Event Coreference Bank plus) as story-clustering gold: a folder with
 * {@code gold_story_clusters.tsv} ({@code doc_name, topic, subtopic, story_id}) and one sub-folder per topic
 * holding the CAT XML files it names. Each file's {@code <token>} elements are joined into text: tokens of one
 * sentence by spaces, sentences by line breaks. Sentence 0 of an {@code ecbplus} file is the address the page
 * came from; it is left out, as it would tell the story by its site.
 */
public final class EcbPlus {

    private EcbPlus() {
    }

    /**
     * One article with its gold story.
     *
     * @param name the file name ({@code 36_1ecb.xml})
     * @param topic the topic ({@code 36})
     * @param story the gold story ({@code 36_ecb}): topic and sub-topic
     * @param text the article's tokens as text
     */
    public record Doc(String name, String topic, String story, String text) {
    }

    /** The documents the gold table lists, in its order. */
    public static List<Doc> read(Path dir) throws IOException {
        Path table = dir.resolve("gold_story_clusters.tsv");
        if (!Files.isRegularFile(table)) {
            throw new IOException(dir + ": no gold_story_clusters.tsv (an ECB+ story-clustering folder has one)");
        }
        List<Doc> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 4) {
                throw new IOException(table + ":" + (i + 1) + ": expected 4 columns, found " + f.length);
            }
            Path file = dir.resolve(f[1]).resolve(f[0]);
            try (InputStream in = Files.newInputStream(file)) {
                out.add(new Doc(f[0], f[1], f[3], text(in, f[0].contains("ecbplus"))));
            } catch (XMLStreamException e) {
                throw new IOException(file + ": not CAT XML: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The text of one CAT XML file; without sentence 0 when {@code dropFirstSentence}. */
    static String text(InputStream in, boolean dropFirstSentence) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in);
        StringBuilder sb = new StringBuilder();
        String sentence = null;
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("token")) {
                    continue;
                }
                String s = r.getAttributeValue(null, "sentence");
                String word = r.getElementText().trim();
                if (word.isEmpty() || (dropFirstSentence && "0".equals(s))) {
                    continue;
                }
                if (sentence != null && !sentence.equals(s)) {
                    sb.append('\n');
                } else if (sentence != null) {
                    sb.append(' ');
                }
                sentence = s;
                sb.append(word);
            }
        } finally {
            r.close();
        }
        return sb.append('\n').toString();
    }
}

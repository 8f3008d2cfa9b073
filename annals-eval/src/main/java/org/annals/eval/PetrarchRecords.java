package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The unit-test records of PETRARCH ({@code PETR.UnitTest.records.xml}): each {@code <Sentence>} with its id,
 * category and date, its text and the events PETRARCH is expected to code from it ({@code <EventCoding
 * sourcecode=".." targetcode=".." eventcode=".."/>}); a record with {@code noevents="True"} or with an {@code
 * error} coding expects none. The parse trees are not read: annals does not use them. No external entities
 * are resolved.
 */
public final class PetrarchRecords {

    /** One expected event: the actor codes of source and target, and the CAMEO code. */
    public record Coding(String source, String target, String code) {

        @Override
        public String toString() {
            return source + ">" + target + " " + code;
        }
    }

    /**
     * One record.
     *
     * @param id its id ({@code DEMO-01}), or {@code #N} (its place in the file) when it has none
     * @param category its category ({@code DEMO}, {@code COMPOUND}, ...), or {@code NONE}
     * @param date its date, by which date-bounded actor codes are chosen, or null
     * @param text the sentence, blanks collapsed
     * @param expected the events expected; empty when none is
     * @param error the error PETRARCH is expected to report instead of coding ({@code storydiscard}, ...), or
     *              null
     */
    public record Record(String id, String category, LocalDate date, String text, List<Coding> expected,
                         String error) {

        public Record {
            expected = List.copyOf(expected);
        }
    }

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private PetrarchRecords() {
    }

    /**
     * A validation file: the dictionaries its {@code <Environment>} names ({@code <Verbfile>}, {@code
     * <Actorfile>}, {@code <Agentfile>}, {@code <Discardfile>}), by file name, and its records in file order.
     */
    public record Validation(List<String> dictionaries, List<Record> records) {

        public Validation {
            dictionaries = List.copyOf(dictionaries);
            records = List.copyOf(records);
        }
    }

    /** The records of a file, in file order. */
    public static List<Record> read(InputStream in, String name) throws IOException {
        return readValidation(in, name).records();
    }

    /** The dictionaries a file names and its records. */
    public static Validation readValidation(InputStream in, String name) throws IOException {
        org.w3c.dom.Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            doc = b.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(name + ": not PETRARCH validation records: " + e.getMessage(), e);
        }
        List<String> dictionaries = new ArrayList<>();
        for (String tag : List.of("Verbfile", "Actorfile", "Agentfile", "Discardfile")) {
            NodeList named = doc.getElementsByTagName(tag);
            for (int i = 0; i < named.getLength(); i++) {
                String file = named.item(i).getTextContent().strip();
                if (!file.isEmpty()) {
                    dictionaries.add(file);
                }
            }
        }
        NodeList sentences = doc.getElementsByTagName("Sentence");
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < sentences.getLength(); i++) {
            Element s = (Element) sentences.item(i);
            String id = s.getAttribute("id").isBlank() ? "#" + (i + 1) : s.getAttribute("id").strip();
            String category = s.getAttribute("category").isBlank() ? "NONE" : s.getAttribute("category").strip();
            LocalDate date = null;
            if (!s.getAttribute("date").isBlank()) {
                try {
                    date = LocalDate.parse(s.getAttribute("date").strip(), YYYYMMDD);
                } catch (DateTimeParseException e) {
                    throw new IOException(name + ": record " + id + ": the date '" + s.getAttribute("date")
                            + "' is not YYYYMMDD");
                }
            }
            NodeList texts = s.getElementsByTagName("Text");
            if (texts.getLength() == 0) {
                throw new IOException(name + ": record " + id + " has no <Text>");
            }
            String text = texts.item(0).getTextContent().strip().replaceAll("\\s+", " ");
            List<Coding> expected = new ArrayList<>();
            String error = null;
            NodeList codings = s.getElementsByTagName("EventCoding");
            for (int k = 0; k < codings.getLength(); k++) {
                Element c = (Element) codings.item(k);
                if (!c.getAttribute("error").isBlank()) {
                    error = c.getAttribute("error").strip();
                    continue;
                }
                if (c.getAttribute("noevents").strip().equalsIgnoreCase("true")) {
                    continue;
                }
                if (c.hasAttribute("eventcode")) {
                    expected.add(new Coding(c.getAttribute("sourcecode").strip(), c.getAttribute("targetcode").strip(),
                            c.getAttribute("eventcode").strip()));
                }
            }
            out.add(new Record(id, category, date, text, expected, error));
        }
        return new Validation(dictionaries, out);
    }
}

package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML documents ({@code .tml}, TimeML 1.2.1 as TimeBank, AQUAINT and the TempEval-3 sets write it):
 * the document creation time from {@code <DCT><TIMEX3 functionInDocument="CREATION_TIME" value=...>}, and the
 * text of {@code <TEXT>} with its inline tags ({@code TIMEX3}, {@code EVENT}, {@code SIGNAL}) stripped and its
 * character references decoded, each {@code TIMEX3} kept as a {@link Timex3} with its offsets into that text.
 *
 * <p>Only {@code TEXT} is read: the title, the document id and the extra header lines are not part of the text,
 * as TempEval-3 scores only the expressions inside {@code TEXT}. The DCT is an input, not an expression to
 * find: it is never among the {@link Document#timexes()}.
 */
public final class TimeMl {

    private TimeMl() {
    }

    /**
     * One gold temporal expression.
     *
     * @param tid its id in the file ({@code t12})
     * @param start where it starts in {@link Document#text()}
     * @param end one past its end
     * @param type DATE, TIME, DURATION or SET
     * @param value its TIMEX3 value, or {@code ""} when the file gives none
     */
    public record Timex3(String tid, int start, int end, String type, String value) {
    }

    /**
     * One TimeML document.
     *
     * @param name the file's path relative to the folder it was read from (its file name when read alone)
     * @param dct the document creation time (the day of it), or {@code null} when the file gives none
     * @param text the text of {@code <TEXT>}, tags stripped, references decoded
     * @param timexes the gold expressions of the text, in text order
     */
    public record Document(String name, LocalDate dct, String text, List<Timex3> timexes) {

        public Document {
            timexes = List.copyOf(timexes);
        }
    }

    /** Thrown for a file that is not well-formed TimeML (not XML, no {@code TEXT}). */
    public static final class FormatException extends IOException {

        private static final long serialVersionUID = 1L;

        FormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The {@code .tml} files under {@code dir} (recursively), sorted by their path relative to {@code dir}, so
     * that a flat folder is in file-name order.
     */
    public static List<Document> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> relative(dir, p))).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Document> out = new ArrayList<>();
        for (Path f : files) {
            out.add(read(f, relative(dir, f)));
        }
        return out;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    /** One file, named by its file name. */
    public static Document read(Path file) throws IOException {
        return read(file, file.getFileName().toString());
    }

    private static Document read(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (FormatException e) {
            throw new FormatException(file + ": " + e.getMessage(), e.getCause());
        }
    }

    /** A document read from {@code in}; {@code name} becomes its {@link Document#name()}. */
    public static Document read(InputStream in, String name) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                return parse(r, name);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new FormatException("not well-formed TimeML: " + e.getMessage(), e);
        }
    }

    private static Document parse(XMLStreamReader r, String name) throws XMLStreamException, FormatException {
        LocalDate dct = null;
        boolean inDct = false;
        boolean inText = false;
        boolean sawText = false;
        StringBuilder text = new StringBuilder();
        List<Timex3> timexes = new ArrayList<>();
        String[] open = null; // tid, type, value of the TIMEX3 being read
        int openAt = -1;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                if (tag.equals("DCT")) {
                    inDct = true;
                } else if (tag.equals("TEXT")) {
                    inText = true;
                    sawText = true;
                } else if (tag.equals("TIMEX3")) {
                    String function = attr(r, "functionInDocument");
                    if ((inDct || "CREATION_TIME".equals(function)) && dct == null && !inText) {
                        dct = day(attr(r, "value"));
                    } else if (inText) {
                        open = new String[] {attr(r, "tid"), attr(r, "type"), attr(r, "value")};
                        openAt = text.length();
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String tag = r.getLocalName();
                if (tag.equals("DCT")) {
                    inDct = false;
                } else if (tag.equals("TEXT")) {
                    inText = false;
                } else if (tag.equals("TIMEX3") && open != null) {
                    timexes.add(new Timex3(nonNull(open[0]), openAt, text.length(), nonNull(open[1]),
                            nonNull(open[2])));
                    open = null;
                }
            } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            }
        }
        if (!sawText) {
            throw new FormatException("no <TEXT> element", null);
        }
        return new Document(name, dct, text.toString(), timexes);
    }

    private static String attr(XMLStreamReader r, String name) {
        return r.getAttributeValue(null, name);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The day of a TIMEX3 value ({@code 2013-03-22}, {@code 1998-02-06T22:19:00}), or {@code null}. */
    static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

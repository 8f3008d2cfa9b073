package org.annals.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.annals.core.model.Span;

/**
 * Reads attribution relations from brat standoff files as PolNeAR lays them out: a folder {@code text/} of
 * articles ({@code NAME.txt}, UTF-8) and a folder {@code attributions/} of annotations
 * ({@code NAME_ANNOTATOR.ann}, or {@code NAME.ann}); of several annotators' files for one article the first by
 * name is read.
 *
 * <p>In an {@code .ann} file, a line {@code T3\tContent 160 195;200 210\ttext} is a text-bound annotation of
 * one or more character ranges (offsets into the {@code .txt}, several ranges separated by ";"), and a line
 * {@code E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5} one attribution relation: its trigger (type
 * {@code Attribution} or {@code Attribution-no-source}) and its arguments by role. A role may carry a number
 * ({@code Content2}); a relation without a content is left out, and one without a {@code Cue} has no
 * cue. Other annotations ({@code Discard}, {@code Discuss}, notes, attributes) are skipped.
 */
public final class Brat {

    /**
     * One attribution relation; a part missing from the annotation is an empty list.
     *
     * @param content the ranges of what is attributed
     * @param source the ranges of who it is attributed to
     * @param cue the ranges of the cue (the speech verb or phrase)
     */
    public record Relation(List<Span> content, List<Span> source, List<Span> cue) {

        public Relation {
            content = sorted(content);
            source = sorted(source);
            cue = sorted(cue);
        }

        /** A relation of one range per part; {@link Span#NONE} or {@code null} stands for a missing part. */
        public static Relation of(Span content, Span source, Span cue) {
            return new Relation(one(content), one(source), one(cue));
        }

        private static List<Span> one(Span s) {
            return s == null || s.isEmpty() ? List.of() : List.of(s);
        }

        private static List<Span> sorted(List<Span> spans) {
            return spans == null ? List.of() : spans.stream().sorted().toList();
        }
    }

    /**
     * An article and the relations of its annotation file.
     *
     * @param name the article's name ({@code NAME} of {@code text/NAME.txt})
     * @param text the article's text
     * @param relations its relations, in the file's order
     */
    public record Article(String name, String text, List<Relation> relations) {
    }

    private Brat() {
    }

    /**
     * The articles of a PolNeAR-style folder in name order, each with the relations of its first annotation
     * file; an article with no annotation file is an error.
     */
    public static List<Article> readCorpus(Path dir) throws IOException, BratFormatException {
        Path texts = dir.resolve("text");
        if (!Files.isDirectory(texts)) {
            throw new NoSuchFileException(texts.toString(), null, "no folder text/ of articles");
        }
        List<Article> out = new ArrayList<>();
        for (Path txt : list(texts, ".txt")) {
            String file = txt.getFileName().toString();
            String name = file.substring(0, file.length() - ".txt".length());
            String text = readUtf8(txt);
            Path ann = annotationOf(dir, name);
            if (ann == null) {
                throw new BratFormatException(txt + ": no annotation file " + name + "*.ann in "
                        + dir.resolve("attributions"));
            }
            out.add(new Article(name, text, readAnn(ann, text)));
        }
        return out;
    }

    /**
     * The first by name of {@code NAME.ann} and {@code NAME_X.ann} (X without "_") in {@code dir/attributions},
     * or in {@code dir} itself when it has no such folder; {@code null} when there is none.
     */
    public static Path annotationOf(Path dir, String name) throws IOException {
        Path folder = Files.isDirectory(dir.resolve("attributions")) ? dir.resolve("attributions") : dir;
        for (Path p : list(folder, ".ann")) {
            String f = p.getFileName().toString();
            String stem = f.substring(0, f.length() - ".ann".length());
            if (stem.equals(name) || stem.startsWith(name + "_") && stem.indexOf('_', name.length() + 1) < 0) {
                return p;
            }
        }
        return null;
    }

    /** The relations of one {@code .ann} file over {@code text}. */
    public static List<Relation> readAnn(Path file, String text) throws IOException, BratFormatException {
        return parse(file.toString(), readUtf8(file), text);
    }

    /**
     * The relations of the {@code .ann} content {@code ann} (named {@code name} in messages) over {@code text}.
     * brat counts offsets in characters (code points); they are turned into Java {@code String} indices.
     */
    public static List<Relation> parse(String name, String ann, String text) throws BratFormatException {
        int textLength = text.codePointCount(0, text.length());
        boolean surrogates = textLength != text.length();
        Map<String, List<Span>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        List<Integer> eventLines = new ArrayList<>();
        String[] lines = ann.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.startsWith("T")) {
                String[] f = line.split("\t", -1);
                if (f.length < 2) {
                    throw error(name, n, "expected an id, a type with ranges and a text, found '" + line + "'");
                }
                List<Span> r = ranges(name, n, f[1], textLength);
                spans.put(f[0], surrogates ? r.stream().map(x -> new Span(text.offsetByCodePoints(0, x.start()),
                        text.offsetByCodePoints(0, x.end()))).toList() : r);
            } else if (line.startsWith("E")) {
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[1].isBlank()) {
                    throw error(name, n, "expected an id and the relation's arguments, found '" + line + "'");
                }
                events.add(f[1].trim().split("\\s+"));
                eventLines.add(n);
            }
        }
        List<Relation> out = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            String[] args = events.get(k);
            int n = eventLines.get(k);
            String[] trigger = role(name, n, args[0]);
            if (!trigger[0].startsWith("Attribution")) {
                continue;
            }
            List<Span> content = new ArrayList<>();
            List<Span> source = new ArrayList<>();
            List<Span> cue = new ArrayList<>();
            for (int a = 1; a < args.length; a++) {
                String[] r = role(name, n, args[a]);
                List<Span> s = spans.get(r[1]);
                if (s == null) {
                    throw error(name, n, "argument " + args[a] + " names no text-bound annotation");
                }
                switch (r[0].replaceAll("\\d+$", "")) {
                    case "Content" -> content.addAll(s);
                    case "Source" -> source.addAll(s);
                    case "Cue" -> cue.addAll(s);
                    default -> { }
                }
            }
            if (!content.isEmpty()) {
                out.add(new Relation(content, source, cue));
            }
        }
        return out;
    }

    private static List<Span> ranges(String name, int n, String field, int textLength) throws BratFormatException {
        int space = field.indexOf(' ');
        if (space < 0) {
            throw error(name, n, "expected a type and character ranges, found '" + field + "'");
        }
        List<Span> out = new ArrayList<>();
        for (String part : field.substring(space + 1).split(";")) {
            String[] ab = part.trim().split(" ");
            int a;
            int b;
            try {
                a = Integer.parseInt(ab[0]);
                b = ab.length == 2 ? Integer.parseInt(ab[1]) : -1;
            } catch (NumberFormatException e) {
                throw error(name, n, "expected a range 'START END', found '" + part.trim() + "'");
            }
            if (a < 0 || b < a || b > textLength) {
                throw error(name, n, "range '" + part.trim() + "' does not fit the text (" + textLength
                        + " characters)");
            }
            out.add(new Span(a, b));
        }
        return out;
    }

    private static String[] role(String name, int n, String arg) throws BratFormatException {
        int colon = arg.indexOf(':');
        if (colon <= 0 || colon == arg.length() - 1) {
            throw error(name, n, "expected ROLE:ID, found '" + arg + "'");
        }
        return new String[] {arg.substring(0, colon), arg.substring(colon + 1)};
    }

    private static BratFormatException error(String name, int n, String message) {
        return new BratFormatException(name + ":" + (n + 1) + ": " + message);
    }

    private static List<Path> list(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static String readUtf8(Path file) throws IOException, BratFormatException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BratFormatException(file + ": not UTF-8 text");
        }
    }
}

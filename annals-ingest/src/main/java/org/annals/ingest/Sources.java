package org.annals.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import org.annals.ingest.html.HtmlArticle;

/**
 * The one way in: reads files, folders, archives and URLs into documents, telling each input's format by its
 * content.
 *
 * <ul>
 * <li><b>plain text</b>: one document per file, the text exactly as read (see {@link TextFiles});</li>
 * <li><b>HTML</b>: the article, boilerplate removed, title first (see {@link HtmlArticle});</li>
 * <li><b>JSON lines</b>: one article per line; a JSON document, one article or an array of them (see
 * {@link JsonLines});</li>
 * <li><b>WARC</b> and WARC.gz: each HTML response record is an article (see {@link WarcRecords});</li>
 * <li><b>RSS and Atom</b> feeds, from a file or an http(s) URL: each item is an article (see {@link Feeds});</li>
 * <li><b>folders</b>, recursively, in name order, taking the files whose names look like articles or
 * collections of them ({@code .txt .text .html .htm .xhtml .jsonl .ndjson .json .warc .xml .rss .atom .gz .zip});
 * hidden files are left out;</li>
 * <li><b>.gz and .zip</b>: each entry is an input of its own, named {@code archive.zip!/entry}.</li>
 * </ul>
 *
 * Items come lazily, in a fixed order (inputs as given, folders in name order, archive entries in archive
 * order, records in file order), one document in memory at a time. Bad input never throws: it becomes one
 * {@link SourceItem} naming the input and the reason, and reading goes on.
 */
public final class Sources {

    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "shtml",
            "jsonl", "ndjson", "json", "warc", "xml", "rss", "atom", "gz", "zip");

    private Sources() {
    }

    /** Reads inputs named by strings: paths, or http(s) URLs of pages and feeds. */
    public static Iterable<SourceItem> read(List<String> inputs, SourceOptions options) {
        List<String> copy = List.copyOf(inputs);
        return () -> flatMap(copy.iterator(), s -> open(s, options));
    }

    /** Reads files and folders. */
    public static Iterable<SourceItem> readPaths(List<Path> inputs, SourceOptions options) {
        List<Path> copy = List.copyOf(inputs);
        return () -> flatMap(copy.iterator(), p -> path(p, options));
    }

    /**
     * One line of a JSON-lines file as {@link #read} reads it, for a reader that splits such files itself (the
     * Spark job): line {@code line} (from 1) of {@code file} is the article {@code file:line}, its source {@code
     * shortName:line}; a line too long, not JSON or not an article is a problem item; a blank line is
     * {@code null}, no article.
     */
    public static SourceItem jsonLine(String file, String shortName, long line, byte[] bytes, SourceOptions options) {
        return JsonLines.line(file, shortName, line, bytes, options);
    }

    private static Iterator<SourceItem> open(String input, SourceOptions options) {
        String low = input.toLowerCase(Locale.ROOT);
        if (low.startsWith("http://") || low.startsWith("https://")) {
            return Web.fetch(input, options);
        }
        return path(Path.of(input), options);
    }

    private static Iterator<SourceItem> path(Path p, SourceOptions options) {
        if (!Files.exists(p)) {
            return one(p.toString(), Files.isSymbolicLink(p) ? "no such file (a broken symbolic link)"
                    : "no such file or folder");
        }
        if (Files.isDirectory(p)) {
            return folder(p, options, List.of(), 0);
        }
        return file(p, options);
    }

    private static Iterator<SourceItem> file(Path p, SourceOptions options) {
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            return one(p.toString(), "cannot read: " + reason(e));
        }
        Path fileName = p.getFileName();
        Input in = new Input(p.toString(), fileName == null ? p.toString() : fileName.toString(),
                () -> Files.newInputStream(p), size, 0);
        return dispatch(in, options);
    }

    // ---- folders ----

    private static Iterator<SourceItem> folder(Path dir, SourceOptions options, List<Path> ancestors, int depth) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return one(dir.toString(), "cannot read folder: " + reason(e));
        }
        if (ancestors.contains(real)) {
            return one(dir.toString(), "symbolic link loop (leads back to " + real + "), not followed");
        }
        if (depth > options.maxDepth()) {
            return one(dir.toString(), "folders nested deeper than " + options.maxDepth() + " levels, not read");
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path c : ds) {
                children.add(c);
            }
        } catch (IOException | RuntimeException e) {
            return one(dir.toString(), "cannot list folder: " + reason(e));
        }
        children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<Path> inside = new ArrayList<>(ancestors);
        inside.add(real);
        List<Path> frozen = Collections.unmodifiableList(inside);
        return flatMap(children.iterator(), c -> {
            String n = c.getFileName().toString();
            if (n.startsWith(".")) {
                return Collections.emptyIterator();
            }
            if (Files.isDirectory(c)) {
                return folder(c, options, frozen, depth + 1);
            }
            if (!Files.exists(c)) {
                return Files.isSymbolicLink(c) ? one(c.toString(), "no such file (a broken symbolic link)")
                        : Collections.emptyIterator();
            }
            return isMember(n, options) ? file(c, options) : Collections.emptyIterator();
        });
    }

    private static boolean isMember(String fileName, SourceOptions options) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return options.detectFormats() ? ARTICLE_EXTENSIONS.contains(ext) : ext.equals("txt") || ext.equals("text");
    }

    // ---- one input, by its content ----

    /** Reads one input by what its first bytes say it is. */
    static Iterator<SourceItem> dispatch(Input in, SourceOptions options) {
        if (!options.detectFormats()) {
            return whole(in, options, bytes -> List.of(TextFiles.item(in, bytes, options)).iterator());
        }
        InputStream raw;
        byte[] head;
        try {
            raw = new BufferedInputStream(in.opener().open(), 1 << 16);
            raw.mark(Format.HEAD);
            head = raw.readNBytes(Format.HEAD);
            raw.reset();
        } catch (IOException e) {
            return one(in.name(), problemOf(in, e));
        }
        Format format = Format.detect(head, head.length);
        switch (format) {
            case JSON_LINES:
                return JsonLines.items(in, raw, options);
            case WARC:
                return WarcRecords.items(in, raw, options);
            case ZIP:
                return Zips.items(in, raw, options);
            case GZIP:
                return gzip(in, raw, options);
            default:
                break;
        }
        close(raw);
        switch (format) {
            case HTML:
                return whole(in, options, bytes -> List.of(page(in, bytes, options)).iterator());
            case FEED:
                return whole(in, options, bytes -> Feeds.items(in, bytes, options));
            case JSON:
                return whole(in, options, bytes -> JsonLines.document(in, bytes, options));
            case XML:
                return one(in.name(), "XML that is neither an RSS nor an Atom feed");
            default:
                return whole(in, options, bytes -> List.of(TextFiles.item(in, bytes, options)).iterator());
        }
    }

    /** The article of an HTML page; a page named by a URL resolves its links against it. */
    private static SourceItem page(Input in, byte[] bytes, SourceOptions options) {
        boolean fetched = in.name().startsWith("http://") || in.name().startsWith("https://");
        HtmlArticle a = HtmlArticle.parse(bytes, fetched ? in.name() : null);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(a.fields());
        if (fetched) {
            fields.putIfAbsent("url", in.name());
        }
        return Articles.item(in.name(), in.shortName(), in.name(), a.body().isBlank() ? "" : a.text(), a.published(),
                fields, options, "no article text found in the HTML page");
    }

    private static Iterator<SourceItem> gzip(Input in, InputStream raw, SourceOptions options) {
        byte[] inner;
        try (InputStream peek = new GZIPInputStream(raw)) {
            inner = peek.readNBytes(5);
        } catch (IOException e) {
            return one(in.name(), e instanceof java.io.EOFException ? problemOf(in, e) : "broken gzip: " + reason(e));
        }
        if (new String(inner, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/")) {
            try {
                return WarcRecords.items(in, new BufferedInputStream(in.opener().open(), 1 << 16), options);
            } catch (IOException e) {
                return one(in.name(), "cannot read: " + reason(e));
            }
        }
        if (in.nesting() >= maxNesting(options)) {
            return one(in.name(), "archives nested more than " + maxNesting(options) + " deep, not opened");
        }
        String base = in.shortName();
        String innerName = base.toLowerCase(Locale.ROOT).endsWith(".gz") ? base.substring(0, base.length() - 3)
                : base.toLowerCase(Locale.ROOT).endsWith(".tgz") ? base.substring(0, base.length() - 4) + ".tar"
                : base;
        Input entry = new Input(in.name() + "!/" + innerName, innerName,
                () -> Bounded.budget(new GZIPInputStream(in.opener().open()), options.maxExpandedBytes(), in.name()),
                -1, in.nesting() + 1);
        return dispatch(entry, options);
    }

    static int maxNesting(SourceOptions options) {
        return Math.max(2, options.maxDepth() / 16);
    }

    /** Reads a whole input (within the size limit) and hands its bytes to a reader of one format. */
    private static Iterator<SourceItem> whole(Input in, SourceOptions options, Function<byte[], Iterator<SourceItem>> reader) {
        long max = options.maxBytes();
        if (in.size() > max) {
            return one(in.name(), "too large (" + in.size() + " bytes; the limit is " + max + ")");
        }
        byte[] bytes;
        try (InputStream s = in.opener().open()) {
            bytes = Bounded.read(s, max);
        } catch (IOException e) {
            return one(in.name(), problemOf(in, e));
        }
        if (bytes == null) {
            return one(in.name(), "too large (more than " + max + " bytes; the limit is " + max + ")");
        }
        try {
            return reader.apply(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            return one(in.name(), "cannot read: " + e);
        }
    }

    /** The problem of an input whose bytes could not be read. */
    static String problemOf(Input in, IOException e) {
        if (e instanceof Bounded.TooLargeException) {
            return e.getMessage();
        }
        if (e instanceof java.io.EOFException) {
            return "truncated (unexpected end of compressed data)";
        }
        if (e instanceof java.util.zip.ZipException) {
            return "broken compressed data: " + e.getMessage();
        }
        return "cannot read: " + reason(e);
    }

    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "symbolic link loop";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static Iterator<SourceItem> one(String name, String problem) {
        return List.of(SourceItem.failed(name, problem)).iterator();
    }

    static void close(InputStream s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing was written; a failed close loses nothing
        }
    }

    /**
     * Items of each element in turn. A defect of ours while opening an element is reported as an item of that
     * element, not thrown.
     */
    static <T> Iterator<SourceItem> flatMap(Iterator<T> outer, Function<T, Iterator<SourceItem>> expand) {
        return new Lazy<>() {
            private Iterator<SourceItem> current = Collections.emptyIterator();
            private T at;

            @Override
            protected SourceItem compute() {
                while (true) {
                    try {
                        if (current.hasNext()) {
                            return current.next();
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        current = Collections.emptyIterator();
                        return SourceItem.failed(String.valueOf(at), "cannot read the rest: " + e);
                    }
                    if (!outer.hasNext()) {
                        return null;
                    }
                    at = outer.next();
                    try {
                        current = expand.apply(at);
                    } catch (RuntimeException | StackOverflowError e) {
                        current = Collections.emptyIterator();
                        return SourceItem.failed(String.valueOf(at), "cannot read: " + e);
                    }
                }
            }
        };
    }
}

package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, tried for real: ten thousand broken inputs of every kind, mixed with good articles, read through
 * {@link Sources} in one go. Each bad input gives exactly one item whose problem names the reason, nothing
 * throws, and every good article comes out.
 */
class BadInputTest {

    private static final int BAD = 10_000;
    private static final int MiB = 1 << 20;

    @TempDir
    Path dir;

    /** A kind of bad input: how to write one, and the problem it must give. */
    private record Kind(String extension, String problem, Writer writer) {
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path file, int i) throws IOException;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] TRUNCATED_GZIP;
    private static final byte[] GZIP_BOMB;
    private static final byte[] ZIP_BOMB;
    private static final byte[] NESTED_ZIPS;
    private static final byte[] BROKEN_ZIP = {'P', 'K', 3, 4, 20, 0, 8, 8, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    static {
        try {
            byte[] text = utf8("Moscow, 23 November 2021 (Agency)\n" + "The talks went on. ".repeat(400));
            byte[] gz = Fixtures.gzip(text);
            TRUNCATED_GZIP = Arrays.copyOf(gz, gz.length / 2);
            GZIP_BOMB = Fixtures.gzip(new byte[50 * MiB]);
            ZIP_BOMB = Fixtures.zip(Map.of("zeros.txt", new byte[50 * MiB]));
            byte[] z = Fixtures.zip(Map.of("article.txt", utf8("Deep inside.")));
            for (int k = 0; k < 3; k++) {
                z = Fixtures.zip(Map.of("level" + k + ".zip", z));
            }
            NESTED_ZIPS = z;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("txt", "binary file \\(contains NUL bytes\\)",
                    (f, i) -> Files.write(f, new byte[] {'a', 0, 'b', (byte) i})),
            new Kind("txt", "binary file \\(\\d+ control characters\\)",
                    (f, i) -> Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 'x', 8, 14, 15, 16})),
            new Kind("txt", "not UTF-8 text \\(malformed byte at offset \\d+\\)",
                    (f, i) -> Files.write(f, new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 't', (byte) 0xC3})),
            new Kind("txt", "empty file", (f, i) -> Files.write(f, new byte[0])),
            new Kind("html", "empty file \\(only whitespace\\)", (f, i) -> Files.writeString(f, " \n\t\n")),
            new Kind("gz", "truncated \\(unexpected end of compressed data\\)", (f, i) -> Files.write(f, TRUNCATED_GZIP)),
            new Kind("gz", "broken gzip: .+", (f, i) -> Files.write(f, new byte[] {0x1f, (byte) 0x8b, 9, 9, 9})),
            new Kind("html", "no article text found in the HTML page",
                    (f, i) -> Files.writeString(f, "<html><head><title>Menu</title></head><body><div><p><b><i>"
                            + "<table><tr><td><a href=/x>Home</a><td><a href=/y>News</a></div></span></body")),
            new Kind("html", "no article text found in the HTML page",
                    (f, i) -> Files.writeString(f, "<<<>>><html <body <p <div>>>> </p></p></div></table>")),
            new Kind("warc", "broken WARC record: .+",
                    (f, i) -> Files.writeString(f, "WARC/1.0\r\nthis is no header line\r\n\r\nbody\r\n\r\n")),
            new Kind("warc", "broken WARC record: .+",
                    (f, i) -> Files.writeString(f, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                            + "0f0e0d0c-0b0a-0908-0706-050403020100>\r\nWARC-Date: 2023-03-16T12:00:00Z\r\n"
                            + "Content-Length: 5000\r\nContent-Type: application/http;msgtype=response\r\n\r\n"
                            + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>cut short")),
            new Kind("xml", "not a valid feed: .+",
                    (f, i) -> Files.writeString(f, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>"
                            + "<title>Broken</title><description>unclosed")),
            new Kind("rss", "not a valid feed: .+",
                    (f, i) -> Files.writeString(f, "<rss><channel><item><title>A &bogus; entity</title></item>"
                            + "</channel></rss>")),
            new Kind("xml", "feed without items",
                    (f, i) -> Files.writeString(f, "<rss version=\"2.0\"><channel><title>Quiet</title><link>"
                            + "https://q.example</link><description>none</description></channel></rss>")),
            new Kind("xml", "XML that is neither an RSS nor an Atom feed",
                    (f, i) -> Files.writeString(f, "<?xml version=\"1.0\"?><catalog><book id=\"1\"/></catalog>")),
            new Kind("jsonl", "not JSON \\(.+\\)", (f, i) -> Files.writeString(f, "{\"text\": \"unterminated\n")),
            new Kind("json", "no text \\(none of the fields .+\\)",
                    (f, i) -> Files.writeString(f, "{\"title\": \"\", \"views\": 12}\n")),
            new Kind("zip", "broken zip archive: .+|empty zip archive", (f, i) -> Files.write(f, BROKEN_ZIP)),
            new Kind("zip", "empty zip archive", (f, i) -> Files.write(f, Fixtures.zip(Map.of()))),
            new Kind("zip", "binary file \\(contains NUL bytes\\)",
                    (f, i) -> Files.write(f, Fixtures.zip(Map.of("inner/blob.bin", new byte[] {0, 1, 2, 3})))));

    @Test
    void tenThousandBadInputsEachGiveOneClearProblemAndEveryGoodArticleComesOut() throws IOException {
        long start = System.nanoTime();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Map<String, String> expected = new TreeMap<>();   // bad input -> the problem it must give
        Map<String, String> good = new TreeMap<>();       // good input -> a word of its text
        for (int i = 0; i < BAD; i++) {
            Kind k = KINDS.get(i % KINDS.size());
            Path f = corpus.resolve(String.format("bad-%05d.%s", i, k.extension()));
            k.writer().write(f, i);
            expected.put(f.toString(), k.problem());
            if (i % 10 == 0) {
                Path g = corpus.resolve(String.format("bad-%05d-good.%s", i, i % 20 == 0 ? "txt" : "jsonl"));
                String marker = "marker" + i;
                Files.writeString(g, i % 20 == 0 ? "The envoy arrived, " + marker + ".\n"
                        : "{\"title\":\"Envoy arrives\",\"text\":\"The envoy arrived, " + marker + ".\"}\n");
                good.put(g.toString(), marker);
            }
        }
        writeHeavyOnes(corpus, expected, good);

        SourceOptions options = SourceOptions.defaults().withMaxBytes(MiB).withLimits(1L << 30, 1000, 16);
        Map<String, List<SourceItem>> byInput = new HashMap<>();
        int items = 0;
        try {
            for (SourceItem item : Sources.read(List.of(corpus.toString()), options)) {
                items++;
                byInput.computeIfAbsent(inputOf(item.name()), x -> new ArrayList<>()).add(item);
            }
        } catch (RuntimeException | Error e) {
            fail("reading threw instead of reporting", e);
        }

        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<SourceItem> got = byInput.getOrDefault(e.getKey(), List.of());
            assertEquals(1, got.size(), e.getKey() + " gave " + got);
            SourceItem item = got.get(0);
            assertTrue(!item.ok() && item.problem().matches(e.getValue()),
                    e.getKey() + ": expected a problem like /" + e.getValue() + "/, got " + item);
        }
        for (Map.Entry<String, String> e : good.entrySet()) {
            List<SourceItem> got = byInput.getOrDefault(e.getKey(), List.of());
            assertTrue(got.stream().anyMatch(i -> i.ok() && i.document().text().contains(e.getValue())),
                    e.getKey() + " gave " + got);
        }
        long goodItems = byInput.entrySet().stream().filter(en -> good.containsKey(en.getKey()))
                .mapToLong(en -> en.getValue().stream().filter(SourceItem::ok).count()).sum();
        assertEquals(good.size(), goodItems, "one document for each good input, no more");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("bad input: %d bad inputs and %d good ones read as %d items in %.1f s%n",
                expected.size(), good.size(), items, seconds);
    }

    /** The heavy cases, once each: large files and bombs are made cheaply and stopped by the limits. */
    private static void writeHeavyOnes(Path corpus, Map<String, String> expected, Map<String, String> good)
            throws IOException {
        Path huge = corpus.resolve("heavy-100mb.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(100L * MiB); // sparse: nothing is written
        }
        expected.put(huge.toString(), "too large \\(104857600 bytes; the limit is 1048576\\)");

        // a JSON-lines dump whose first line is 100 MB, generated while it is compressed; the next line is good
        Path longLine = corpus.resolve("heavy-long-line.jsonl.gz");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(longLine), 1 << 16)) {
            os.write(utf8("{\"text\":\""));
            byte[] chunk = utf8("a".repeat(MiB));
            for (int k = 0; k < 100; k++) {
                os.write(chunk);
            }
            os.write(utf8("\"}\n{\"text\":\"The envoy arrived after the long line.\"}\n"));
        }
        String inner = longLine + "!/heavy-long-line.jsonl";
        expected.put(inner + ":1", "line too long \\(more than 1048576 bytes; the limit is 1048576\\)");
        good.put(inner + ":2", "after the long line");

        Path gzBomb = Files.write(corpus.resolve("heavy-bomb.txt.gz"), GZIP_BOMB);
        expected.put(gzBomb + "!/heavy-bomb.txt", "too large \\(more than 1048576 bytes; the limit is 1048576\\)");
        Path zipBomb = Files.write(corpus.resolve("heavy-bomb.zip"), ZIP_BOMB);
        expected.put(zipBomb + "!/zeros.txt", "too large \\(more than 1048576 bytes uncompressed; .+\\)");
        Path nested = Files.write(corpus.resolve("heavy-nested.zip"), NESTED_ZIPS);
        expected.put(nested + "!/level2.zip!/level1.zip", "archives nested more than 2 deep, not opened");

        // a symbolic link back up the tree, a link to nowhere, and folders deeper than the limit
        Path loopDir = Files.createDirectories(corpus.resolve("links"));
        Path loop = Files.createSymbolicLink(loopDir.resolve("up"), corpus);
        expected.put(loop.toString(), "symbolic link loop \\(leads back to .+\\), not followed");
        Path dangling = Files.createSymbolicLink(loopDir.resolve("gone.txt"), corpus.resolve("nowhere.txt"));
        expected.put(dangling.toString(), "no such file \\(a broken symbolic link\\)");
        Path deep = corpus.resolve("deep");
        for (int k = 0; k < 20; k++) {
            deep = deep.resolve("d" + k);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("lost.txt"), "Too deep to be read.");
        Path cut = corpus.resolve("deep");
        for (int k = 0; k < 16; k++) {
            cut = cut.resolve("d" + k);
        }
        expected.put(cut.toString(), "folders nested deeper than 16 levels, not read");
    }

    private static final Pattern INPUT = Pattern.compile("^(.*?\\.(?:txt|html|gz|warc|xml|rss|jsonl|json|zip)"
            + "(?:!/.*?\\.jsonl(?=:))?)(?:[:#!].*)?$");

    /** The input an item belongs to: its name less the record, line or entry part (the JSON lines inside a gzip kept). */
    private static String inputOf(String name) {
        if (name.contains("heavy-long-line") || name.contains("heavy-bomb") || name.contains("heavy-nested")) {
            return name;
        }
        Matcher m = INPUT.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    @Test
    void aZipOfBadEntriesGivesOneProblemPerEntryAndTheGoodOnes() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("1.txt", utf8("The talks resumed."));
        entries.put("2.txt", new byte[] {0, 0, 0});
        entries.put("3.html", utf8("<html><body><nav><a href=/>Home</a></nav></body></html>"));
        entries.put("4.jsonl", utf8("{\"text\":\"One.\"}\n{oops\n{\"text\":\"Two.\"}\n"));
        Path zip = Files.write(dir.resolve("mixed.zip"), Fixtures.zip(entries));
        List<String> got = new ArrayList<>();
        for (SourceItem item : Sources.read(List.of(zip.toString()), SourceOptions.defaults())) {
            got.add(item.name().substring(zip.toString().length()) + " " + (item.ok() ? "ok" : item.problem()));
        }
        assertEquals(List.of("!/1.txt ok", "!/2.txt binary file (contains NUL bytes)",
                "!/3.html no article text found in the HTML page", "!/4.jsonl:1 ok",
                "!/4.jsonl:2 not JSON (Unexpected character ('o' (code 111)): was expecting double-quote to start "
                        + "field name)", "!/4.jsonl:3 ok"), got);
    }

    @Test
    void aZipWhoseEntriesTogetherExpandBeyondTheBudgetIsStopped() throws IOException {
        ByteArrayOutputStreamHolder h = new ByteArrayOutputStreamHolder();
        try (ZipOutputStream z = new ZipOutputStream(h.out)) {
            for (int k = 0; k < 30; k++) {
                z.putNextEntry(new ZipEntry("part" + k + ".txt"));
                z.write(utf8("The talks went on. ".repeat(30_000)));
                z.closeEntry();
            }
        }
        Path zip = Files.write(dir.resolve("parts.zip"), h.out.toByteArray());
        List<SourceItem> items = new ArrayList<>();
        Sources.read(List.of(zip.toString()), SourceOptions.defaults().withLimits(5L * MiB, 1000, 64))
                .forEach(items::add);
        SourceItem last = items.get(items.size() - 1);
        assertEquals(zip + " expands beyond 5242880 bytes (an archive bomb?)", last.problem());
        assertTrue(items.subList(0, items.size() - 1).stream().allMatch(SourceItem::ok));
    }

    private static final class ByteArrayOutputStreamHolder {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    }
}

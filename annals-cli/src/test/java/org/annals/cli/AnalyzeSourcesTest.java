package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code annals analyze page.html feed.xml crawl.warc.gz dump.jsonl}: every kind of input in one run. */
class AnalyzeSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String PAGE = "<html lang=\"en\"><head><title>Envoys meet in Geneva</title>"
            + "<meta property=\"article:published_time\" content=\"2023-03-14T09:00:00Z\"></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><h1>Envoys meet in Geneva</h1><p>The foreign ministers of "
            + "Turkey and Ukraine met in Geneva on Tuesday to discuss the grain corridor, officials said.</p>"
            + "</article><footer>Copyright 2023</footer></body></html>";

    /** Runs {@code annals analyze --out FILE ARGS...}; returns the exit code, the documents written, stderr. */
    private Object[] run(String... args) throws IOException {
        Path out = dir.resolve("out.jsonl");
        List<String> all = new ArrayList<>(List.of("analyze", "--out", out.toString()));
        all.addAll(List.of(args));
        Object[] r = AnalyzeExamplesTest.run(all.toArray(String[]::new));
        List<JsonNode> docs = new ArrayList<>();
        if (Files.exists(out)) {
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                docs.add(JSON.readTree(line));
            }
        }
        return new Object[] {r[0], docs, r[2]};
    }

    @SuppressWarnings("unchecked")
    private static List<JsonNode> docs(Object[] r) {
        return (List<JsonNode>) r[1];
    }

    @Test
    void pagesFeedsWebArchivesAndJsonLinesAreAnalysedInOneRun() throws IOException {
        Path page = Files.writeString(dir.resolve("page.html"), PAGE);
        Path feed = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Wire</title><link>https://wire.example/</link><description>d</description><item><title>"
                + "Ministers meet in Paris</title><link>https://wire.example/1</link><description>The ministers met "
                + "in Paris on Tuesday to talk about trade.</description></item><item><title>Minister reist nach "
                + "Berlin</title><link>https://wire.example/2</link><description>Der Außenminister reiste am "
                + "Dienstag nach Berlin, um mit der Regierung über den Handel und die Energiepreise zu sprechen. Die "
                + "Gespräche dauerten vier Stunden.</description></item></channel></rss>");
        Path warc = dir.resolve("crawl.warc.gz");
        try (OutputStream os = Files.newOutputStream(warc);
             WarcWriter w = new WarcWriter(Channels.newChannel(os), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html"), PAGE.replace("Geneva", "Ankara").getBytes(StandardCharsets.UTF_8))
                    .build();
            w.write(new WarcResponse.Builder(URI.create("https://news.example/ankara"))
                    .date(Instant.parse("2023-03-16T12:00:00Z")).body(http).build());
        }
        Path dump = Files.writeString(dir.resolve("dump.jsonl"), "{\"title\":\"Rebels seize town\",\"text\":\"Rebels "
                + "seized the town of Goma on Monday, residents said.\",\"date\":\"2023-01-30\"}\n{broken\n");

        Object[] r = run(page.toString(), feed.toString(), warc.toString(), dump.toString());
        List<JsonNode> docs = docs(r);
        String err = (String) r[2];
        assertEquals(1, r[0], "the broken JSON line makes the exit code 1: " + err);
        assertEquals(List.of("page.html", "feed.xml#1", "feed.xml#2", "crawl.warc.gz#0", "dump.jsonl:1"),
                docs.stream().map(d -> d.get("document").get("source").asText()).toList());
        assertEquals("2023-03-14", docs.get(0).get("document").get("published").asText());
        assertEquals("metadata", docs.get(0).get("document").get("published_from").asText());
        assertTrue(docs.get(0).get("mentions").size() > 0, "the page is analysed");
        assertTrue(docs.get(3).get("mentions").size() > 0, "the archived page is analysed");

        JsonNode german = docs.get(2);
        assertEquals("de", german.get("document").get("language").asText());
        assertEquals(0, german.get("mentions").size(), "written with its language and no layers");
        assertTrue(err.contains("annals: " + feed + "#2: language de, not analysed"), err);
        assertTrue(err.contains("annals: " + dump + ":2: not JSON"), err);
    }

    @Test
    void allLanguagesAnalysesEveryDocument() throws IOException {
        Path de = Files.writeString(dir.resolve("de.txt"), "Der Außenminister Olaf Scholz reiste am Dienstag nach "
                + "Berlin, um mit der Regierung über den Handel und die Energiepreise zu sprechen. Die Gespräche dauerten "
                + "vier Stunden.");
        Object[] r = run("--all-languages", de.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertEquals("", r[2]);
        assertEquals("de", docs(r).get(0).get("document").get("language").asText());
    }

    @Test
    void jsonFieldsAreNamedOnTheCommandLine() throws IOException {
        Path dump = Files.writeString(dir.resolve("d.jsonl"), "{\"story\":\"The talks in Doha ended on Friday.\","
                + "\"when\":\"2023-05-05\"}\n");
        Object[] r = run("--jsonl-field", "text=story", "--jsonl-field", "date=when", dump.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertEquals("2023-05-05", docs(r).get(0).get("document").get("published").asText());
        Object[] bad = run("--jsonl-field", "colour=red", dump.toString());
        assertEquals(2, bad[0]);
        assertTrue(((String) bad[2]).startsWith("--jsonl-field: no role colour"), (String) bad[2]);
    }
}

package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.core.model.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** Sources: every input is read by what it holds, and each document says where it came from. */
class SourcesTest {

    @TempDir
    Path dir;

    private static List<SourceItem> read(SourceOptions options, String... inputs) {
        List<SourceItem> out = new ArrayList<>();
        Sources.read(List.of(inputs), options).forEach(out::add);
        return out;
    }

    private static List<SourceItem> read(String... inputs) {
        return read(SourceOptions.defaults(), inputs);
    }

    private static Document only(List<SourceItem> items) {
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).ok(), items.get(0).toString());
        return items.get(0).document();
    }

    @Test
    void anHtmlPageGivesItsArticleTitleFirstWithTheMetadataOfThePage() throws IOException {
        Path page = Fixtures.write(dir.resolve("talks.html"), Fixtures.page("Envoys meet in Geneva", Fixtures.PARAGRAPHS));
        Document d = only(read(page.toString()));
        assertEquals("Envoys meet in Geneva\n\n" + String.join("\n\n", Fixtures.PARAGRAPHS), d.text());
        assertEquals(LocalDate.of(2023, 3, 14), d.metadata().published());
        assertEquals(page.toString(), d.metadata().origin());
        assertEquals("talks.html", d.source());
        assertEquals(Map.of("title", "Envoys meet in Geneva", "author", "Ana Ruiz",
                "url", "https://gazette.example/world/envoys-meet-in-geneva", "html-lang", "en", "language", "en"),
                d.metadata().extra());
    }

    @Test
    void theContentDecidesTheFormatNotTheName() throws IOException {
        Path html = Fixtures.write(dir.resolve("article.txt"), Fixtures.page("Envoys meet", Fixtures.PARAGRAPHS));
        Path text = Fixtures.write(dir.resolve("page.html"), "Moscow, 23 November 2021 (Agency)\nThe talks began.");
        Path feed = Fixtures.write(dir.resolve("news.dat"), Fixtures.rss("Ministers meet", "They met in Paris."));
        assertTrue(only(read(html.toString())).text().startsWith("Envoys meet\n\nThe foreign ministers"));
        assertEquals("Moscow, 23 November 2021 (Agency)\nThe talks began.", only(read(text.toString())).text(),
                "plain text stays exactly as it was read");
        assertEquals("Ministers meet\n\nThey met in Paris.", only(read(feed.toString())).text());
        Path noisy = Fixtures.write(dir.resolve("saved.txt"), "Warning: cache miss on line 12\n"
                + Fixtures.page("Port reopens", Fixtures.PARAGRAPHS));
        assertTrue(only(read(noisy.toString())).text().startsWith("Port reopens\n\nThe foreign ministers"),
                "a page with a line of something else before it is still a page");
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrderWhateverTheFormatsInside() throws IOException {
        Fixtures.write(dir.resolve("b/2.html"), Fixtures.page("Second", Fixtures.PARAGRAPHS));
        Fixtures.write(dir.resolve("a.txt"), "First article.");
        Fixtures.write(dir.resolve("c.jsonl"), "{\"text\":\"Third article.\"}\n{\"text\":\"Fourth article.\"}\n");
        Fixtures.write(dir.resolve("notes.md"), "Not an article.");
        Fixtures.write(dir.resolve(".hidden.txt"), "Hidden.");
        List<SourceItem> items = read(dir.toString());
        assertEquals(List.of("a.txt", "2.html", "c.jsonl:1", "c.jsonl:2"),
                items.stream().map(i -> i.document().source()).toList());
        assertEquals(dir.resolve("c.jsonl") + ":2", items.get(3).document().metadata().origin());
    }

    @Test
    void jsonLinesGiveOneArticlePerLineAndNameTheBadLines() throws IOException {
        Path dump = Fixtures.write(dir.resolve("dump.jsonl"), String.join("\n",
                "{\"title\":\"Rebels seize town\",\"maintext\":\"Rebels seized the town on Monday.\","
                        + "\"date_publish\":\"2023-01-30 08:00:00\",\"url\":\"https://x.example/1\",\"id\":\"a1\"}",
                "",
                "{\"title\":\"Only a title\"}",
                "not json",
                "[1, 2]",
                "{\"content\":\"<p>First paragraph.</p><p>Second one.</p>\",\"published\":1679000000}") + "\n");
        List<SourceItem> items = read(dump.toString());
        assertEquals(5, items.size());
        Document first = items.get(0).document();
        assertEquals("Rebels seize town\n\nRebels seized the town on Monday.", first.text());
        assertEquals(LocalDate.of(2023, 1, 30), first.metadata().published());
        assertEquals("https://x.example/1", first.metadata().extra().get("url"));
        assertEquals("a1", first.metadata().extra().get("id"));
        assertEquals(dump + ":3", items.get(1).name());
        assertTrue(items.get(1).problem().startsWith("no text (none of the fields text, content"));
        assertTrue(items.get(2).problem().startsWith("not JSON ("), items.get(2).problem());
        assertEquals("not a JSON object", items.get(3).problem());
        assertEquals("First paragraph.\n\nSecond one.", items.get(4).document().text(), "HTML in a field is reduced");
        assertEquals(LocalDate.of(2023, 3, 16), items.get(4).document().metadata().published(), "Unix seconds");
    }

    @Test
    void aWholeJsonDocumentIsOneArticleOrAnArrayOfThem() throws IOException {
        Path one = Fixtures.write(dir.resolve("one.json"), "{\n  \"title\": \"Port reopens\",\n  \"body\": "
                + "\"The port reopened on Friday.\"\n}\n");
        Path many = Fixtures.write(dir.resolve("many.json"), "[\n {\"text\": \"First.\"},\n 7,\n {\"text\": "
                + "\"Third.\"}\n]\n");
        Path text = Fixtures.write(dir.resolve("wire.txt"), "[Reuters] GENEVA - The talks resumed on Tuesday.");
        List<SourceItem> items = read(one.toString(), many.toString(), text.toString());
        assertEquals(List.of(one.toString(), many + "#1", many + "#2", many + "#3", text.toString()),
                items.stream().map(SourceItem::name).toList());
        assertEquals("Port reopens\n\nThe port reopened on Friday.", items.get(0).document().text());
        assertEquals("not a JSON object", items.get(2).problem());
        assertEquals("Third.", items.get(3).document().text());
        assertEquals("[Reuters] GENEVA - The talks resumed on Tuesday.", items.get(4).document().text());
    }

    @Test
    void jsonFieldNamesCanBeGivenForADumpThatNamesThemOtherwise() throws IOException {
        Path dump = Fixtures.write(dir.resolve("d.jsonl"), "{\"story\":\"The talks ended.\",\"when\":\"2022-05-01\"}\n");
        SourceOptions o = SourceOptions.defaults().withJsonField("text", "story").withJsonField("date", "when");
        Document d = only(read(o, dump.toString()));
        assertEquals("The talks ended.", d.text());
        assertEquals(LocalDate.of(2022, 5, 1), d.metadata().published());
    }

    @Test
    void eachHtmlResponseOfAWebArchiveIsAnArticleNamedByItsOffset() throws IOException {
        for (boolean gzip : new boolean[] {false, true}) {
            Path warc = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
            List<Long> offsets = Fixtures.warc(warc, gzip,
                    new String[] {"https://gazette.example/a", "text/html; charset=utf-8",
                            Fixtures.page("Envoys meet", Fixtures.PARAGRAPHS)},
                    new String[] {"https://gazette.example/logo.png", "image/png", "PNG..."},
                    new String[] {"https://gazette.example/b", "text/html",
                            "<html><body><p>The port reopened on Friday after a week of strikes, the harbour "
                                    + "authority said in a statement.</p></body></html>"});
            List<SourceItem> items = read(warc.toString());
            assertEquals(2, items.size(), items.toString());
            Document a = items.get(0).document();
            assertEquals(warc + "#" + offsets.get(0), a.metadata().origin());
            assertEquals(warc + "#" + offsets.get(2), items.get(1).document().metadata().origin());
            assertTrue(a.text().startsWith("Envoys meet\n\nThe foreign ministers"));
            assertEquals("2023-03-16", a.metadata().extra().get("captured"));
            assertEquals(LocalDate.of(2023, 3, 14), a.metadata().published());
            assertEquals("https://gazette.example/b", items.get(1).document().metadata().extra().get("url"),
                    "the target URL when the page names no canonical one");
            assertNull(items.get(1).document().metadata().published(), "the capture date is not the publication date");
        }
    }

    @Test
    void anHtmlResourceRecordIsAnArticleTooAndOtherRecordsArePassedOver() throws IOException {
        Path warc = dir.resolve("saved.warc");
        try (OutputStream os = Files.newOutputStream(warc);
             WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(os), WarcCompression.NONE)) {
            w.write(new WarcResource.Builder(URI.create("file:///notes.txt"))
                    .body(MediaType.PLAIN_TEXT, "Notes.".getBytes(StandardCharsets.UTF_8)).build());
            w.write(new WarcResource.Builder(URI.create("https://gazette.example/saved"))
                    .body(MediaType.HTML, Fixtures.page("Port reopens", Fixtures.PARAGRAPHS)
                            .getBytes(StandardCharsets.UTF_8)).build());
        }
        Document d = only(read(warc.toString()));
        assertTrue(d.text().startsWith("Port reopens\n\nThe foreign ministers"), d.text());
    }

    @Test
    void rssAndAtomItemsAreArticlesWithTheirLinkAuthorAndDate() throws IOException {
        Path rss = Fixtures.write(dir.resolve("wire.rss"), Fixtures.rss("Ministers meet", "They met in Paris.",
                "Port reopens", "The port reopened on Friday."));
        Path atom = Fixtures.write(dir.resolve("desk.atom"), Fixtures.atom("Aid arrives", "Trucks crossed at dawn."));
        List<SourceItem> items = read(rss.toString(), atom.toString());
        assertEquals(3, items.size());
        Document second = items.get(1).document();
        assertEquals("Port reopens\n\nThe port reopened on Friday.", second.text());
        assertEquals(rss + "#2", second.metadata().origin());
        assertEquals("https://wire.example/2", second.metadata().extra().get("url"));
        assertEquals(LocalDate.of(2023, 3, 14), second.metadata().published());
        Document third = items.get(2).document();
        assertEquals("Aid arrives\n\nTrucks crossed at dawn.", third.text());
        assertEquals("Desk Editor", third.metadata().extra().get("author"));
        assertEquals(LocalDate.of(2023, 3, 15), third.metadata().published());
    }

    @Test
    void aFeedOrAPageIsFetchedFromAnHttpUrl() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] feed = Fixtures.rss("Ministers meet", "They met in Paris.").getBytes(StandardCharsets.UTF_8);
        server.createContext("/feed", x -> {
            x.getResponseHeaders().add("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, feed.length);
            try (OutputStream os = x.getResponseBody()) {
                os.write(feed);
            }
        });
        byte[] page = "<html><body><p>The port reopened on Friday after a week of strikes, the harbour authority said."
                .concat("</p></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/news/port", x -> {
            x.sendResponseHeaders(200, page.length);
            try (OutputStream os = x.getResponseBody()) {
                os.write(page);
            }
        });
        server.createContext("/gone", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            List<SourceItem> items = read(base + "/feed", base + "/news/port", base + "/gone");
            assertEquals(3, items.size());
            assertEquals("Ministers meet\n\nThey met in Paris.", items.get(0).document().text());
            assertEquals(base + "/feed#1", items.get(0).document().metadata().origin());
            Document fetched = items.get(1).document();
            assertEquals("port", fetched.source());
            assertEquals(base + "/news/port", fetched.metadata().extra().get("url"));
            assertTrue(fetched.text().startsWith("The port reopened"));
            assertEquals("HTTP status 404", items.get(2).problem());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void archiveEntriesAreInputsOfTheirOwnNamedInsideTheArchive() throws IOException {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("deep/c.txt", "Third article.".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.txt", "First article.".getBytes(StandardCharsets.UTF_8));
        entries.put("pages/b.html", Fixtures.page("Envoys meet", Fixtures.PARAGRAPHS).getBytes(StandardCharsets.UTF_8));
        entries.put("more.zip", Fixtures.zip(inner));
        entries.put("__MACOSX/._a.txt", new byte[] {0, 5, 22, 7});
        Path zip = Fixtures.write(dir.resolve("bundle.zip"), Fixtures.zip(entries));
        Path gz = Fixtures.write(dir.resolve("page.html.gz"),
                Fixtures.gzip(Fixtures.page("Port reopens", Fixtures.PARAGRAPHS).getBytes(StandardCharsets.UTF_8)));
        List<SourceItem> items = read(zip.toString(), gz.toString());
        assertEquals(List.of(zip + "!/a.txt", zip + "!/pages/b.html", zip + "!/more.zip!/deep/c.txt",
                gz + "!/page.html"), items.stream().map(SourceItem::name).toList());
        assertTrue(items.stream().allMatch(SourceItem::ok), items.toString());
        assertEquals(zip + "!/pages/b.html", items.get(1).document().metadata().origin());
        assertTrue(items.get(3).document().text().startsWith("Port reopens\n\n"));
    }

    @Test
    void aDocumentNotInEnglishIsMarkedWithItsLanguage() throws IOException {
        Path de = Fixtures.write(dir.resolve("de.txt"), Fixtures.GERMAN);
        Path en = Fixtures.write(dir.resolve("en.txt"), Fixtures.PARAGRAPHS[0]);
        assertEquals("de", only(read(de.toString())).metadata().extra().get("language"));
        assertEquals("en", only(read(en.toString())).metadata().extra().get("language"));
        assertFalse(only(read(SourceOptions.defaults().withDetection(true, false), en.toString())).metadata().extra()
                .containsKey("language"), "detection can be turned off");
    }

    @Test
    void readingTwiceGivesTheSameItemsInTheSameOrder() throws IOException {
        Fixtures.write(dir.resolve("x/1.html"), Fixtures.page("Envoys meet", Fixtures.PARAGRAPHS));
        Fixtures.write(dir.resolve("x/2.txt"), Fixtures.GERMAN);
        Fixtures.write(dir.resolve("x/3.jsonl"), "{\"text\":\"One.\"}\nbroken\n");
        List<SourceItem> once = read(dir.toString());
        assertEquals(once, read(dir.toString()));
        assertEquals(4, once.size());
    }

    @Test
    void itemsComeOneAtATimeSoAHugeDumpIsNeverHeldWhole() throws IOException {
        Path dump = dir.resolve("big.jsonl");
        try (var w = Files.newBufferedWriter(dump)) {
            for (int i = 0; i < 20_000; i++) {
                w.write("{\"text\":\"Article number " + i + " about the talks.\"}\n");
            }
        }
        var it = Sources.read(List.of(dump.toString()), SourceOptions.defaults().withDetection(true, false))
                .iterator();
        assertEquals("Article number 0 about the talks.", it.next().document().text());
        assertEquals("Article number 1 about the talks.", it.next().document().text());
    }
}

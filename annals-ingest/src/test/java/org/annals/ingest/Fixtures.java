package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small inputs of our own for the tests: a fake news page, feeds, archives, web archives. */
final class Fixtures {

    private Fixtures() {
    }

    /** A news page: navigation, a share bar, related links, comments and a footer around three paragraphs. */
    static String page(String title, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%1$s | The Harbour Gazette</title>
                <meta property="og:title" content="%1$s">
                <meta property="article:published_time" content="2023-03-14T09:30:00+01:00">
                <meta name="author" content="Ana Ruiz">
                <link rel="canonical" href="https://gazette.example/world/%2$s">
                </head><body>
                <header class="site-header"><a href="/">The Harbour Gazette</a>
                <nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
                <div class="layout"><main><article>
                <h1>%1$s</h1>
                <div class="byline">By Ana Ruiz, 14 March 2023</div>
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                <div class="article-body">
                %3$s</div>
                <div class="related-stories"><h3>Related</h3><ul>
                <li><a href="/a">Harbour strike enters its second week as talks stall</a></li>
                <li><a href="/b">Ferry timetable changes for the spring season</a></li></ul></div>
                </article>
                <section id="comments"><h3>3 comments</h3><p>Great article, thanks for sharing this with us all!</p></section>
                </main><aside class="sidebar"><h3>Most read</h3><a href="/c">Lottery winner found</a></aside></div>
                <footer><p>Copyright 2023 The Harbour Gazette. All rights reserved.</p></footer>
                </body></html>
                """.formatted(title, title.toLowerCase().replaceAll("\\W+", "-"), body);
    }

    static final String[] PARAGRAPHS = {
        "The foreign ministers of Turkey and Ukraine met in Geneva on Tuesday to discuss the grain corridor, "
                + "officials from both governments said.",
        "\"We agreed to keep talking,\" the Turkish minister told reporters after the meeting, which lasted "
                + "four hours and ended without a joint statement.",
        "The United Nations welcomed the talks and called for an extension of the deal, which expires next week, "
                + "saying that millions of people depend on the shipments."};

    static final String GERMAN = "Der Außenminister reiste am Dienstag nach Berlin, um mit der Regierung über "
            + "den Handel, die Energiepreise und die Lage an der Grenze zu sprechen. Die Gespräche dauerten vier "
            + "Stunden und endeten ohne gemeinsame Erklärung.";

    static String rss(String... titlesAndBodies) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < titlesAndBodies.length; i += 2) {
            items.append("<item><title>").append(titlesAndBodies[i]).append("</title><link>https://wire.example/")
                    .append(i / 2 + 1).append("</link><pubDate>Tue, 14 Mar 2023 10:00:00 GMT</pubDate>")
                    .append("<author>desk@wire.example (Wire Desk)</author><description><![CDATA[<p>")
                    .append(titlesAndBodies[i + 1]).append("</p>]]></description></item>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>"
                + "<link>https://wire.example/</link><description>News</description>\n" + items
                + "</channel></rss>\n";
    }

    static String atom(String title, String body) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id>
                <updated>2023-03-15T08:00:00Z</updated>
                <entry><title>%s</title><id>urn:desk:1</id><link href="https://desk.example/1"/>
                <published>2023-03-15T07:00:00Z</published><updated>2023-03-15T08:00:00Z</updated>
                <author><name>Desk Editor</name></author>
                <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
                """.formatted(title, body);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A web archive of HTTP responses (URL, content type, body), written with jwarc; returns each record's offset. */
    static List<Long> warc(Path file, boolean gzip, String[]... responses) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (OutputStream os = Files.newOutputStream(file);
             WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(os),
                     gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (String[] r : responses) {
                byte[] body = r[2].getBytes(StandardCharsets.UTF_8);
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse(r[1]), body).build();
                offsets.add(w.position());
                w.write(new WarcResponse.Builder(URI.create(r[0])).date(Instant.parse("2023-03-16T12:00:00Z"))
                        .body(http).build());
            }
        }
        return offsets;
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}

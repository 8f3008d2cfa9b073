package org.annals.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.store.DocumentKeys;
import org.annals.store.Store;

/**
 * What the server's tests serve: a SQLite store made in a temporary folder from the repository's
 * {@code examples/} and one article of our own that carries markup ({@link #XSS_TEXT}), analysed by the real
 * pipeline and grouped into stories, as {@code annals ingest --stories} would. Built once per test JVM.
 */
final class Fixtures {

    /** An article whose text holds a script and an image with an error handler: both must stay text on the page. */
    static final String XSS_TEXT = """
            Title: Relief convoy reaches Goma <script>window.__annalsXss = 'title'</script>
            Published: 2024-03-05

            GOMA — The United Nations said on Tuesday that it had sent food aid to Congo \
            <img src=x onerror="window.__annalsXss = 'img'"> after weeks of fighting near the city.
            "We will not stop <script>window.__annalsXss = 'quote'</script> until every family is fed," \
            said Bintou Keita, the head of the UN mission.
            """;

    static final String XSS_ID = DocumentKeys.hash(XSS_TEXT).substring(0, 16);

    private static Pipeline pipeline;
    private static Path store;

    private Fixtures() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Annals.pipeline();
        }
        return pipeline;
    }

    /** The examples' folder of the repository. */
    static Path examples() {
        Path p = Path.of("..", "examples").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("no examples/ folder at " + p);
        }
        return p;
    }

    /** The store file, made on first use. */
    static synchronized Path store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("annals-server-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path file = dir.resolve("examples.db");
                List<Analysis> analyses = new ArrayList<>();
                for (Document d : documents()) {
                    analyses.add(pipeline().analyze(d));
                }
                try (Store s = Store.open(file.toString())) {
                    s.put(Stories.group(analyses));
                    s.saveStories();
                }
                store = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** The examples (in the order of their names), then the article with markup. */
    static List<Document> documents() throws IOException {
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(document(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString()));
            }
        }
        out.add(document(XSS_TEXT, "xss-fixture.txt"));
        return out;
    }

    static Document document(String text, String source) {
        return new Document(DocumentKeys.hash(text).substring(0, 16), source, text, null);
    }

    /** A server on a free port of 127.0.0.1 over the store. */
    static AnnalsServer server(boolean allowIngest) {
        return server(store().toString(), allowIngest);
    }

    static AnnalsServer server(String db, boolean allowIngest) {
        return AnnalsServer.start(new AnnalsServer.Options(db, "127.0.0.1", 0, allowIngest, 2), Fixtures::pipeline)
                .awaitWarm();
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it later
        }
    }
}

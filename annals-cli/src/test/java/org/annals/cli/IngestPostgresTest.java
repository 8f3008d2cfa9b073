package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.annals.core.Annals;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.annals.ingest.SourceItem;
import org.annals.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals ingest --db postgresql://...} against a real PostgreSQL server started on loopback. */
class IngestPostgresTest {

    private static final String MEETING = """
            Published: 2024-05-06

            Indian Prime Minister Narendra Modi met French President Emmanuel Macron in Paris on Sunday.
            """;
    private static final String PROTEST = """
            Published: 2024-05-07

            Police arrested 25 protesters in Cairo on Monday, officials said.
            """;

    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static String newDatabase() throws Exception {
        String db = "ingest" + ++databases;
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        return "postgresql://localhost:" + server.getPort() + "/" + db + "?user=postgres";
    }

    @Test
    @DisplayName("the same commands on PostgreSQL: each document once, export gives the bytes of analyze")
    void ingestAndExport(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), MEETING, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), PROTEST, StandardCharsets.UTF_8);
        String db = newDatabase();
        Object[] first = AnalyzeExamplesTest.run("ingest", "--db", db, "--stories", corpus.toString());
        assertEquals(0, first[0], (String) first[2]);
        assertTrue(((String) first[1]).startsWith("ingest: 2 added, 0 already stored, 0 failed"), (String) first[1]);
        Object[] again = AnalyzeExamplesTest.run("ingest", "--db", db, corpus.toString());
        assertTrue(((String) again[1]).startsWith("ingest: 0 added, 2 already stored"), (String) again[1]);

        Path analysed = dir.resolve("analyze.jsonl");
        Path exported = dir.resolve("export.jsonl");
        assertEquals(0, AnalyzeExamplesTest.run("analyze", "--stories", "--out", analysed.toString(),
                corpus.toString())[0]);
        assertEquals(0, AnalyzeExamplesTest.run("export", "--db", db, "--format", "jsonl", "--out",
                exported.toString())[0]);
        assertEquals(Files.readString(analysed), Files.readString(exported));
    }

    @Test
    @DisplayName("a document the database refuses is one line on stderr; the rest of its batch is stored")
    void aDocumentTheDatabaseRefuses() throws Exception {
        // PostgreSQL keeps no NUL character in text: this document cannot be stored, the others can
        List<SourceItem> items = List.of(item("feed/1", MEETING), item("feed/2", "Published: 2024-05-07\n\nA\u0000B\n"),
                item("feed/3", PROTEST));
        StringWriter err = new StringWriter();
        try (Store store = Store.open(newDatabase())) {
            Ingest ingest = new Ingest(store, Annals.pipeline(), new InputOptions(), new PrintWriter(err, true), 200,
                    false);
            ingest.run(items, new Progress(new PrintWriter(new StringWriter()), "test", 3, false));
            assertEquals(2, ingest.added);
            assertEquals(1, ingest.failed);
            assertEquals(2, store.size());
        }
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("annals: feed/2: cannot be stored: "), lines.get(0));
    }

    private static SourceItem item(String origin, String text) {
        return SourceItem.ok(origin, new Document(org.annals.ingest.DocumentIds.of(text), origin, text,
                Metadata.of(null, origin)));
    }
}

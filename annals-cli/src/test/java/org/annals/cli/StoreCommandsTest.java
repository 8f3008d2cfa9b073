package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals ingest}, {@code search}, {@code events} and {@code export} over a store in a temporary folder. */
class StoreCommandsTest {

    private static final String MEETING = """
            Published: 2024-03-12

            Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz in Ankara on Tuesday.

            "We discussed trade and the war," Erdogan told reporters after the talks.
            """;
    private static final String NAIROBI = """
            Published: 2024-03-14

            Police arrested 40 protesters in Nairobi on Wednesday, officials said.

            Kenya's President William Ruto condemned the violence and urged calm.
            """;
    private static final String SECOND_OUTLET = """
            Published: 2024-03-13

            Erdogan and Scholz held talks in Ankara on Tuesday, the Turkish presidency said.
            """;

    @TempDir
    Path dir;
    Path corpus;
    String db;

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("1-meeting.txt"), MEETING, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("2-nairobi.txt"), NAIROBI, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("3-second-outlet.txt"), SECOND_OUTLET, StandardCharsets.UTF_8);
        db = dir.resolve("annals.db").toString();
    }

    private static Object[] ok(String... args) {
        Object[] r = AnalyzeExamplesTest.run(args);
        assertEquals(0, r[0], "stderr: " + r[2]);
        return r;
    }

    @Test
    @DisplayName("ingest stores each document once: a second ingest of the same folder adds nothing")
    void ingestIsIdempotent() throws IOException {
        Object[] first = ok("ingest", "--db", db, corpus.toString());
        assertEquals("ingest: 3 added, 0 already stored, 0 failed; the store holds 3 documents\n", first[1]);
        assertTrue(((String) first[2]).contains("annals ingest: 3/3 documents (3 new)"), (String) first[2]);
        // a copy under another name is the same text: skipped too
        Files.writeString(corpus.resolve("4-copy.txt"), MEETING, StandardCharsets.UTF_8);
        Object[] second = ok("ingest", "--db", db, corpus.toString());
        assertEquals("ingest: 0 added, 4 already stored, 0 failed; the store holds 3 documents\n", second[1]);
    }

    @Test
    @DisplayName("a bad file is one line on stderr, the others are stored, and the exit code is 1")
    void badInputIsNamedAndSkipped() throws IOException {
        Files.write(corpus.resolve("0-broken.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
        Object[] r = AnalyzeExamplesTest.run("ingest", "--db", db, corpus.toString());
        assertEquals(1, r[0]);
        assertEquals("ingest: 3 added, 0 already stored, 1 failed; the store holds 3 documents\n", r[1]);
        assertTrue(((String) r[2]).startsWith("annals: " + corpus.resolve("0-broken.txt") + ": not UTF-8 text"),
                (String) r[2]);
    }

    @Test
    @DisplayName("export --format jsonl gives the bytes of analyze, with --stories as well")
    void exportIsWhatAnalyzeWrites() throws IOException {
        ok("ingest", "--db", db, "--stories", corpus.toString());
        Path analysed = dir.resolve("analyze.jsonl");
        Path exported = dir.resolve("export.jsonl");
        ok("analyze", "--stories", "--out", analysed.toString(), corpus.toString());
        ok("export", "--db", db, "--format", "jsonl", "--out", exported.toString());
        assertEquals(Files.readString(analysed), Files.readString(exported));
        assertTrue(Files.readString(exported).contains("\"story\":\"s1\""));
    }

    @Test
    @DisplayName("--stories groups the whole stored set, documents stored before included")
    void storiesOverTheWholeStore() throws IOException {
        ok("ingest", "--db", db, corpus.resolve("1-meeting.txt").toString());
        Object[] r = ok("ingest", "--db", db, "--stories", corpus.toString());
        assertTrue(((String) r[1]).contains("stories: 2 over 3 documents"), (String) r[1]);
    }

    @Test
    @DisplayName("search finds documents by their words, with filters; events lists a readable table")
    void searchAndEvents() {
        ok("ingest", "--db", db, corpus.toString());
        List<String> hits = ((String) ok("search", "--db", db, "ankara")[1]).lines().toList();
        assertEquals("2 documents.", hits.get(hits.size() - 1));
        List<String> dated = ((String) ok("search", "--db", db, "ankara", "--from", "2024-03-13")[1]).lines().toList();
        assertTrue(dated.get(0).contains("3-second-outlet.txt  2024-03-13"), dated.get(0));
        assertTrue(dated.get(1).contains("[Ankara]"), dated.get(1));

        List<String> events = ((String) ok("events", "--db", db, "--actor", "ruto", "--sentences")[1]).lines().toList();
        assertTrue(events.get(0).startsWith("DATE "), events.get(0));
        assertTrue(events.get(1).startsWith("2024-03-13   ACCUSE     111    William Ruto"), events.get(1));
        assertTrue(events.get(2).strip().startsWith("Kenya's President William Ruto condemned"), events.get(2));
        assertEquals("2 events.", events.get(events.size() - 1));
        Object[] bad = AnalyzeExamplesTest.run("events", "--db", db, "--from", "March");
        assertEquals(2, bad[0]);
    }

    @Test
    @DisplayName("events of files: the same table as from a store of them; a bad file is named, the exit code 1")
    void eventsOfFiles() throws IOException {
        ok("ingest", "--db", db, "--stories", corpus.toString());
        String stored = (String) ok("events", "--db", db, "--actor", "ruto")[1];
        String fromFiles = (String) ok("events", "--actor", "ruto", corpus.toString())[1];
        assertEquals(stored, fromFiles);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Object[] r = AnalyzeExamplesTest.run("events", "--actor", "ruto", corpus.toString(), empty.toString());
        assertEquals(1, r[0]);
        assertEquals(stored, r[1]);
        assertTrue(((String) r[2]).contains("empty.txt"), (String) r[2]);
    }

    @Test
    @DisplayName("export --format csv has a header of the documented columns and one row per event")
    void exportCsv() throws IOException {
        ok("ingest", "--db", db, corpus.toString());
        Path csv = dir.resolve("events.csv");
        ok("export", "--db", db, "--format", "csv", "--type", "CONSULT", "--out", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("event_id,date,published,source_name,source_code,source_country,"),
                lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",CONSULT,")));
        Path plover = dir.resolve("events.plover.jsonl");
        ok("export", "--db", db, "--format", "plover", "--out", plover.toString());
        assertTrue(Files.readString(plover).contains("\"event\":[\"ACCUSE\"]"));
    }

    @Test
    @DisplayName("export --format parquet writes every table as a Parquet file into the folder --out")
    void exportParquet() throws IOException {
        ok("ingest", "--db", db, corpus.toString());
        Path folder = dir.resolve("parquet");
        Object[] r = ok("export", "--db", db, "--format", "parquet", "--out", folder.toString());
        assertTrue(((String) r[2]).startsWith("annals export: "), (String) r[2]);
        for (String table : List.of("documents", "mentions", "actors", "times", "quotes", "events", "event_actors",
                "counts", "stories")) {
            assertTrue(Files.size(folder.resolve(table + ".parquet")) > 0, table);
        }
        Object[] noFolder = AnalyzeExamplesTest.run("export", "--db", db, "--format", "parquet");
        assertEquals(1, noFolder[0]);
        assertEquals("annals: export --format parquet needs --out FOLDER\n", noFolder[2]);
    }
}

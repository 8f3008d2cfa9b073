package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** End to end over the bundled examples/: the command a user runs, the JSON they get. */
class AnalyzeExamplesTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, JsonNode> docs = new HashMap<>();
    static Map<String, String> texts = new HashMap<>();

    /** Runs the command line and returns {exit code, stdout, stderr}. */
    static Object[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Object[] {code, out.toString(), err.toString()};
    }

    @BeforeAll
    static void analyseTheExamples(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("examples.jsonl");
        Object[] r = run("analyze", "--stories", "--out", out.toString(), EXAMPLES.toString());
        assertEquals(0, r[0], "stderr: " + r[2]);
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            String source = n.get("document").get("source").asText();
            docs.put(source, n);
            texts.put(source, Files.readString(EXAMPLES.resolve(source)));
        }
    }

    @Test
    void everyExampleGivesOneAnnals1Object() throws IOException {
        long files;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).count();
        }
        assertEquals(files, docs.size());
        for (JsonNode d : docs.values()) {
            assertEquals("annals/1", d.get("schema").asText());
            assertNotNull(d.get("document").get("story").asText(null));
        }
    }

    @Test
    void withStoriesTheLinesAreThoseOfTheGroupingInMemory(@TempDir Path tmp) throws IOException {
        // annals analyze --stories keeps its analyses on disk while it groups them: the same bytes as grouping
        // them all in memory (an undated article, dated through its story, among them)
        Path out = tmp.resolve("stories.jsonl");
        Path dir = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Files.writeString(dir.resolve("99-undated.txt"), "Kenyan President William Ruto met African Union "
                + "Commission chairperson Moussa Faki Mahamat in Nairobi on Tuesday to discuss the Horn of "
                + "Africa.\n");
        assertEquals(0, run("analyze", "--stories", "--out", out.toString(), dir.toString())[0]);
        List<org.annals.core.model.Analysis> all = new ArrayList<>();
        InputOptions options = new InputOptions();
        options.maxBytes = 10 << 20;
        new Batch(org.annals.core.Annals.pipeline(), new PrintWriter(java.io.Writer.nullWriter()))
                .run(List.of(dir.toString()), options, true, all::add);
        assertTrue(all.stream().anyMatch(a -> !a.publication().known()), "the undated article is among them");
        List<String> expected = all.stream().map(org.annals.json.AnnalsJson::toJson).toList();
        assertEquals(expected, Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    @Test
    void aBlockSizeSplitsWeeksIntoLanesAsTheStoryGroupingDoes(@TempDir Path tmp) throws IOException {
        // articles of one week, two of them reports of one meeting, each led by another leader
        Path dir = Files.createDirectories(tmp.resolve("week"));
        Files.writeString(dir.resolve("a.txt"), "Published: 2024-03-05\n\nChilean President Gabriel Boric met "
                + "Argentine President Javier Milei in Santiago on Tuesday. Boric said the talks on lithium exports "
                + "went well. Boric will travel to Buenos Aires in May.\n");
        Files.writeString(dir.resolve("b.txt"), "Published: 2024-03-06\n\nArgentine President Javier Milei met "
                + "Chilean President Gabriel Boric in Santiago on Tuesday. Milei said the talks on lithium exports "
                + "went well. Milei will host Boric in Buenos Aires in May.\n");
        Files.writeString(dir.resolve("c.txt"), "Published: 2024-03-04\n\nA wildfire near Coimbra forced "
                + "firefighters to evacuate three villages on Monday, the mayor of Coimbra said.\n");
        Files.writeString(dir.resolve("d.txt"), "Published: 2024-03-05\n\nFirefighters fought a wildfire outside "
                + "Coimbra on Monday as villages near Coimbra were evacuated.\n");
        Files.writeString(dir.resolve("e.txt"), "Published: 2024-03-06\n\nFloods in western Kenya killed 14 people "
                + "in Kisumu on Monday, the Kenya Red Cross said, as the Nyando river burst its banks.\n");
        Path out = tmp.resolve("laned.jsonl");
        assertEquals(0, run("analyze", "--stories", "--block-size", "1", "--out", out.toString(), dir.toString())[0]);
        List<org.annals.core.model.Analysis> all = new ArrayList<>();
        InputOptions options = new InputOptions();
        options.maxBytes = 10 << 20;
        new Batch(org.annals.core.Annals.pipeline(), new PrintWriter(java.io.Writer.nullWriter()))
                .run(List.of(dir.toString()), options, false, all::add);
        // five documents of one week in blocks of one: eight lanes, and the two reports in two of them
        org.annals.core.story.StoryBlocks.Blocking eight = new org.annals.core.story.StoryBlocks.Blocking(8);
        assertNotEquals(eight.block(org.annals.core.story.StoryInput.of(all.get(0))),
                eight.block(org.annals.core.story.StoryInput.of(all.get(1))));
        List<String> expected = org.annals.core.story.Stories.group(all, 1).stream()
                .map(org.annals.json.AnnalsJson::toJson).toList();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(expected, lines);
        assertEquals(JSON.readTree(lines.get(0)).get("document").get("story"),
                JSON.readTree(lines.get(1)).get("document").get("story"), "one meeting across two lanes");
    }

    @Test
    void aBlockSizeBelowOneIsRefusedWithTheOptionNamed(@TempDir Path tmp) {
        Object[] r = run("analyze", "--stories", "--block-size", "0", "--out", tmp.resolve("x").toString(),
                EXAMPLES.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--block-size must be at least 1"), (String) r[2]);
    }

    @Test
    void everySpanCoversTheTextItsRecordQuotes() {
        docs.forEach((source, d) -> {
            String text = texts.get(source);
            for (String layer : List.of("mentions", "times", "quotes")) {
                for (JsonNode rec : d.get(layer)) {
                    int s = rec.get("span").get(0).asInt();
                    int e = rec.get("span").get(1).asInt();
                    assertEquals(rec.get("text").asText(), text.substring(s, e), source + " " + layer);
                }
            }
            for (JsonNode ev : d.get("events")) {
                int s = ev.get("trigger_span").get(0).asInt();
                int e = ev.get("trigger_span").get(1).asInt();
                assertEquals(ev.get("trigger").asText(), text.substring(s, e), source + " event trigger");
            }
        });
    }

    @Test
    void everyReferenceNamesAnActorOfItsDocument() {
        docs.forEach((source, d) -> {
            List<String> ids = new ArrayList<>();
            d.get("actors").forEach(a -> ids.add(a.get("id").asText()));
            d.get("mentions").forEach(m -> assertTrue(ids.contains(m.get("actor").asText()), source));
            for (JsonNode ev : d.get("events")) {
                ev.get("source").forEach(x -> assertTrue(ids.contains(x.asText()), source));
                ev.get("target").forEach(x -> assertTrue(ids.contains(x.asText()), source));
                if (!ev.get("place").isNull()) {
                    assertTrue(ids.contains(ev.get("place").asText()), source);
                }
            }
        });
    }

    @Test
    void publicationDatesComeFromHeadersAndOnlyFromThem() {
        assertEquals("2024-02-20", docs.get("01-japan-wfp-food-aid-madagascar.txt").get("document").get("published").asText());
        assertEquals("2024-01-18", docs.get("04-wire-ankara-fidan-kuleba.txt").get("document").get("published").asText());
        assertTrue(docs.get("03-brussels-farmers-protest.txt").get("document").get("published").isNull());
        assertTrue(docs.get("08-jakarta-jokowi-kishida-second-outlet.txt").get("document").get("published").isNull());
    }

    @Test
    void twoOutletsOnOneMeetingAreOneStoryAndOtherArticlesAreNot() {
        String s07 = docs.get("07-jakarta-kishida-widodo-meeting.txt").get("document").get("story").asText();
        String s08 = docs.get("08-jakarta-jokowi-kishida-second-outlet.txt").get("document").get("story").asText();
        assertEquals(s07, s08);
        assertNotEquals(s07, docs.get("05-transcript-macron-modi-paris.txt").get("document").get("story").asText());
        assertNotEquals(s07, docs.get("13-drc-ceasefire-appeal.txt").get("document").get("story").asText());
    }

    @Test
    void theTranscriptHasOneTurnPerSpeakerLine() {
        JsonNode d = docs.get("05-transcript-macron-modi-paris.txt");
        List<String> speakers = new ArrayList<>();
        for (JsonNode q : d.get("quotes")) {
            if (q.get("kind").asText().equals("turn")) {
                speakers.add(actorName(d, q.get("speaker").asText()));
            }
        }
        assertEquals(List.of("Emmanuel Macron", "Narendra Modi", "Emmanuel Macron"), speakers);
    }

    static String actorName(JsonNode d, String id) {
        for (JsonNode a : d.get("actors")) {
            if (a.get("id").asText().equals(id)) {
                return a.get("name").asText();
            }
        }
        return null;
    }

    @Test
    void theOutputIsTheSameByteForByteOnEveryRun(@TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("1.jsonl");
        Path two = tmp.resolve("2.jsonl");
        run("analyze", "--stories", "--out", one.toString(), EXAMPLES.toString());
        run("analyze", "--stories", "--out", two.toString(), EXAMPLES.toString());
        assertEquals(Files.readString(one), Files.readString(two));
    }

    @Test
    void badInputIsNamedOnStderrAndTheRestIsAnalysed(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("a-good.txt"), "Kenyan President William Ruto met Somali officials in Nairobi.");
        Files.write(tmp.resolve("b-bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
        Path out = tmp.resolve("out.jsonl");
        Object[] r = run("analyze", "--out", out.toString(), tmp.toString());
        assertEquals(1, r[0], "the exit code tells that some input failed");
        String err = (String) r[2];
        assertTrue(err.contains("b-bad.txt: not UTF-8 text"), err);
        assertEquals(1, Files.readAllLines(out).size());
        assertTrue(Files.readString(out).contains("\"source\":\"a-good.txt\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"analyze", "demo", "bench"})
    void everyCommandHasHelp(String command) {
        Object[] r = run(command, "--help");
        assertEquals(0, r[0]);
        assertTrue(((String) r[1]).contains("Usage: annals " + command), (String) r[1]);
    }

    @Test
    void theVersionNamesTheContract() {
        Object[] r = run("--version");
        assertEquals(0, r[0]);
        assertTrue(((String) r[1]).contains("annals/1"));
    }

    @Test
    void theDemoPrintsActorsEventsQuotesAndStories() {
        Object[] r = run("demo", EXAMPLES.toString());
        String out = (String) r[1];
        assertEquals(0, r[0], (String) r[2]);
        assertTrue(out.contains("== 07-jakarta-kishida-widodo-meeting.txt"), out);
        assertTrue(out.contains("  actors: "), out);
        assertTrue(out.contains("  event:  "), out);
        assertTrue(out.contains("  quote:  "), out);
        assertTrue(out.contains("== stories"), out);
        assertFalse(out.contains("Exception"), out);
    }
}

package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code annals stories} and {@code annals timeline} over the bundled examples/. */
class StoriesCommandTest {

    private static List<String> run(String... args) {
        return EvalCommandTest.lines(AnalyzeExamplesTest.run(args));
    }

    @Test
    @DisplayName("two outlets' reports of one meeting are one story whose headline event has both as sources")
    void twoOutletsOneStory() {
        List<String> lines = run("stories", AnalyzeExamplesTest.EXAMPLES.toString());
        int i = 0;
        while (!lines.get(i + 2).contains("07-jakarta") || !lines.get(i + 2).contains("08-jakarta")) {
            i++;
        }
        assertTrue(lines.get(i + 2).contains("2 sources"), lines.get(i + 2));
        assertTrue(lines.get(i).contains("2023-09-06"), lines.get(i));
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ stories from 13 documents\\."), lines.get(lines.size() - 1));
    }

    @Test
    @DisplayName("--json writes one annals/1 story object a line, each event with its reports and spans")
    void json() throws Exception {
        List<String> lines = run("stories", "--json", AnalyzeExamplesTest.EXAMPLES.toString());
        int merged = 0;
        for (String line : lines) {
            JsonNode s = AnalyzeExamplesTest.JSON.readTree(line);
            assertEquals("annals/1", s.get("schema").asText());
            for (JsonNode e : s.get("story").get("events")) {
                assertTrue(e.get("reports").size() >= 1);
                assertEquals(2, e.get("reports").get(0).get("span").size());
                merged += e.get("sources").asInt() > 1 ? 1 : 0;
            }
        }
        assertTrue(merged >= 1, "at least one event is reported by two outlets");
    }

    @Test
    @DisplayName("timeline --dyad lists the pair's merged events in date order with their story and sources")
    void dyadTimeline() {
        List<String> lines = run("timeline", "--dyad", "Kishida,Widodo", AnalyzeExamplesTest.EXAMPLES.toString());
        String meeting = lines.stream().filter(l -> l.startsWith("2023-09-06") && l.contains("CONSULT"))
                .findFirst().orElseThrow(() -> new AssertionError(String.join("\n", lines)));
        assertTrue(meeting.contains("2 sources"), meeting);
        List<String> dates = lines.stream().filter(l -> l.matches("\\d{4}.*")).map(l -> l.substring(0, 10).trim())
                .toList();
        assertEquals(dates.stream().sorted().toList(), dates, "dated events come in date order");
    }

    @Test
    @DisplayName("--dyad needs two actors")
    void dyadNeedsTwo() {
        Object[] r = AnalyzeExamplesTest.run("timeline", "--dyad", "Kishida", AnalyzeExamplesTest.EXAMPLES.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("--dyad takes two actors"), (String) r[2]);
    }

    @Test
    @DisplayName("--db reads the documents of a store, and gives the timeline the files give")
    void fromTheStore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String db = dir.resolve("annals.db").toString();
        run("ingest", "--db", db, AnalyzeExamplesTest.EXAMPLES.toString());
        assertEquals(run("timeline", "--actor", "Kishida", AnalyzeExamplesTest.EXAMPLES.toString()),
                run("timeline", "--actor", "Kishida", "--db", db));
    }

    @Test
    @DisplayName("files and --db together, or neither, is a usage error")
    void filesOrStore() {
        Object[] r = AnalyzeExamplesTest.run("stories");
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("name files or folders, or a store with --db"), (String) r[2]);
    }
}

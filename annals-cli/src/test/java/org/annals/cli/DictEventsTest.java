package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dict} with event dictionaries: PETRARCH verb files and annals' own pattern tables reach the coder. */
class DictEventsTest {

    private static List<String> events(Path out) throws IOException {
        List<String> types = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            for (JsonNode e : new ObjectMapper().readTree(line).get("events")) {
                types.add(e.get("type").asText() + " " + e.get("cameo").asText());
            }
        }
        return types;
    }

    @Test
    void aVerbDictionaryAndAPatternTableAddEvents(@TempDir Path tmp) throws IOException {
        Path text = tmp.resolve("news.txt");
        Files.writeString(text, "Chile harangued Peru on Monday. Chile serenaded Peru on Tuesday.\n");
        Path verbs = tmp.resolve("speech.verbs.txt");
        Files.writeString(verbs, "# written for this test\n--- HARANGUE [111] ---\nHARANGUE\n");
        Path patterns = tmp.resolve("my-patterns.tsv");
        Files.writeString(patterns, "pattern\tpos\ttype\tmode\tcameo\nserenade\tV\tSUPPORT\t\t051\n");

        Path before = tmp.resolve("before.jsonl");
        Object[] r = AnalyzeExamplesTest.run("analyze", "--out", before.toString(), text.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertEquals(List.of(), events(before), "the built-in patterns know neither verb");

        Path after = tmp.resolve("after.jsonl");
        r = AnalyzeExamplesTest.run("analyze", "--out", after.toString(), "--dict", verbs.toString(), "--dict",
                patterns.toString(), text.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertEquals(List.of("ACCUSE 111", "SUPPORT 051"), events(after));
        assertTrue(((String) r[2]).contains("speech.verbs.txt: a PETRARCH verb dictionary: 1 verb blocks"),
                (String) r[2]);
    }

    @Test
    void aLineOfAPatternTableThatCannotBeReadIsReported(@TempDir Path tmp) throws IOException {
        Path text = tmp.resolve("news.txt");
        Files.writeString(text, "Chile met Peru.\n");
        Path patterns = tmp.resolve("my-patterns.tsv");
        Files.writeString(patterns, "pattern\tpos\ttype\tmode\tcameo\nserenade\tV\tPRAISE\t\t051\n");
        Object[] r = AnalyzeExamplesTest.run("analyze", "--out", tmp.resolve("o.jsonl").toString(), "--dict",
                patterns.toString(), text.toString());
        assertEquals(0, r[0], (String) r[2]);
        assertTrue(((String) r[2]).contains("my-patterns.tsv:2: 'PRAISE' is not a PLOVER category"), (String) r[2]);
    }
}

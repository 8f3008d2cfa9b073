package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals quotes}: who said what, one quote a line. */
class QuotesCommandTest {

    private static final String ARTICLE = """
            Published: 2024-03-12

            Dam talks resume in Geneva

            “The dam must be filled slowly,” Egyptian Foreign Minister Sameh Shoukry told reporters in Geneva.

            Ethiopia's water minister said the filling would go ahead as planned.
            """;

    private static List<String> list(Path dir, String... options) throws IOException {
        Path file = dir.resolve("dam.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
        String[] args = new String[options.length + 2];
        args[0] = "quotes";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = file.toString();
        Object[] r = AnalyzeExamplesTest.run(args);
        assertEquals(0, r[0], "stderr: " + r[2]);
        return ((String) r[1]).lines().toList();
    }

    @Test
    @DisplayName("a line a quote: publication date, speaker with code, kind and the words")
    void listsQuotes(@TempDir Path dir) throws IOException {
        List<String> lines = list(dir);
        assertEquals("dam.txt", lines.get(0));
        String shoukry = lines.stream().filter(l -> l.contains("Shoukry")).findFirst().orElseThrow();
        assertTrue(shoukry.startsWith("  2024-03-12  Sameh Shoukry [EGYGOV]  direct  "), shoukry);
        assertTrue(shoukry.endsWith("\u201CThe dam must be filled slowly\u201D"), shoukry);
        assertTrue(lines.stream().anyMatch(l -> l.contains("indirect") && l.contains("the filling would go ahead")),
                String.join("\n", lines));
        assertEquals("2 quotes in 1 documents.", lines.get(lines.size() - 1));
    }

    @Test
    @DisplayName("--speaker keeps the quotes whose speaker's name contains the words, in any case")
    void speakerFilter(@TempDir Path dir) throws IOException {
        List<String> lines = list(dir, "--speaker", "SHOUKRY");
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains("Sameh Shoukry"));
        assertEquals("0 quotes in 1 documents.", list(dir, "--speaker", "nobody").get(0));
    }

    @Test
    @DisplayName("long words are clipped in the middle")
    void clip() {
        String words = "a".repeat(80) + " " + "b".repeat(80);
        String clipped = QuotesCommand.clip(words, 100);
        assertTrue(clipped.length() <= 100, clipped);
        assertTrue(clipped.startsWith("aaa") && clipped.endsWith("bbb") && clipped.contains(" \u2026 "), clipped);
    }

    @Test
    @DisplayName("--help describes the command and its options")
    void help() {
        Object[] r = AnalyzeExamplesTest.run("quotes", "--help");
        assertEquals(0, r[0]);
        String out = (String) r[1];
        assertTrue(out.contains("--speaker") && out.contains("--dict") && out.contains("INPUT"), out);
    }

    @Test
    @DisplayName("--db lists the quotes a store keeps, in the same lines")
    void fromTheStore(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dam.txt");
        Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
        String db = dir.resolve("annals.db").toString();
        assertEquals(0, AnalyzeExamplesTest.run("ingest", "--db", db, file.toString())[0]);
        Object[] r = AnalyzeExamplesTest.run("quotes", "--db", db, "--speaker", "Shoukry");
        assertEquals(0, r[0], "stderr: " + r[2]);
        List<String> lines = ((String) r[1]).lines().toList();
        assertEquals(list(dir, "--speaker", "SHOUKRY").get(1), lines.get(1));
        assertEquals("1 quotes in 1 documents.", lines.get(2));
    }
}

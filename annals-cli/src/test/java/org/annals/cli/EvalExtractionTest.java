package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval extraction} on a benchmark folder of our own, and on the shared one when it is there. */
class EvalExtractionTest {

    private static final String FIGURES = "P=[01]\\.\\d{3} R=[01]\\.\\d{3} F1=[01]\\.\\d{3}";

    /** The shared article-extraction benchmark, when it is there (the test that needs it skips otherwise). */
    private static final Path SHARED = Path.of(System.getProperty("annals.extraction",
            "../../shared/eval/article-extraction"));

    @TempDir
    Path gold;

    private static final String BODY_A = "The harbour reopened on Friday after a week of strikes, officials said.\n\n"
            + "Ferries left at noon.";
    private static final String BODY_B = "Talks on the grain corridor resumed in Geneva on Tuesday, diplomats said.";

    private void page(String id, String charset, String html) throws IOException {
        Files.createDirectories(gold.resolve("html"));
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(gold.resolve("html/" + id + ".html.gz")))) {
            os.write(html.getBytes(charset));
        }
    }

    private void benchmark() throws IOException {
        Files.writeString(gold.resolve("ground-truth.json"), """
                {"a1": {"articleBody": "%s", "url": "https://port.example/a"},
                 "b2": {"articleBody": "%s", "url": "https://geneva.example/b"},
                 "c3": {"articleBody": "Nothing of this is on the page.", "url": "https://c.example/"}}
                """.formatted(BODY_A.replace("\n", "\\n"), BODY_B));
        page("a1", "UTF-8", "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><div><p>"
                + "The harbour reopened on Friday after a week of strikes, officials said.</p><p>Ferries left at noon."
                + "</p></div><footer>Copyright</footer></body></html>");
        page("b2", "ISO-8859-1", "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Talks on the grain "
                + "corridor resumed in Geneva on Tuesday, diplomats said.</p><p>Caf\u00e9 owners nearby were "
                + "pleased.</p></body></html>");
        page("c3", "UTF-8", "<html><body><p>A page about something else entirely, with words of its own.</p></body>"
                + "</html>");
    }

    @Test
    void printsPrecisionRecallF1AndAccuracyOverThePages() throws IOException {
        benchmark();
        Object[] r = AnalyzeExamplesTest.run("eval", "extraction", "--gold", gold.toString());
        assertEquals(0, r[0], "stderr: " + r[2]);
        // a1 exact; b2 has its 9 true shingles and 5 of a sentence too many (P 9/14, R 1); c3 nothing right:
        // P = (1 + 9/14 + 0) / 3, R = (1 + 1 + 0) / 3
        assertEquals(List.of("extraction: P=0.548 R=0.667 F1=0.601 (n=3)", "extraction-accuracy: 0.333 (1/3)"),
                ((String) r[1]).lines().toList());
    }

    @Test
    void holdOutScoresEveryKthPageApart() throws IOException {
        benchmark();
        Object[] r = AnalyzeExamplesTest.run("eval", "extraction", "--gold", gold.toString(), "--hold-out", "3");
        // c3 (index 2) is held: P = (1 + 9/14) / 2
        assertEquals(List.of("extraction: P=0.821 R=1.000 F1=0.902 (n=2)", "extraction-accuracy: 0.500 (1/2)",
                "extraction-held: P=0.000 R=0.000 F1=0.000 (n=1)", "extraction-held-accuracy: 0.000 (0/1)"),
                ((String) r[1]).lines().toList());
    }

    @Test
    void aMissingBenchmarkIsNamed() {
        Object[] r = AnalyzeExamplesTest.run("eval", "extraction", "--gold", gold.resolve("none").toString());
        assertEquals(1, r[0]);
        assertTrue(((String) r[2]).contains("ground-truth.json: no such file"), (String) r[2]);
    }

    @Test
    void onTheSharedBenchmarkTheBarOfWellKnownExtractorsIsMet() {
        assumeTrue(Files.isRegularFile(SHARED.resolve("ground-truth.json")), "no benchmark at " + SHARED);
        Object[] r = AnalyzeExamplesTest.run("eval", "extraction", "--gold", SHARED.toString(), "--hold-out", "4");
        List<String> lines = ((String) r[1]).lines().toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("extraction: " + FIGURES + " \\(n=\\d+\\)"), lines.get(0));
        assertTrue(lines.get(2).matches("extraction-held: " + FIGURES + " \\(n=\\d+\\)"), lines.get(2));
        double f1 = Double.parseDouble(lines.get(0).replaceAll(".*F1=([0-9.]+).*", "$1"));
        assertTrue(f1 >= 0.95, lines.get(0));
    }
}

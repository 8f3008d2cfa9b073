package org.annals.cli;

import static org.annals.cli.EvalCommandTest.FIGURES;
import static org.annals.cli.EvalCommandTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval quotes} on a small brat gold folder of our own: two articles, four attributions. */
class EvalQuotesCommandTest {

    private static final Path GOLD = EvalCommandTest.resource("quotes-gold");

    /** The shared PolNeAR test part, when it is there (tests that need it skip otherwise). */
    private static final Path POLNEAR = Path.of(System.getProperty("annals.polnear",
            "../../shared/eval/polnear-test"));

    @Test
    @DisplayName("prints content, source and cue, for all quotes and for direct quotes alone")
    void sixLines() {
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "quotes", "--gold", GOLD.toString()));
        assertEquals(6, lines.size(), String.join("\n", lines));
        String[] names = {"quotes-content", "quotes-source", "quotes-cue", "quotes-direct-content",
                "quotes-direct-source", "quotes-direct-cue"};
        for (int i = 0; i < names.length; i++) {
            assertTrue(lines.get(i).matches(names[i] + ": " + FIGURES + " \\(n=\\d+\\)"), lines.get(i));
        }
        // four gold attributions, two of them direct; the mayor's quote is one relation of two ranges
        assertTrue(lines.get(0).endsWith("(n=4)"), lines.get(0));
        assertTrue(lines.get(3).endsWith("(n=2)"), lines.get(3));
        // these short sentences are well within reach: every quote found, with its speaker
        assertEquals("quotes-content: P=1.000 R=1.000 F1=1.000 (n=4)", lines.get(0));
        assertEquals("quotes-source: P=1.000 R=1.000 F1=1.000 (n=4)", lines.get(1));
    }

    @Test
    @DisplayName("a quote its attribution interrupts is one relation of two ranges, with the cue they share")
    void interruptedQuoteIsOneRelation() {
        String text = "\u201cThe bridge is unsafe,\u201d the mayor said, \u201cand it will stay closed until "
                + "the engineers have inspected every cable.\u201d\n";
        List<org.annals.eval.Brat.Relation> relations = EvalQuotesCommand.annals(org.annals.core.Annals.pipeline(),
                new org.annals.eval.Brat.Article("bridge", text, List.of()));
        assertEquals(1, relations.size(), relations::toString);
        assertEquals(2, relations.get(0).content().size(), relations::toString);
        assertEquals("said", text.substring(relations.get(0).cue().get(0).start(),
                relations.get(0).cue().get(0).end()));
    }

    @Test
    @DisplayName("--hold-out 2 scores the second article apart")
    void holdOut() {
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "quotes", "--gold", GOLD.toString(),
                "--hold-out", "2"));
        assertEquals(12, lines.size());
        assertTrue(lines.get(0).startsWith("quotes-content:") && lines.get(0).endsWith("(n=2)"), lines.get(0));
        assertTrue(lines.get(6).startsWith("quotes-held-content:") && lines.get(6).endsWith("(n=2)"),
                lines.get(6));
    }

    @Test
    @DisplayName("--predicted scores another system's brat files; an article without one has no quotes")
    void predicted(@TempDir Path dir) throws IOException {
        Files.copy(GOLD.resolve("attributions/a-bridge_a1.ann"), dir.resolve("a-bridge.ann"));
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "quotes", "--gold", GOLD.toString(),
                "--predicted", dir.toString()));
        assertEquals("quotes-content: P=1.000 R=0.500 F1=0.667 (n=4)", lines.get(0));
    }

    @Test
    @DisplayName("a missing gold folder is named")
    void missingGold() {
        Object[] r = AnalyzeExamplesTest.run("eval", "quotes", "--gold", "no/such/gold");
        assertEquals(1, r[0]);
        assertTrue(((String) r[2]).startsWith("annals eval quotes: no/such/gold/text: no such file"), (String) r[2]);
    }

    @Test
    @DisplayName("on the shared PolNeAR part (skipped when absent): every line, for both parts")
    void polnear() {
        assumeTrue(Files.isDirectory(POLNEAR.resolve("text")), "no PolNeAR test part at " + POLNEAR);
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "quotes", "--gold", POLNEAR.toString(),
                "--hold-out", "3"));
        assertEquals(12, lines.size());
        for (String line : lines) {
            assertTrue(line.matches("quotes(-held)?-(direct-)?(content|source|cue): " + FIGURES + " \\(n=\\d+\\)"),
                    line);
        }
    }
}

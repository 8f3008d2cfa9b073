package org.annals.cli;

import static org.annals.cli.EvalCommandTest.FIGURES;
import static org.annals.cli.EvalCommandTest.assertLines;
import static org.annals.cli.EvalCommandTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code annals eval timex} on a TimeML fixture of our own: three documents, eight expressions (the creation
 * times not counted).
 */
class EvalTimexCommandTest {

    @Test
    void printsStrictRelaxedValueAndTypeOverTheGoldExpressions() {
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "timex", "--gold",
                EvalCommandTest.resource("timeml").toString()));
        assertLines(lines, "timex-strict: " + FIGURES + " \\(n=8\\)", "timex-relaxed: " + FIGURES + " \\(n=8\\)",
                "timex-value: " + FIGURES + " \\(n=8\\)", "timex-type: " + FIGURES + " \\(n=8\\)");
        // "yesterday", "three days", "daily", "December", "February", "Tuesday", "June 12" are within the
        // tagger's reach with the creation time as the publication date; "the fall" is not a season to it
        assertEquals("timex-relaxed: P=1.000 R=0.875 F1=0.933 (n=8)", lines.get(1));
        assertEquals("timex-value: P=1.000 R=0.875 F1=0.933 (n=8)", lines.get(2));
    }

    @Test
    void holdOutScoresEveryKthDocumentApart() {
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "timex", "--gold",
                EvalCommandTest.resource("timeml").toString(), "--hold-out", "2"));
        // the document of index 1 (b-orchard, two expressions) is held
        assertLines(lines, "timex-strict: " + FIGURES + " \\(n=6\\)", "timex-relaxed: " + FIGURES + " \\(n=6\\)",
                "timex-value: " + FIGURES + " \\(n=6\\)", "timex-type: " + FIGURES + " \\(n=6\\)",
                "timex-held-strict: " + FIGURES + " \\(n=2\\)", "timex-held-relaxed: " + FIGURES + " \\(n=2\\)",
                "timex-held-value: " + FIGURES + " \\(n=2\\)", "timex-held-type: " + FIGURES + " \\(n=2\\)");
    }

    @Test
    void showErrorsNamesWhatWasMissedButNeverInAHeldDocument() {
        Path gold = EvalCommandTest.resource("timeml");
        Object[] all = AnalyzeExamplesTest.run("eval", "timex", "--gold", gold.toString(), "--show-errors");
        assertTrue(((String) all[2]).contains("c-vote.tml (DCT 2019-06-14) missed  [the fall] DATE 2019-FA"),
                (String) all[2]);
        Object[] held = AnalyzeExamplesTest.run("eval", "timex", "--gold", gold.toString(), "--show-errors",
                "--hold-out", "3");
        assertEquals("", held[2], "c-vote.tml is the held document of three");
    }

    @Test
    void aMissingFolderIsNamed() {
        Object[] r = AnalyzeExamplesTest.run("eval", "timex", "--gold", "no/such/folder");
        assertEquals(1, r[0]);
        assertEquals("annals eval timex: no/such/folder: no such file or folder", ((String) r[2]).strip());
    }

    @Test
    void theTaggerMeetsTheBarOnTheTempEval3PlatinumSet() {
        Path platinum = Path.of("..", "..", "shared", "eval", "tempeval3-platinum");
        assumeTrue(Files.isDirectory(platinum), "../shared/eval/tempeval3-platinum is absent");
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "timex", "--gold", platinum.toString()));
        double relaxed = Double.parseDouble(lines.get(1).replaceAll(".*F1=([0-9.]+).*", "$1"));
        double value = Double.parseDouble(lines.get(2).replaceAll(".*F1=([0-9.]+).*", "$1"));
        // the bar (HeidelTime: relaxed 0.903, value 0.776); a floor against regressions
        assertTrue(relaxed >= 0.90, lines.get(1));
        assertTrue(value >= 0.80, lines.get(2));
    }
}

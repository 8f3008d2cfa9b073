package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code annals bench dedup}: a synthetic corpus with known copy groups, and how well the copies are found. */
class BenchDedupCommandTest {

    private static final List<String> SEED = List.of("""
            The finance ministers of the two countries met in Warsaw on Monday to discuss the budget.
            Officials said the talks would resume next month after a review of the spending plans.
            The opposition accused the government of hiding the true cost of the new railway line.
            Farmers blocked roads near the border for a third day, demanding lower fuel prices.
            """);

    @Test
    @DisplayName("document i of the corpus is the same whenever it is made, and a rewrite keeps its group")
    void corpusIsAPureFunctionOfTheIndex() {
        SyntheticCorpus a = new SyntheticCorpus(SEED, 7);
        SyntheticCorpus b = new SyntheticCorpus(SEED, 7);
        for (int i = 0; i < 200; i++) {
            assertEquals(a.doc(i), b.doc(i));
            assertTrue(a.doc(i).group() <= i);
        }
        assertNotEquals(a.doc(0).text(), new SyntheticCorpus(SEED, 8).doc(0).text());
    }

    @Test
    @DisplayName("pair scores: a pair is right when both documents are in one true group")
    void pairScores() {
        int[] truth = {0, 0, 0, 3, 4};
        assertArrayEquals(new double[] {1, 1, 1}, BenchDedupCommand.pairScores(new int[] {0, 0, 0, 3, 4}, truth));
        double[] split = BenchDedupCommand.pairScores(new int[] {0, 0, 2, 3, 4}, truth);
        assertEquals(1.0, split[0], 1e-9);
        assertEquals(1.0 / 3, split[1], 1e-9);
        double[] merged = BenchDedupCommand.pairScores(new int[] {0, 0, 0, 0, 4}, truth);
        assertEquals(0.5, merged[0], 1e-9);
        assertEquals(1.0, merged[1], 1e-9);
    }

    @Test
    @DisplayName("prints the time, the peak heap and a dedup-groups line in the evaluation format")
    void printsFigures() {
        Object[] r = AnalyzeExamplesTest.run("bench", "dedup", "--docs", "3000", "--threads", "1", "--corpus",
                AnalyzeExamplesTest.EXAMPLES.toString());
        assertEquals(0, r[0], "stderr: " + r[2]);
        List<String> lines = ((String) r[1]).lines().toList();
        assertTrue(lines.get(1).matches("near-copies: .* s, .* documents/s \\(1 threads for signatures\\), "
                + "peak heap .* MB"), lines.get(1));
        String f = lines.get(2);
        assertTrue(f.matches("dedup-groups: P=\\d\\.\\d{3} R=\\d\\.\\d{3} F1=\\d\\.\\d{3} \\(n=3000\\)"), f);
        assertTrue(Double.parseDouble(f.substring(f.indexOf("F1=") + 3, f.indexOf(" (n"))) >= 0.95, f);
    }
}

package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code annals bench}: the figures it prints, in the order the README quotes them. */
class BenchCommandTest {

    @Test
    @DisplayName("prints the rate per core, the same work in 4 KB articles, all cores, percentiles, stages and heap")
    void printsTheFigures() {
        Object[] r = AnalyzeExamplesTest.run("bench", "--docs", "40", "--warmup", "10", "--corpus",
                AnalyzeExamplesTest.EXAMPLES.toString());
        assertEquals(0, r[0], "stderr: " + r[2]);
        List<String> lines = ((String) r[1]).lines().toList();
        assertTrue(lines.get(0).matches("corpus: \\d+ articles of about [\\d,]+ characters, repeated to 40 "
                + "documents \\(warm-up 10\\)"), lines.get(0));
        double perCore = number(lines.get(1), " articles/s/core");
        double fourKb = number(lines.get(2), " articles of 4 KB/s/core");
        // the examples are shorter than 4 KB: fewer of those per second, in proportion to the length
        int chars = Integer.parseInt(lines.get(0).replaceAll(".*about ([\\d,]+) characters.*", "$1").replace(",", ""));
        assertEquals(perCore * chars / 4096, fourKb, Math.max(1, perCore * 0.01), lines.toString());
        assertTrue(lines.get(3).matches("\\d+ articles/s with \\d+ threads \\(\\d+\\.\\d\\dx one thread\\)"),
                lines.get(3));
        assertTrue(lines.get(5).startsWith("ms per article by stage: Normalizer "), lines.get(5));
        assertTrue(lines.get(6).matches("peak heap: [\\d,]+ MB"), lines.get(6));
    }

    private static double number(String line, String suffix) {
        assertTrue(line.contains(suffix), line);
        return Double.parseDouble(line.substring(0, line.indexOf(suffix)));
    }
}

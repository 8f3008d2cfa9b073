package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** B-cubed and purity, on clusterings small enough to count by hand. */
class ClusterScorerTest {

    private static final List<String> GOLD = List.of("x", "x", "x", "y", "y");

    @Test
    void aPerfectClusteringScoresOne() {
        ClusterScorer.BCubed b = ClusterScorer.bcubed(List.of("1", "1", "1", "2", "2"), GOLD);
        assertEquals(1.0, b.f1(), 1e-9);
    }

    @Test
    void everythingInOneClusterHasFullRecallAndLowPrecision() {
        ClusterScorer.BCubed b = ClusterScorer.bcubed(List.of("1", "1", "1", "1", "1"), GOLD);
        // x items: 3/5 precise each; y items: 2/5 each -> (3*0.6 + 2*0.4) / 5 = 0.52
        assertEquals(0.52, b.precision(), 1e-9);
        assertEquals(1.0, b.recall(), 1e-9);
        assertEquals("s: P=0.520 R=1.000 F1=0.684 (n=5)", b.line("s"));
    }

    @Test
    void singletonsHaveFullPrecisionAndLowRecall() {
        ClusterScorer.BCubed b = ClusterScorer.bcubed(List.of("1", "2", "3", "4", "5"), GOLD);
        // x items: 1/3 recall each; y items: 1/2 each -> (3/3 + 2/2) / 5 = 0.4
        assertEquals(1.0, b.precision(), 1e-9);
        assertEquals(0.4, b.recall(), 1e-9);
    }

    @Test
    void purityCountsTheMajorityGroupOfEachCluster() {
        assertEquals(0.8, ClusterScorer.purity(List.of("1", "1", "1", "1", "2"), GOLD), 1e-9);
    }
}

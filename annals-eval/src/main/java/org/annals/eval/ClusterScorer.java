package org.annals.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a clustering of items against gold clusters with B-cubed (Bagga and Baldwin 1998): for each item,
 * precision is the share of its predicted cluster that shares its gold cluster, recall the share of its gold
 * cluster that shares its predicted cluster; both are averaged over items. Also the purity of predicted
 * clusters against a coarser gold grouping (for ECB+, the topic): the share of items whose predicted cluster's
 * majority group is their own.
 */
public final class ClusterScorer {

    private ClusterScorer() {
    }

    /** B-cubed precision, recall and F1 over {@code n} items. */
    public record BCubed(double precision, double recall, int n) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        /** {@code NAME: P=0.912 R=0.874 F1=0.893 (n=153)}. */
        public String line(String name) {
            return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f (n=%d)", name, precision, recall, f1(), n);
        }
    }

    /** B-cubed of {@code predicted} against {@code gold}, two labels per item, in the same order. */
    public static BCubed bcubed(List<String> predicted, List<String> gold) {
        check(predicted, gold);
        int n = predicted.size();
        Map<String, Integer> predSize = sizes(predicted);
        Map<String, Integer> goldSize = sizes(gold);
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            both.merge(predicted.get(i) + '\u0000' + gold.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int shared = both.get(predicted.get(i) + '\u0000' + gold.get(i));
            p += (double) shared / predSize.get(predicted.get(i));
            r += (double) shared / goldSize.get(gold.get(i));
        }
        return n == 0 ? new BCubed(0, 0, 0) : new BCubed(p / n, r / n, n);
    }

    /** The share of items whose predicted cluster's most frequent {@code group} is their own group. */
    public static double purity(List<String> predicted, List<String> group) {
        check(predicted, group);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            counts.computeIfAbsent(predicted.get(i), k -> new HashMap<>()).merge(group.get(i), 1, Integer::sum);
        }
        int majority = 0;
        for (Map<String, Integer> c : counts.values()) {
            majority += c.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return predicted.isEmpty() ? 0 : (double) majority / predicted.size();
    }

    private static Map<String, Integer> sizes(List<String> labels) {
        Map<String, Integer> out = new HashMap<>();
        for (String l : labels) {
            out.merge(l, 1, Integer::sum);
        }
        return out;
    }

    private static void check(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("two labellings of different sizes: " + a.size() + " and " + b.size());
        }
    }
}

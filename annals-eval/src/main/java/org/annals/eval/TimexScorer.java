package org.annals.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores found temporal expressions against gold ones as TempEval-3 (Task A) does.
 *
 * <ul>
 * <li>Extents are compared at token level. The official scorer tokenises the text with its own
 * {@code tokenize.pl}; here the text is cut by {@link #tokens(String)}: a run of letters and digits is one
 * token (with the {@code .} {@code ,} {@code :} between two digits: {@code 10:30}, {@code 3.5}), and every
 * other character that is not a space is a token of its own ({@code mid-2020} is three tokens). An extent
 * covers the tokens it overlaps.</li>
 * <li>Each gold expression is paired with at most one found expression that shares a token with it (the one
 * sharing most tokens, the earlier on a tie), and each found one with at most one gold one. A pair is a
 * <b>relaxed</b> match; it is a <b>strict</b> match when both cover the same tokens. The official scorer pairs
 * through the TimeML normaliser and collapses two found expressions over one gold one into one; here the
 * second counts as a false positive, which is slightly stricter.</li>
 * <li>Precision is over the found expressions, recall over the gold ones.</li>
 * <li>{@code value} and {@code type}: the share of relaxed pairs whose attribute is the gold's (accuracy)
 * times the relaxed precision, recall and F1, as the official scorer reports them.</li>
 * </ul>
 */
public final class TimexScorer {

    /**
     * A temporal expression to score, gold or found.
     *
     * @param start where it starts in the text
     * @param end one past its end
     * @param type DATE, TIME, DURATION or SET
     * @param value its TIMEX3 value, or {@code null}
     */
    public record Extent(int start, int end, String type, String value) {
    }

    /** A gold expression and what was found for it: {@code null} when nothing overlaps it. */
    public record Pair(Extent gold, Extent found, boolean strict) {
    }

    /**
     * Precision, recall and F1 of one figure.
     *
     * @param precision over the found expressions
     * @param recall over the gold ones
     * @param gold the number of gold expressions
     */
    public record Score(double precision, double recall, int gold) {

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        /** The house line: {@code name: P=0.912 R=0.874 F1=0.893 (n=102)}, n being the gold expressions. */
        public String line(String name) {
            return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f (n=%d)", name, precision, recall, f1(),
                    gold);
        }
    }

    private int gold;
    private int found;
    private int relaxed;
    private int strict;
    private int value;
    private int type;

    /**
     * Adds one document: the gold and the found expressions over the same text.
     *
     * @return for each gold expression, in order, its pair; then each found expression paired with none, as a
     *     pair without gold
     */
    public List<Pair> add(String text, List<Extent> goldOnes, List<Extent> foundOnes) {
        int[] tokenAt = tokenIndex(text);
        int[][] g = covered(goldOnes, tokenAt);
        int[][] f = covered(foundOnes, tokenAt);
        boolean[] used = new boolean[foundOnes.size()];
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < goldOnes.size(); i++) {
            int best = -1;
            int bestShared = 0;
            for (int k = 0; k < foundOnes.size(); k++) {
                int shared = shared(g[i], f[k]);
                if (!used[k] && shared > bestShared) {
                    best = k;
                    bestShared = shared;
                }
            }
            Extent e = goldOnes.get(i);
            if (best < 0) {
                pairs.add(new Pair(e, null, false));
                continue;
            }
            used[best] = true;
            Extent s = foundOnes.get(best);
            boolean same = g[i][0] == f[best][0] && g[i][1] == f[best][1];
            pairs.add(new Pair(e, s, same));
            relaxed++;
            strict += same ? 1 : 0;
            value += e.value() != null && e.value().equals(s.value()) ? 1 : 0;
            type += e.type() != null && e.type().equals(s.type()) ? 1 : 0;
        }
        for (int k = 0; k < foundOnes.size(); k++) {
            if (!used[k]) {
                pairs.add(new Pair(null, foundOnes.get(k), false));
            }
        }
        gold += goldOnes.size();
        found += foundOnes.size();
        return pairs;
    }

    /** Identical token extents. */
    public Score strict() {
        return new Score(ratio(strict, found), ratio(strict, gold), gold);
    }

    /** Overlapping token extents. */
    public Score relaxed() {
        return new Score(ratio(relaxed, found), ratio(relaxed, gold), gold);
    }

    /** Relaxed matches whose value is right: value accuracy times the relaxed figures. */
    public Score value() {
        return attribute(value);
    }

    /** Relaxed matches whose type is right: type accuracy times the relaxed figures. */
    public Score type() {
        return attribute(type);
    }

    /** The four lines {@code PREFIX-strict}, {@code -relaxed}, {@code -value}, {@code -type}. */
    public List<String> lines(String prefix) {
        return List.of(strict().line(prefix + "-strict"), relaxed().line(prefix + "-relaxed"),
                value().line(prefix + "-value"), type().line(prefix + "-type"));
    }

    private Score attribute(int right) {
        double accuracy = ratio(right, relaxed);
        Score r = relaxed();
        return new Score(accuracy * r.precision(), accuracy * r.recall(), gold);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /**
     * The tokens of {@code text} as {@code [start, end)} pairs: runs of letters and digits (joined across a
     * {@code .}, {@code ,} or {@code :} between two digits), and each other non-space character alone.
     */
    public static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == ',' || d == ':') && i + 1 < n && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    /** For every character, the index of its token, or -1 for a space. */
    private static int[] tokenIndex(String text) {
        int[] at = new int[text.length()];
        java.util.Arrays.fill(at, -1);
        List<int[]> ts = tokens(text);
        for (int t = 0; t < ts.size(); t++) {
            for (int c = ts.get(t)[0]; c < ts.get(t)[1]; c++) {
                at[c] = t;
            }
        }
        return at;
    }

    /** The first and last token each extent covers; {@code {0, -1}} for one that covers none. */
    private static int[][] covered(List<Extent> extents, int[] tokenAt) {
        int[][] out = new int[extents.size()][];
        for (int k = 0; k < extents.size(); k++) {
            Extent e = extents.get(k);
            int first = -1;
            int last = -1;
            for (int c = Math.max(0, e.start()); c < Math.min(e.end(), tokenAt.length); c++) {
                if (tokenAt[c] >= 0) {
                    first = first < 0 ? tokenAt[c] : first;
                    last = tokenAt[c];
                }
            }
            out[k] = first < 0 ? new int[] {0, -1} : new int[] {first, last};
        }
        return out;
    }

    private static int shared(int[] a, int[] b) {
        return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]) + 1);
    }
}

package org.annals.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores extracted article bodies against true ones as the article-extraction benchmark does: both texts are
 * cut into Unicode word tokens ({@code \w+}), tokens into overlapping 4-token shingles, and per page the
 * multiset overlap gives TP, FP and FN, normalised by their sum so that every page weighs the same. Precision
 * and recall are averaged over pages; F1 is computed from the two averages. Accuracy is the share of pages
 * whose shingles match exactly.
 */
public final class ExtractionScorer {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private double sumP;
    private double sumR;
    private int exact;
    private int pages;

    /** Adds one page. */
    public void add(String expected, String found) {
        Map<String, Integer> e = shingles(expected);
        Map<String, Integer> f = shingles(found);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Integer> en : f.entrySet()) {
            int g = e.getOrDefault(en.getKey(), 0);
            tp += Math.min(g, en.getValue());
            fp += Math.max(0, en.getValue() - g);
        }
        for (Map.Entry<String, Integer> en : e.entrySet()) {
            fn += Math.max(0, en.getValue() - f.getOrDefault(en.getKey(), 0));
        }
        double total = tp + fp + fn;
        double ntp = total == 0 ? 0 : tp / total;
        double nfp = total == 0 ? 0 : fp / total;
        double nfn = total == 0 ? 0 : fn / total;
        // an empty prediction of an empty truth is perfect; the benchmark counts such pages as exact
        sumP += ntp + nfp == 0 ? (nfn == 0 ? 1 : 0) : ntp / (ntp + nfp);
        sumR += ntp + nfn == 0 ? 1 : ntp / (ntp + nfn);
        if (e.equals(f)) {
            exact++;
        }
        pages++;
    }

    /** Shingles of 4 word tokens (fewer when the text is shorter), as a multiset. */
    static Map<String, Integer> shingles(String text) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.merge(String.join(" ", tokens), 1, Integer::sum);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }

    public int pages() {
        return pages;
    }

    public double precision() {
        return pages == 0 ? 0 : sumP / pages;
    }

    public double recall() {
        return pages == 0 ? 0 : sumR / pages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return pages == 0 ? 0 : exact / (double) pages;
    }

    /** {@code NAME: P=0.912 R=0.874 F1=0.893 (n=121)}. */
    public String line(String name) {
        return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f (n=%d)", name, precision(), recall(), f1(),
                pages);
    }

    /** {@code NAME-accuracy: 0.198 (24/121)}. */
    public String accuracyLine(String name) {
        return String.format(Locale.ROOT, "%s-accuracy: %.3f (%d/%d)", name, accuracy(), exact, pages);
    }
}

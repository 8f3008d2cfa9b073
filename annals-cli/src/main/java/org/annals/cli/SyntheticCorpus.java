package org.annals.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic news corpus with known near-copy groups, for benchmarks. Each group is an original article made of
 * sentences drawn from a seed corpus with a share of their words swapped for others of the seed vocabulary (so
 * that two originals share little), and, for some groups, a few rewrites of it as outlets republish wire copy:
 * another headline, a boilerplate line, a handful of words changed, a sentence dropped. Document {@code i} is a
 * pure function of {@code i} and the seed corpus, so any range of the corpus can be made on any thread.
 */
final class SyntheticCorpus {

    /** Sentences in an original. */
    static final int SENTENCES = 24;
    /** The share of an original's words swapped for random ones. */
    static final double SWAP = 0.3;
    /** The share of a rewrite's words changed. */
    static final double EDIT = 0.03;
    /** Documents per block: groups never cross a block. */
    static final int BLOCK = 64;

    private final String[] sentences;
    private final String[] words;
    private final long seed;

    /** A corpus drawn from the sentences of {@code texts}. */
    SyntheticCorpus(List<String> texts, long seed) {
        List<String> s = new ArrayList<>();
        List<String> w = new ArrayList<>();
        for (String t : texts) {
            for (String sentence : t.split("(?<=[.!?])\\s+")) {
                String clean = sentence.strip().replaceAll("\\s+", " ");
                if (clean.split(" ").length >= 6) {
                    s.add(clean);
                }
            }
            for (String word : t.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3) {
                    w.add(word);
                }
            }
        }
        if (s.isEmpty() || w.isEmpty()) {
            throw new IllegalArgumentException("the seed corpus has no sentences of six words or more");
        }
        this.sentences = s.toArray(String[]::new);
        this.words = w.toArray(String[]::new);
        this.seed = seed;
    }

    /** One generated document: its text and the group it belongs to (the index of the group's original). */
    record Doc(String text, int group) {
    }

    /**
     * Document {@code i}. Within each block of {@link #BLOCK} documents, groups of 1 to 5 follow one another:
     * about 70 % of groups are a lone original, the others an original and 1 to 4 rewrites.
     */
    Doc doc(int i) {
        int block = i / BLOCK;
        SplittableRandom layout = new SplittableRandom(seed ^ (block * 0x9E3779B97F4A7C15L));
        int start = block * BLOCK;
        int end = start + BLOCK;
        int first = start;
        while (true) {
            int size = layout.nextDouble() < 0.7 ? 1 : 2 + layout.nextInt(4);
            int last = Math.min(end, first + size);
            if (i < last) {
                String original = original(first);
                return i == first ? new Doc(original, first) : new Doc(rewrite(original, i), first);
            }
            first = last;
        }
    }

    private String original(int group) {
        SplittableRandom r = new SplittableRandom(seed * 31 + group);
        StringBuilder sb = new StringBuilder(4096);
        sb.append(headline(r)).append("\n\n");
        for (int k = 0; k < SENTENCES; k++) {
            for (String w : sentences[r.nextInt(sentences.length)].split(" ")) {
                sb.append(r.nextDouble() < SWAP ? words[r.nextInt(words.length)] : w).append(' ');
            }
            sb.setCharAt(sb.length() - 1, k % 4 == 3 ? '\n' : ' ');
        }
        return sb.toString();
    }

    private String rewrite(String original, int i) {
        SplittableRandom r = new SplittableRandom(seed * 17 + i);
        String[] lines = original.split("\n", -1);
        StringBuilder sb = new StringBuilder(original.length() + 200);
        sb.append(headline(r)).append("\n\n");
        int drop = r.nextDouble() < 0.3 ? 2 + r.nextInt(Math.max(1, lines.length - 2)) : -1;
        for (int k = 2; k < lines.length; k++) {
            if (k == drop) {
                continue;
            }
            for (String w : lines[k].split(" ")) {
                if (!w.isEmpty()) {
                    sb.append(r.nextDouble() < EDIT ? words[r.nextInt(words.length)] : w).append(' ');
                }
            }
            sb.append('\n');
        }
        sb.append("Copyright ").append(2000 + r.nextInt(26)).append(" Outlet ").append(r.nextInt(500))
                .append(". All rights reserved.\n");
        return sb.toString();
    }

    private String headline(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            sb.append(words[r.nextInt(words.length)]).append(' ');
        }
        return sb.toString().strip();
    }
}

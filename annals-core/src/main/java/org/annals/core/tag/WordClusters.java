package org.annals.core.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.core.text.Normalizer;

/**
 * Word clusters: every word of a vocabulary has a path of bits in a binary tree of clusters (Brown
 * clustering), and words that occur in similar contexts share long prefixes of their paths. The tagger reads
 * prefixes of a few lengths as features, so that a word it never saw in training still looks like the words
 * of its cluster. The built-in table, {@code word-clusters.tsv} beside this class, is made by annals-tools
 * from unlabelled text (see {@code NOTICE-ner.txt}).
 *
 * <p>A word is looked up as written, with every ASCII digit read as {@code 0} ({@link #form}); in a sentence
 * written in capitals it is also tried in title case ({@code LONDON} as {@code London}). Lookups make no
 * string. Immutable and safe to share.
 */
public final class WordClusters {

    /** The lengths of the path prefixes the tagger reads. */
    static final int[] PREFIXES = {4, 6, 10, 20};

    /** A word as the table keeps it: normalised like the text the pipeline reads, digits as {@code 0}. */
    public static String form(String word) {
        char[] c = Normalizer.normalize(word).toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = fold(c[i]);
        }
        return new String(c);
    }

    private static char fold(char c) {
        return c >= '0' && c <= '9' ? '0' : c;
    }

    /** How to read a word when looking it up. */
    static final int AS_WRITTEN = 0;
    static final int TITLE_CASE = 1;
    static final int LOWER_CASE = 2;

    private final List<String> paths;
    private final int[] prefixHashes;
    /** Open addressing: slot to word index + 1, 0 when empty. */
    private final int[] table;
    private final char[][] words;
    private final int[] clusterOfWord;
    private final int fingerprint;

    private WordClusters(List<String> wordList, List<String> pathOfWord) {
        Map<String, Integer> clusterIds = new HashMap<>();
        List<String> pathList = new ArrayList<>();
        int n = wordList.size();
        words = new char[n][];
        clusterOfWord = new int[n];
        int capacity = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        table = new int[capacity];
        int fp = 1;
        for (int i = 0; i < n; i++) {
            String w = wordList.get(i);
            String path = pathOfWord.get(i);
            words[i] = w.toCharArray();
            for (int k = 0; k < words[i].length; k++) {
                words[i][k] = fold(words[i][k]);
            }
            clusterOfWord[i] = clusterIds.computeIfAbsent(path, k -> {
                pathList.add(k);
                return pathList.size() - 1;
            });
            int slot = hash(new String(words[i]), 0, w.length(), AS_WRITTEN) & (capacity - 1);
            while (table[slot] != 0) {
                if (java.util.Arrays.equals(words[table[slot] - 1], words[i])) {
                    throw new IllegalArgumentException("word clusters: '" + w + "' twice");
                }
                slot = (slot + 1) & (capacity - 1);
            }
            table[slot] = i + 1;
            fp = fp * 31 + w.hashCode();
            fp = fp * 31 + path.hashCode();
        }
        paths = List.copyOf(pathList);
        prefixHashes = new int[paths.size() * PREFIXES.length];
        for (int c = 0; c < paths.size(); c++) {
            String path = paths.get(c);
            for (int k = 0; k < PREFIXES.length; k++) {
                int len = Math.min(PREFIXES[k], path.length());
                prefixHashes[c * PREFIXES.length + k] = Hashing.exact(path.substring(0, len));
            }
        }
        fingerprint = fp;
    }

    private static final class Holder {
        static final WordClusters BUILTIN = load();

        private static WordClusters load() {
            try (InputStream in = WordClusters.class.getResourceAsStream("word-clusters.tsv")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "word-clusters.tsv is missing from the resources of org.annals.core.tag");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in word-clusters.tsv", e);
            }
        }
    }

    /** The table that ships with annals, read once. */
    public static WordClusters builtin() {
        return Holder.BUILTIN;
    }

    /** A table of no words: every word is in no cluster. */
    public static WordClusters empty() {
        return new WordClusters(List.of(), List.of());
    }

    /** Clusters given as a map from word (as {@link #form} makes it) to path of bits. */
    public static WordClusters of(Map<String, String> pathOfWord) {
        List<String> w = new ArrayList<>(new java.util.TreeMap<>(pathOfWord).keySet());
        List<String> p = new ArrayList<>();
        for (String word : w) {
            p.add(check(pathOfWord.get(word), word));
        }
        return new WordClusters(w, p);
    }

    /**
     * Reads a table of lines {@code word TAB path} (UTF-8; lines starting with {@code #} and blank lines are
     * comments).
     *
     * @throws IOException when a line is not a word and a path of bits, or a word comes twice
     */
    public static WordClusters read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> w = new ArrayList<>();
        List<String> p = new ArrayList<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
                throw new IOException("word clusters, line " + lineNo + ": not 'word TAB path'");
            }
            try {
                w.add(line.substring(0, tab));
                p.add(check(line.substring(tab + 1), line.substring(0, tab)));
            } catch (IllegalArgumentException e) {
                throw new IOException("word clusters, line " + lineNo + ": " + e.getMessage());
            }
        }
        try {
            return new WordClusters(w, p);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage());
        }
    }

    private static String check(String path, String word) {
        if (path == null || path.isEmpty() || !path.chars().allMatch(c -> c == '0' || c == '1')) {
            throw new IllegalArgumentException("the path of '" + word + "' is not a string of bits: " + path);
        }
        return path;
    }

    /** The number of words. */
    public int size() {
        return words.length;
    }

    /** The number of clusters. */
    public int clusters() {
        return paths.size();
    }

    /** The path of {@code word} (looked up as written, digits as 0), or null when it is in no cluster. */
    public String path(String word) {
        int c = lookup(word, AS_WRITTEN);
        return c < 0 ? null : paths.get(c);
    }

    /**
     * True when {@code word} in lower case is a word of the table: a word the clustered text used in lower case,
     * a common word rather than only a name ("Grand", "Open" are; "Axel" is not).
     */
    public boolean hasLowerCase(String word) {
        return lookup(word, LOWER_CASE) >= 0;
    }

    /** A number that changes when any word or path changes, so that a model can tell the table it needs. */
    int fingerprint() {
        return fingerprint;
    }

    /**
     * The cluster of a word, or -1: looked up as written ({@link #AS_WRITTEN}) or with every letter after the
     * first in lower case ({@link #TITLE_CASE}), digits as 0.
     */
    int lookup(String text, int mode) {
        int len = text.length();
        if (words.length == 0 || len == 0) {
            return -1;
        }
        int m = table.length - 1;
        for (int slot = hash(text, 0, len, mode) & m; ; slot = (slot + 1) & m) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            char[] w = words[entry - 1];
            if (w.length == len && same(w, text, mode)) {
                return clusterOfWord[entry - 1];
            }
        }
    }

    /** The hash of the first {@code PREFIXES[k]} bits (or all, if fewer) of the path of cluster {@code c}. */
    int prefix(int c, int k) {
        return prefixHashes[c * PREFIXES.length + k];
    }

    private static char read(String s, int i, int mode) {
        char c = s.charAt(i);
        if ((mode == TITLE_CASE && i > 0) || mode == LOWER_CASE) {
            c = Character.toLowerCase(c);
        }
        return fold(c);
    }

    private static boolean same(char[] w, String text, int mode) {
        for (int i = 0; i < w.length; i++) {
            if (w[i] != read(text, i, mode)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String s, int from, int to, int mode) {
        int h = Hashing.start();
        for (int i = from; i < to; i++) {
            h = Hashing.add(h, read(s, i, mode));
        }
        return Hashing.mix(h);
    }
}

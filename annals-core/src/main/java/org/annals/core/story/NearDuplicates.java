package org.annals.core.story;

import java.util.Arrays;

/**
 * Finds near-copies among documents as they arrive: wire copy republished, a headline or boilerplate changed,
 * a paragraph cut. Each text is read as overlapping shingles of {@value #SHINGLE} words (case and punctuation
 * ignored), summarised by a MinHash signature of {@value #HASHES} values, and indexed by locality-sensitive
 * hashing in {@value #BANDS} bands of {@value #ROWS} values. A new document is a near-copy of an earlier one when
 * they share a band and their signatures agree on at least {@link #threshold()} of their values (an estimate of
 * the Jaccard similarity of their shingle sets). Cost is linear in the number of documents; memory is about
 * 400 bytes a document.
 *
 * <p>A near-copy points to the first document of its group, so a group is a star around its earliest member.
 * The answer for a document is: in the first band (in band order) where an earlier document with the same key
 * ({@link #bandKey}) is {@link #similar} (among the latest {@link #MAX_CHAIN} with that key, latest first), the
 * group of the first such document. A distributed job can find the same answers by grouping documents on their
 * band keys.
 * Deterministic: the same texts in the same order give the same answers. Not thread-safe.
 */
public final class NearDuplicates {

    /** Words in a shingle. */
    public static final int SHINGLE = 5;
    /** MinHash values per document. */
    public static final int HASHES = 128;
    /** LSH bands; {@code BANDS * ROWS == HASHES}. */
    public static final int BANDS = 32;
    /** Values per band. */
    public static final int ROWS = HASHES / BANDS;
    /** The default threshold: estimated Jaccard similarity of 0.5 or more. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /**
     * Candidates verified per band at most (the latest ones with the same band key), so that a flood of one
     * boilerplate costs a bounded time.
     */
    public static final int MAX_CHAIN = 64;

    private static final long[] MUL = new long[HASHES];
    private static final long[] ADD = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            MUL[i] = s | 1;
            s = mix(s + 0x9E3779B97F4A7C15L);
            ADD[i] = s;
        }
    }

    private final double threshold;
    private final int agree;
    /** Per band: an open-addressing table from band key to the last document that had it. */
    private final long[][] keys = new long[BANDS][];
    private final int[][] heads = new int[BANDS][];
    /** Per band and document: the previous document with the same band key, or -1. */
    private int[][] next = new int[BANDS][];
    /** Low 16 bits of each document's signature, {@link #HASHES} per document. */
    private char[] signatures;
    /** The group of each document: the index of its first member. */
    private int[] group;
    /** Per band: how many keys its table holds. */
    private final int[] used = new int[BANDS];
    private int size;

    public NearDuplicates() {
        this(DEFAULT_THRESHOLD, 1024);
    }

    /**
     * @param threshold the least estimated Jaccard similarity of a near-copy, in (0, 1]
     * @param expected how many documents to size the tables for (they grow as needed)
     */
    public NearDuplicates(double threshold, int expected) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.agree = (int) Math.ceil(threshold * HASHES);
        int cap = Math.max(16, expected);
        signatures = new char[cap * HASHES];
        group = new int[cap];
        int slots = Integer.highestOneBit(Math.max(16, cap * 2) - 1) << 1;
        for (int b = 0; b < BANDS; b++) {
            keys[b] = new long[slots];
            heads[b] = new int[slots];
            Arrays.fill(heads[b], -1);
            next[b] = new int[cap];
        }
    }

    public double threshold() {
        return threshold;
    }

    /** How many documents were added. */
    public int size() {
        return size;
    }

    /**
     * Adds the next document (its index is {@link #size()} before the call) and returns the index of the first
     * document of the group it near-copies, or -1 when it is the first of its kind. A text too short to make
     * one shingle is never a near-copy.
     */
    public int add(CharSequence text) {
        return add(signature(text));
    }

    /**
     * Adds the next document by its {@link #signature} (computed apart, on another thread if wished) and answers
     * as {@link #add(CharSequence)} does.
     */
    public int add(int[] sig) {
        if (sig != null && sig.length != HASHES) {
            throw new IllegalArgumentException("a signature has " + HASHES + " values, not " + sig.length);
        }
        int index = size;
        ensure(index + 1);
        size++;
        if (sig == null) {
            group[index] = index;
            for (int b = 0; b < BANDS; b++) {
                next[b][index] = -1;
            }
            Arrays.fill(signatures, index * HASHES, (index + 1) * HASHES, '\0');
            return -1;
        }
        for (int i = 0; i < HASHES; i++) {
            signatures[index * HASHES + i] = (char) sig[i];
        }
        int match = -1;
        long[] bandKeys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = bandKey(sig, b);
            bandKeys[b] = k;
            if (match >= 0) {
                continue;
            }
            int seen = 0;
            for (int d = lookup(b, k); d >= 0 && seen < MAX_CHAIN; d = next[b][d], seen++) {
                if (similar(d, index)) {
                    match = group[d];
                    break;
                }
            }
        }
        group[index] = match >= 0 ? match : index;
        for (int b = 0; b < BANDS; b++) {
            insert(b, bandKeys[b], index);
        }
        return match;
    }

    /** The group (index of the first member) of document {@code index}. */
    public int groupOf(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return group[index];
    }

    /** The estimated Jaccard similarity of two added documents. */
    public double similarity(int a, int b) {
        return (double) agreements(a, b) / HASHES;
    }

    private boolean similar(int a, int b) {
        return agreements(a, b) >= agree;
    }

    private int agreements(int a, int b) {
        int n = 0;
        int oa = a * HASHES;
        int ob = b * HASHES;
        for (int i = 0; i < HASHES; i++) {
            if (signatures[oa + i] == signatures[ob + i]) {
                n++;
            }
        }
        return n;
    }

    /**
     * The MinHash signature of a text's word shingles, or {@code null} when it has fewer than SHINGLE words.
     * A pure function: safe to call from many threads.
     */
    public static int[] signature(CharSequence text) {
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Integer.MAX_VALUE);
        long[] window = new long[SHINGLE];
        int words = 0;
        long h = 0;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
                inWord = true;
            } else if (inWord) {
                window[words % SHINGLE] = mix(h);
                words++;
                h = 0;
                inWord = false;
                if (words >= SHINGLE) {
                    update(minima, shingle(window, words));
                }
            }
        }
        if (words < SHINGLE) {
            return null;
        }
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = (int) minima[i];
        }
        return sig;
    }

    private static long shingle(long[] window, int words) {
        long s = 0;
        for (int j = 0; j < SHINGLE; j++) {
            s = s * 0x100000001B3L + window[(words + j) % SHINGLE];
        }
        return mix(s);
    }

    /**
     * Lowers each of the {@link #HASHES} minima to the shingle's value by that hash where it is smaller. The
     * values are below 2^31, so {@code min(m, v)} is {@code m + (d & (d >> 63))} with {@code d = v - m}: without
     * a branch or a narrowing to int, the loop is one the compiler makes into vector instructions (about four
     * times faster than comparing and storing each value, for the same minima).
     */
    private static void update(long[] minima, long shingle) {
        for (int i = 0; i < HASHES; i++) {
            long d = ((shingle * MUL[i] + ADD[i]) >>> 33) - minima[i];
            minima[i] += d & (d >> 63);
        }
    }

    /**
     * True when two signatures agree on at least {@code threshold} of their values, as {@link #add} checks a
     * candidate (on the low 16 bits of each value, as it keeps them).
     */
    public static boolean similar(int[] a, int[] b, double threshold) {
        int n = 0;
        for (int i = 0; i < HASHES; i++) {
            if ((char) a[i] == (char) b[i]) {
                n++;
            }
        }
        return n >= (int) Math.ceil(threshold * HASHES);
    }

    /**
     * The key of a signature in one band: documents are candidates for each other in a band where their keys
     * are equal. Never 0.
     */
    public static long bandKey(int[] sig, int band) {
        long k = band + 1;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            k = mix(k * 31 + sig[r]);
        }
        return k == 0 ? 1 : k;
    }

    private int lookup(int band, long key) {
        long[] ks = keys[band];
        int mask = ks.length - 1;
        for (int slot = (int) key & mask; ; slot = (slot + 1) & mask) {
            if (ks[slot] == 0) {
                return -1;
            }
            if (ks[slot] == key) {
                return heads[band][slot];
            }
        }
    }

    private void insert(int band, long key, int doc) {
        long[] ks = keys[band];
        int mask = ks.length - 1;
        int slot = (int) key & mask;
        while (ks[slot] != 0 && ks[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (ks[slot] == 0) {
            ks[slot] = key;
            next[band][doc] = -1;
            if (++used[band] > ks.length / 2) {
                grow(band);
            }
        } else {
            next[band][doc] = heads[band][slot];
        }
        heads[band][slot] = doc;
    }

    private void grow(int b) {
        long[] oldKeys = keys[b];
        int[] oldHeads = heads[b];
        long[] ks = new long[oldKeys.length * 2];
        int[] hs = new int[ks.length];
        int mask = ks.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = (int) oldKeys[i] & mask;
                while (ks[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                ks[slot] = oldKeys[i];
                hs[slot] = oldHeads[i];
            }
        }
        keys[b] = ks;
        heads[b] = hs;
    }

    private void ensure(int docs) {
        if (docs <= group.length) {
            return;
        }
        int cap = Math.max(docs, group.length + (group.length >> 1));
        group = Arrays.copyOf(group, cap);
        signatures = Arrays.copyOf(signatures, cap * HASHES);
        for (int b = 0; b < BANDS; b++) {
            next[b] = Arrays.copyOf(next[b], cap);
        }
    }

    /** A 64-bit finaliser (SplitMix64's), so that nearby inputs land far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

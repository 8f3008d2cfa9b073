package org.annals.core.story;

/**
 * How many documents hold each term, by term key ({@link StoryBlocks#termKey}): an open-addressing table of
 * primitive keys and counts, with none of the boxing of a {@code Map<Long, Integer>}. A slot is free while its
 * count is 0, as a counted key has at least 1.
 */
final class TermCounts {

    private long[] keys;
    private int[] counts;
    private int size;

    /** A table sized for about {@code expected} terms (it grows past them). */
    TermCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, Math.min(expected, 1 << 28)) - 1) << 2;
        keys = new long[capacity];
        counts = new int[capacity];
    }

    /** Counts one more document holding the term of key {@code key}. */
    void add(long key) {
        int slot = slot(keys, counts, key);
        if (counts[slot] == 0) {
            keys[slot] = key;
            size++;
        }
        counts[slot]++;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** How many documents hold the term of key {@code key}: 0 for one never counted. */
    int get(long key) {
        return counts[slot(keys, counts, key)];
    }

    /** The slot of {@code key}: where it is, else the free slot where it would go. */
    private static int slot(long[] keys, int[] counts, long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (counts[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] != 0) {
                int slot = slot(keys, counts, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}

package org.annals.core.tag;

/**
 * A map from int keys to int values with open addressing, cleared in constant time (a slot is in use when
 * its stamp is the current one). Not thread-safe; one per tagger.
 */
final class IntMap {

    private int[] keys;
    private int[] values;
    private int[] stamps;
    private int stamp = 1;
    private int size;

    IntMap(int capacity) {
        int c = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        keys = new int[c];
        values = new int[c];
        stamps = new int[c];
    }

    void clear() {
        stamp++;
        size = 0;
        if (stamp == Integer.MAX_VALUE) {
            java.util.Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    /** The value of {@code key}, or {@code missing}. */
    int get(int key, int missing) {
        int m = keys.length - 1;
        for (int i = Hashing.mix(key) & m; ; i = (i + 1) & m) {
            if (stamps[i] != stamp) {
                return missing;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    void put(int key, int value) {
        int m = keys.length - 1;
        for (int i = Hashing.mix(key) & m; ; i = (i + 1) & m) {
            if (stamps[i] != stamp) {
                stamps[i] = stamp;
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return;
            }
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
        }
    }

    /** Sets the bits of {@code bits} in the value of {@code key} (0 when absent). */
    void or(int key, int bits) {
        put(key, get(key, 0) | bits);
    }

    private void grow() {
        int[] k = keys;
        int[] v = values;
        int[] s = stamps;
        int old = stamp;
        keys = new int[k.length * 2];
        values = new int[k.length * 2];
        stamps = new int[k.length * 2];
        stamp = 1;
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (s[i] == old) {
                put(k[i], v[i]);
            }
        }
    }
}

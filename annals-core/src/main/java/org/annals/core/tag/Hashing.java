package org.annals.core.tag;

/**
 * The hashing of features into the weight table: values (words, shapes, affixes, labels) are hashed from
 * their characters or ints, and a feature is the mix of its template's number with its values. No string is
 * made on the way.
 */
final class Hashing {

    private static final int FNV_OFFSET = 0x811C9DC5;
    private static final int FNV_PRIME = 0x01000193;

    private Hashing() {
    }

    /** The final mix of MurmurHash3: spreads every input bit over the whole word. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** A feature of template {@code template} with one value. */
    static int feature(int template, int value) {
        return mix(template * 0x9E3779B1 + mix(value));
    }

    /** A feature of template {@code template} with two values (a conjunction). */
    static int feature(int template, int a, int b) {
        return mix(feature(template, a) * 0x27D4EB2F + mix(b ^ 0x165667B1));
    }

    /** A feature of template {@code template} with three values. */
    static int feature(int template, int a, int b, int c) {
        return mix(feature(template, a, b) * 0x27D4EB2F + mix(c ^ 0x5BD1E995));
    }

    static int start() {
        return FNV_OFFSET;
    }

    /** Adds one character to a running hash. */
    static int add(int h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    /** The hash of the lower-cased characters {@code s[from, to)}. */
    static int lower(String s, int from, int to) {
        int h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = add(h, Character.toLowerCase(s.charAt(i)));
        }
        return h;
    }

    /** The hash of the characters of {@code s} as they are. */
    static int exact(String s) {
        int h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = add(h, s.charAt(i));
        }
        return h;
    }
}

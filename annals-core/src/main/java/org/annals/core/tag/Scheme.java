package org.annals.core.tag;

/**
 * How entity spans become one label per token. {@link #BIO}: {@code B-X} opens an entity, {@code I-X} goes on
 * with it. {@link #BILOU}: also {@code L-X} for the last token and {@code U-X} for a one-token entity, which
 * gives the tagger more to tell apart. Label 0 is {@code O} in both.
 */
public enum Scheme {
    BIO(2), BILOU(4);

    static final int B = 0;
    static final int I = 1;
    static final int L = 2;
    static final int U = 3;

    private final int perType;

    Scheme(int perType) {
        this.perType = perType;
    }

    /** The number of labels for {@code types} entity types, {@code O} included. */
    int labels(int types) {
        return 1 + perType * types;
    }

    /** The label of a token at {@code position} (B, I, L or U) of an entity of type {@code type}. */
    int label(int type, int position) {
        if (this == BIO) {
            position = position == B || position == U ? B : I;
        }
        return 1 + perType * type + position;
    }

    /** The type of a label, or -1 for O. */
    int type(int label) {
        return label == 0 ? -1 : (label - 1) / perType;
    }

    /** The position of a label (B, I, L or U); meaningless for O. */
    int position(int label) {
        return (label - 1) % perType;
    }

    /** True when a token labelled {@code label} goes on with the entity of the token before ({@code prev}). */
    boolean continues(int label) {
        int p = position(label);
        return label != 0 && (p == I || p == L);
    }

    /** True when {@code label} may follow {@code prev} ({@code prev} -1 at the start of a sentence). */
    boolean allowed(int prev, int label) {
        if (this == BIO) {
            return !continues(label) || (prev > 0 && type(prev) == type(label));
        }
        boolean open = prev > 0 && (position(prev) == B || position(prev) == I);
        return open ? continues(label) && type(prev) == type(label) : !continues(label);
    }

    /** Fills {@code out[0, n)} with the labels of the entities given as {@code [start, end)} pairs and types. */
    void encode(int[] starts, int[] ends, int[] types, int count, int n, int[] out) {
        java.util.Arrays.fill(out, 0, n, 0);
        for (int e = 0; e < count; e++) {
            int s = starts[e];
            int t = ends[e];
            if (t - s == 1) {
                out[s] = label(types[e], U);
            } else {
                out[s] = label(types[e], B);
                for (int k = s + 1; k < t - 1; k++) {
                    out[k] = label(types[e], I);
                }
                out[t - 1] = label(types[e], L);
            }
        }
    }
}

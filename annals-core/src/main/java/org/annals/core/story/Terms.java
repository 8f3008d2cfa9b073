package org.annals.core.story;

import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a {@link Profile}: sorted, each with its count and its key ({@link StoryBlocks#termKey}), the key
 * computed once here rather than each time a frequency is counted or looked up. Immutable.
 */
final class Terms implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] terms;
    private final double[] counts;
    private final long[] keys;

    private Terms(String[] terms, double[] counts) {
        if (terms.length != counts.length) {
            throw new IllegalArgumentException("as many counts as terms are needed");
        }
        this.terms = terms;
        this.counts = counts;
        this.keys = new long[terms.length];
        for (int i = 0; i < terms.length; i++) {
            keys[i] = StoryBlocks.termKey(terms[i]);
        }
    }

    /** The terms counted in {@code counts} (in their natural order). */
    static Terms of(java.util.SortedMap<String, Double> counts) {
        if (counts.comparator() != null) {
            throw new IllegalArgumentException("terms are kept in their natural order");
        }
        String[] terms = new String[counts.size()];
        double[] c = new double[terms.length];
        int i = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            terms[i] = e.getKey();
            c[i++] = e.getValue();
        }
        return new Terms(terms, c);
    }

    /** The terms {@code terms}, already sorted and distinct, with their counts (the arrays are kept). */
    static Terms sorted(String[] terms, double[] counts) {
        for (int i = 1; i < terms.length; i++) {
            if (terms[i - 1].compareTo(terms[i]) >= 0) {
                throw new IllegalArgumentException("terms not sorted: " + terms[i - 1] + ", " + terms[i]);
            }
        }
        return new Terms(terms, counts);
    }

    int size() {
        return terms.length;
    }

    String term(int i) {
        return terms[i];
    }

    double count(int i) {
        return counts[i];
    }

    long key(int i) {
        return keys[i];
    }

    /** The terms, sorted (a copy). */
    String[] toArray() {
        return terms.clone();
    }

    /** The terms as an unmodifiable set, in order. */
    Set<String> asSet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return Arrays.asList(terms).iterator();
            }

            @Override
            public int size() {
                return terms.length;
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof String s && Arrays.binarySearch(terms, s) >= 0;
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Terms t && Arrays.equals(terms, t.terms) && Arrays.equals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < terms.length; i++) {
            b.append(i == 0 ? "" : ", ").append(terms[i]).append('=').append(counts[i]);
        }
        return b.append('}').toString();
    }
}

package org.annals.core.story;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The part of a story that falls in one block of dates ({@link StoryBlocks}): what joining it to the parts of
 * other blocks needs, and nothing of its documents but their number. Serializable, to travel between machines.
 */
public final class StoryPart implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int id;
    private final long block;
    private final int size;
    private final LocalDate first;
    private final LocalDate last;
    private final List<Stories.Key> keys;
    private final List<Stories.Key> placed;
    /** The heaviest terms of the sum of its documents' vectors, in term order, and their weights. */
    private final String[] terms;
    private final double[] weights;
    /** Its {@link AverageLink#PROBES} heaviest terms, heaviest first. */
    private final List<String> probes;
    private final List<String> leads;

    StoryPart(int id, long block, int size, LocalDate first, LocalDate last, List<Stories.Key> keys,
              List<Stories.Key> placed, Map<String, Double> sum, List<String> leads) {
        this.id = id;
        this.block = block;
        this.size = size;
        this.first = first;
        this.last = last;
        this.keys = keys;
        this.placed = placed;
        this.leads = List.copyOf(leads);
        List<String> heaviest = AverageLink.heaviest(sum, TERMS);
        this.probes = List.copyOf(heaviest.subList(0, Math.min(AverageLink.PROBES, heaviest.size())));
        this.terms = heaviest.toArray(new String[0]);
        java.util.Arrays.sort(terms);
        this.weights = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = sum.get(terms[i]);
        }
    }

    /**
     * How many of the heaviest terms of its summed vector a part keeps: all of a few documents', the weight
     * that matters of a large story's.
     */
    static final int TERMS = 1000;

    /** The part's id: the place of its first document in the canonical order of the whole set. */
    public int id() {
        return id;
    }

    /** Its block ({@link StoryBlocks#block}), {@link StoryBlocks#UNDATED} for undated documents. */
    public long block() {
        return block;
    }

    /** How many documents it holds (near-copies not counted). */
    public int size() {
        return size;
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    List<Stories.Key> keys() {
        return keys;
    }

    List<Stories.Key> placed() {
        return placed;
    }

    /**
     * About how many bytes this part takes on the heap (for a host that must weigh what it holds without
     * walking it).
     */
    public long bytes() {
        return 400 + 130L * terms.length + 300L * (keys.size() + placed.size()) + 60L * leads.size();
    }

    /**
     * The actors its documents' titles and ledes name ({@link Profile#leads}), those named by most of its
     * documents first (ties in term order), at most {@link StoryBlocks#VISITS}.
     */
    List<String> leads() {
        return leads;
    }

    List<String> probes() {
        return probes;
    }

    /**
     * The dot product of the sums of two parts' document vectors (over the {@link #TERMS} heaviest terms of
     * each): the sum of the cosines of every pair of their documents.
     */
    static double dot(StoryPart a, StoryPart b) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms.length && j < b.terms.length) {
            int c = a.terms[i].compareTo(b.terms[j]);
            if (c == 0) {
                dot += a.weights[i++] * b.weights[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    @Override
    public String toString() {
        return "StoryPart[" + id + " in block " + block + ", " + size + " documents]";
    }
}

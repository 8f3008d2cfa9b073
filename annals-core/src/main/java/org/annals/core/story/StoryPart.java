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
    private final Map<String, Double> sum;

    StoryPart(int id, long block, int size, LocalDate first, LocalDate last, List<Stories.Key> keys,
              List<Stories.Key> placed, Map<String, Double> sum) {
        this.id = id;
        this.block = block;
        this.size = size;
        this.first = first;
        this.last = last;
        this.keys = keys;
        this.placed = placed;
        this.sum = sum;
    }

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

    /** The sum of its documents' unit-length TF-IDF vectors. */
    Map<String, Double> sum() {
        return sum;
    }

    @Override
    public String toString() {
        return "StoryPart[" + id + " in block " + block + ", " + size + " documents]";
    }
}

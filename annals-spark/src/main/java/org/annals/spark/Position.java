package org.annals.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a document stands in the input, so that the job's output and its stories follow the input order. For
 * text files: the file's index in the listing ({@code file} empty), as {@code annals analyze} reads them; for
 * JSON lines and Parquet: the file's path, then the split's byte offset and the row within it (JSON lines) or
 * the row index (Parquet).
 *
 * @param file the file's path, or {@code ""} for text files
 * @param offset the file's index (text files), or the byte offset of the split that holds the row
 * @param row the row within the split, or within the file
 */
public record Position(String file, long offset, long row) implements Serializable, Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingLong(Position::offset).thenComparingLong(Position::row);

    @Override
    public int compareTo(Position o) {
        return ORDER.compare(this, o);
    }
}

package org.annals.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a document stands in the input, so that the job's output and its stories follow the input order. For
 * text and WARC files: the file's index in the listing ({@code file} empty), as {@code annals analyze} reads
 * them, then the record within it (WARC); for JSON lines and Parquet: the file's path, then the line number
 * (JSON lines) or the row index (Parquet).
 *
 * @param file the file's path, or {@code ""} for text and WARC files
 * @param offset the file's index (text and WARC files), else 0
 * @param row the record (WARC), line (JSON lines) or row (Parquet) in the file
 */
public record Position(String file, long offset, long row) implements Serializable, Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingLong(Position::offset).thenComparingLong(Position::row);

    @Override
    public int compareTo(Position o) {
        return ORDER.compare(this, o);
    }
}

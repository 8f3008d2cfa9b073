package org.annals.core.model;

/**
 * A half-open range {@code [start, end)} of character offsets into a document's text exactly as it was
 * read (Java {@code String} indices, UTF-16 code units), never into a normalised copy.
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** The span used where a record has no place in the text ("untracked"). Never {@code null}. */
    public static final Span NONE = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    /** The text this span covers in {@code text}. */
    public String covered(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span that covers both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}

package org.annals.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** An iterator whose next item is computed only when asked for; {@link #compute()} returns null at the end. */
abstract class Lazy<T> implements Iterator<T> {

    private T next;
    private boolean done;

    /** The next item, or {@code null} when there is none. */
    protected abstract T compute();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = compute();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T t = next;
        next = null;
        return t;
    }
}

package org.annals.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

import org.annals.store.Store;

/**
 * A few open connections to one store. A {@link Store} serves one thread at a time, so each request borrows one
 * for as long as it reads; SQLite in WAL mode lets the connections read side by side while one writes.
 */
final class StorePool implements AutoCloseable {

    private final BlockingQueue<Store> idle;
    private final List<Store> all = new ArrayList<>();

    StorePool(String db, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool holds at least one store");
        }
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Store s = Store.open(db);
                all.add(s);
                idle.add(s);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs {@code work} with a store of the pool, waiting for one if all are busy. */
    <T> T with(Function<Store, T> work) {
        Store s;
        try {
            s = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
        try {
            return work.apply(s);
        } finally {
            idle.add(s);
        }
    }

    @Override
    public void close() {
        for (Store s : all) {
            s.close();
        }
        all.clear();
    }
}

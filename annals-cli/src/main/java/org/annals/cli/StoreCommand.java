package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

import org.annals.store.Filter;
import org.annals.store.Store;
import org.annals.store.StoreException;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that reads the store with filters: checks the options (exit code 2 with a line saying what is
 * wrong), opens the store, and reports a failure of the store or of the output as one line (exit code 1).
 */
abstract class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filters;

    /** The most rows, 0 for all. */
    abstract int limit();

    /** Reads the store and writes the answer to {@code out}. */
    abstract void query(Store store, Filter filter, PrintWriter out) throws IOException;

    /** The store to read: the one of {@code --db}; {@code null} after a line on {@code err} saying why not. */
    Store open(PrintWriter err) {
        return db.open(err);
    }

    /** How many inputs could not be read (a command that reads files as well as stores counts them). */
    int failures() {
        return 0;
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Filter filter = limit() < 0 ? null : filters.filter(limit());
        if (filter == null) {
            err.println("annals " + spec.name() + ": --from and --to take YYYY-MM-DD, YYYY-MM or YYYY; "
                    + "--limit is 0 or more");
            return 2;
        }
        Store store = open(err);
        if (store == null) {
            return 1;
        }
        try (store) {
            query(store, filter, out);
            out.flush();
            return failures() == 0 ? 0 : 1;
        } catch (StoreException | IOException | UncheckedIOException e) {
            err.println("annals: " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            closed();
        }
    }

    /** Called once the store is closed (a command that made a temporary store deletes it here). */
    void closed() {
    }
}

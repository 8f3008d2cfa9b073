package org.annals.cli;

import java.io.PrintWriter;

import org.annals.store.Store;
import org.annals.store.StoreException;

import picocli.CommandLine.Option;

/** The {@code --db} option of the commands that use a store. */
final class DbOption {

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "annals.db",
            description = "The store: a SQLite file (default: ${DEFAULT-VALUE} in the working folder), or "
                    + "postgresql://HOST:PORT/DB?user=NAME&password=SECRET for PostgreSQL.")
    String db;

    /** The store, or {@code null} after a line on {@code err} saying why it cannot be opened. */
    Store open(PrintWriter err) {
        try {
            return Store.open(db);
        } catch (StoreException e) {
            err.println("annals: " + e.getMessage());
            err.flush();
            return null;
        }
    }
}

package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default: one SQLite file. */
class SqliteStoreTest extends StoreContractTest {

    @TempDir
    Path dir;

    @Override
    Store create() {
        return Store.open(dir.resolve("annals.db").toString());
    }

    @Override
    Store reopen() {
        return create();
    }

    @Test
    void isOneFileInWalModeWithItsSchemaVersion() throws Exception {
        store.put(three());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("annals.db"));
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                r.next();
                assertEquals("wal", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("SELECT version, name FROM schema_version")) {
                r.next();
                assertEquals(1, r.getInt(1));
                assertEquals("V1__documents_and_layers.sql", r.getString(2));
            }
        }
    }

    @Test
    void bringsAStoreOfVersionOneUpToDateWithItsActorsCounted() throws Exception {
        store.put(three());
        java.util.List<ActorRow> counted = store.actors(Filter.ALL);
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("annals.db"));
             Statement s = c.createStatement()) {
            // back to what version 1 had
            for (String sql : new String[] {"DROP TABLE actor_stats", "DROP INDEX event_actors_actor",
                    "DROP INDEX events_place", "DROP INDEX quotes_speaker", "ALTER TABLE counts DROP COLUMN event",
                    "DELETE FROM schema_version WHERE version >= 2"}) {
                s.execute(sql);
            }
        }
        store = create();
        assertEquals(counted, store.actors(Filter.ALL));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("annals.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            assertEquals(3, r.getInt(1));
        }
    }

    @Test
    void refusesAStoreOfANewerSchema() throws Exception {
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("annals.db"));
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, name, applied) VALUES (99, 'V99__future.sql', 'later')");
        }
        StoreException e = assertThrows(StoreException.class, this::create);
        assertEquals(dir.resolve("annals.db")
                + ": the store's schema is version 99, newer than this annals (3): use a newer annals",
                e.getMessage());
        store = null;
    }

    @Test
    void refusesAFolderThatIsNotThere() {
        assertThrows(StoreException.class, () -> Store.open(dir.resolve("no/such/folder/annals.db").toString()));
    }
}

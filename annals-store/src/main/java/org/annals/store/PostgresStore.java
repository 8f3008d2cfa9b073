package org.annals.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The team store: PostgreSQL, with the same tables as {@link SqliteStore} and full-text search over
 * {@code to_tsvector('english', text)} (a GIN index). Opened with
 * {@code postgresql://host:port/db?user=...&password=...} (or a {@code jdbc:postgresql:} address).
 */
public final class PostgresStore extends JdbcStore {

    private PostgresStore(Connection conn, String address) {
        super(conn, "postgresql", Map.of("serial", "BIGSERIAL PRIMARY KEY", "double", "DOUBLE PRECISION"), address);
    }

    public static PostgresStore open(String address) {
        String jdbc = address.startsWith("jdbc:") ? address
                : "jdbc:postgresql:" + address.substring(address.indexOf("//"));
        try {
            return new PostgresStore(DriverManager.getConnection(jdbc), redact(address));
        } catch (SQLException e) {
            throw new StoreException(redact(address) + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    /** The address without its password, for messages. */
    static String redact(String address) {
        return address.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    protected void indexText(String documentId, String text) {
        // the GIN expression index follows the table by itself
    }

    @Override
    protected String searchSql(String where, boolean limited) {
        return "SELECT d.id, d.source, d.published, d.url, "
                + "ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=16, MinWords=8') "
                + "FROM documents d, plainto_tsquery('english', ?) q "
                + "WHERE to_tsvector('english', d.text) @@ q" + where
                + " ORDER BY ts_rank(to_tsvector('english', d.text), q) DESC, d.seq" + (limited ? " LIMIT ?" : "");
    }

    /** The words, space-separated: {@code plainto_tsquery} requires them all. */
    @Override
    protected String searchQuery(String query) {
        return String.join(" ", words(query));
    }
}

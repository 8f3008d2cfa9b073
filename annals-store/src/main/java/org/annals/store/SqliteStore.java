package org.annals.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The embedded default: one SQLite file in WAL mode (readers never wait for the writer, and a process killed at
 * any moment leaves the file at its last committed transaction), with an FTS5 index over the documents' text
 * (Porter stemming over Unicode words).
 */
public final class SqliteStore extends JdbcStore {

    private SqliteStore(Connection conn, Path file) {
        super(conn, "sqlite", Map.of("serial", "INTEGER PRIMARY KEY AUTOINCREMENT", "double", "REAL"),
                file.toString());
    }

    public static SqliteStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException(file + ": no such folder: " + parent);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 30000");
                s.execute("PRAGMA journal_mode = WAL");
                // in WAL mode, NORMAL loses no committed transaction when the process dies (only at power loss)
                s.execute("PRAGMA synchronous = NORMAL");
            }
            return new SqliteStore(c, file);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    @Override
    protected void indexText(String documentId, String text) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO documents_fts (rowid, text) "
                + "SELECT seq, text FROM documents WHERE id = ?")) {
            p.setString(1, documentId);
            p.executeUpdate();
        }
    }

    /** Read by rowid ({@code seq}): else SQLite may read the smaller index of ids and sort every row. */
    @Override
    protected String documentsInOrder() {
        return "documents d NOT INDEXED";
    }

    @Override
    protected String searchSql(String where, boolean limited) {
        return "SELECT d.id, d.source, d.published, d.url, "
                + "snippet(documents_fts, 0, '[', ']', '\u2026', 16) "
                + "FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid "
                + "WHERE documents_fts MATCH ?" + where
                + " ORDER BY bm25(documents_fts), d.seq" + (limited ? " LIMIT ?" : "");
    }

    /** Every word quoted (FTS5 then reads no operator in it), all of them required. */
    @Override
    protected String searchQuery(String query) {
        List<String> words = words(query);
        return words.stream().map(w -> '"' + w + '"').collect(Collectors.joining(" "));
    }
}

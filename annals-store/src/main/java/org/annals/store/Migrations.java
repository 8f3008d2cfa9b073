package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings a database's schema up to date. Migrations are SQL resources named {@code V<n>__<what>.sql}, listed in
 * order in {@code org/annals/store/migrations/migrations.txt}: the script of that folder is shared by the
 * dialects (its placeholders {@code serial} and {@code double} in double braces take a dialect's words), and a
 * script of the same name in {@code org/annals/store/DIALECT/}, when there is one, follows it with what only that
 * dialect has (its full-text index). The table {@code schema_version} records the versions applied. Each
 * migration runs in its own transaction, so a crash leaves the schema at the last whole version. A database
 * newer than this code is refused.
 */
final class Migrations {

    private Migrations() {
    }

    /** Applies the missing migrations of {@code dialect}; returns the schema version reached. */
    static int migrate(Connection c, String dialect, Map<String, String> words) throws SQLException {
        List<String> names = list();
        boolean auto = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name TEXT NOT NULL, applied TEXT NOT NULL)");
        }
        int current = current(c);
        if (current > names.size()) {
            throw new StoreException("the store's schema is version " + current + ", newer than this annals ("
                    + names.size() + "): use a newer annals");
        }
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= names.size(); v++) {
                String name = names.get(v - 1);
                if (!name.startsWith("V" + v + "__")) {
                    throw new IllegalStateException("migrations/migrations.txt: line " + v + " must be V" + v
                            + "__...: " + name);
                }
                try (Statement s = c.createStatement()) {
                    String script = read("migrations/" + name);
                    for (Map.Entry<String, String> w : words.entrySet()) {
                        script = script.replace("{{" + w.getKey() + "}}", w.getValue());
                    }
                    String own = readIfThere(dialect + "/" + name);
                    for (String sql : statements(own == null ? script : script + "\n" + own)) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, name);
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return names.size();
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static List<String> list() {
        List<String> out = new ArrayList<>();
        for (String line : read("migrations/migrations.txt").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** The statements of a script: split at semicolons that end a line, comment lines dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            cur.append(line).append('\n');
            if (t.endsWith(";")) {
                String sql = cur.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }

    private static String read(String resource) {
        String s = readIfThere(resource);
        if (s == null) {
            throw new IllegalStateException("missing resource org/annals/store/" + resource);
        }
        return s;
    }

    private static String readIfThere(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.annals.store.DocumentKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annals ingest} survives {@code kill -9}: the real command runs in a child JVM over a folder of generated
 * articles, is killed with SIGKILL ({@link Process#destroyForcibly}) three times at random points of its work,
 * and is run again to the end. Then every article is stored exactly once, with its layers and its full-text
 * entry, and a second ingest adds nothing.
 */
class IngestCrashTest {

    /** How many articles: enough for the kills to land inside the work, small enough for two cores. */
    static final int ARTICLES = Integer.getInteger("annals.crashTest.articles", 10_000);

    @TempDir
    Path dir;

    @Test
    void everyArticleOnceAfterThreeKills() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Set<String> hashes = Articles.write(corpus, ARTICLES, new Random(9));
        Path db = dir.resolve("annals.db");
        Random random = new Random(20261124);

        for (int kill = 1; kill <= 3; kill++) {
            // the kills land while a quarter, a half and three quarters of the articles are stored, give or take
            long target = ARTICLES * (kill * 25L - 10 + random.nextInt(20)) / 100;
            Process p = ingest(corpus, db, dir.resolve("kill" + kill + ".log"));
            while (p.isAlive() && stored(db) < target) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(300));
            assertTrue(p.isAlive(), "the ingest ended before kill " + kill + ": " + log(dir, "kill" + kill));
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
            System.out.printf("kill %d: at about %,d of %,d articles stored, %,d were stored%n", kill, target,
                    ARTICLES, stored(db));
        }

        Process last = ingest(corpus, db, dir.resolve("last.log"));
        assertTrue(last.waitFor(10, TimeUnit.MINUTES), "the last ingest finishes");
        assertEquals(0, last.exitValue(), log(dir, "last"));
        String summary = Files.readAllLines(dir.resolve("last.log")).stream()
                .filter(l -> l.startsWith("ingest: ")).findFirst().orElseThrow();
        System.out.println("after the kills: " + summary);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertEquals("ok", one(s, "PRAGMA integrity_check"));
            assertEquals(String.valueOf(ARTICLES), one(s, "SELECT COUNT(*) FROM documents"));
            Set<String> stored = new HashSet<>();
            try (ResultSet r = s.executeQuery("SELECT hash FROM documents")) {
                while (r.next()) {
                    stored.add(r.getString(1));
                }
            }
            assertEquals(hashes, stored, "every article, each once");
            assertEquals(String.valueOf(ARTICLES), one(s, "SELECT COUNT(*) FROM documents_fts_docsize"),
                    "each in the full-text index once");
            assertEquals(jsonEvents(s), Long.parseLong(one(s, "SELECT COUNT(*) FROM events")),
                    "the events table holds the events of the stored JSON, none twice");
            assertEquals("0", one(s, "SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM documents d WHERE d.id = e.doc)"), "no layer without its document");
        }

        Process again = ingest(corpus, db, dir.resolve("again.log"));
        assertTrue(again.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, again.exitValue(), log(dir, "again"));
        assertTrue(log(dir, "again").contains(String.format("ingest: 0 added, %,d already stored, 0 failed; "
                + "the store holds %,d documents", ARTICLES, ARTICLES)), log(dir, "again"));
    }

    /** The real command in a child JVM with this test's class path; stdout and stderr go to {@code log}. */
    static Process ingest(Path corpus, Path db, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", cp, "org.annals.cli.Main", "ingest", "--db", db.toString(),
                corpus.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long stored(Path db) throws SQLException {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            return Long.parseLong(one(s, "SELECT COUNT(*) FROM documents"));
        } catch (SQLException e) {
            return 0; // the schema is not there yet
        }
    }

    private static long jsonEvents(Statement s) throws SQLException, IOException {
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        try (ResultSet r = s.executeQuery("SELECT json FROM documents")) {
            while (r.next()) {
                JsonNode doc = json.readTree(r.getString(1));
                n += doc.get("events").size();
            }
        }
        return n;
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String log(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve(name + ".log"));
    }

    /** Short news articles written from a few templates with varied people, places, dates and numbers. */
    static final class Articles {
        static final String[][] PAIRS = {
                {"Turkish President Recep Tayyip Erdogan", "German Chancellor Olaf Scholz", "Erdogan"},
                {"French President Emmanuel Macron", "Indian Prime Minister Narendra Modi", "Macron"},
                {"Kenyan President William Ruto", "Ethiopian Prime Minister Abiy Ahmed", "Ruto"},
                {"Japanese Prime Minister Fumio Kishida", "Indonesian President Joko Widodo", "Kishida"},
                {"Brazilian President Luiz Inacio Lula da Silva", "Argentine President Javier Milei", "Lula"},
        };
        static final String[] CITIES = {"Ankara", "Paris", "Nairobi", "Jakarta", "Brasilia", "Geneva", "Cairo"};
        static final String[] TEMPLATES = {
                "Published: %1$s\n\n%2$s met %3$s in %4$s on %5$s to discuss trade.\n\n"
                        + "\"We agreed to work together,\" %6$s told reporters after the talks.\n",
                "Published: %1$s\n\n%2$s condemned an attack near %4$s on %5$s in which %7$d people were killed, "
                        + "officials said.\n\n%6$s urged calm and called for an investigation.\n",
                "Published: %1$s\n\nPolice arrested %7$d protesters in %4$s on %5$s. %2$s said the protests "
                        + "would not change the government's plans.\n",
                "Published: %1$s\n\n%2$s telephoned %3$s on %5$s, a spokesman in %4$s said. The two leaders "
                        + "discussed aid of %7$d tonnes of grain.\n",
        };

        /** Writes {@code n} distinct articles into {@code folder}; returns their content hashes. */
        static Set<String> write(Path folder, int n, Random random) throws IOException {
            Set<String> hashes = new HashSet<>();
            LocalDate start = LocalDate.of(2023, 1, 2);
            for (int i = 0; i < n; i++) {
                String[] pair = PAIRS[random.nextInt(PAIRS.length)];
                LocalDate published = start.plusDays(random.nextInt(700));
                LocalDate day = published.minusDays(1 + random.nextInt(5));
                String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH);
                String text = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], published, pair[0],
                        pair[1], CITIES[random.nextInt(CITIES.length)], weekday, pair[2], 2 + random.nextInt(500))
                        + "\n(Report " + (i + 1) + ")\n";
                String name = String.format("%05d.txt", i + 1);
                Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
                hashes.add(DocumentKeys.hash(text));
            }
            assertEquals(n, hashes.size(), "the articles are distinct");
            return hashes;
        }

        private Articles() {
        }
    }
}

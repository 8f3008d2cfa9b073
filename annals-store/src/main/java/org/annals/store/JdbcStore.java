package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Count;
import org.annals.core.model.Document;
import org.annals.core.model.Event;
import org.annals.core.model.Mention;
import org.annals.core.model.Metadata;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;
import org.annals.core.model.Timex;
import org.annals.json.AnnalsJson;

/**
 * The SQL the two stores share: standard SQL that SQLite and PostgreSQL read alike ({@code ON CONFLICT DO
 * NOTHING}, {@code COALESCE}, {@code LOWER ... LIKE}). A dialect adds its connection, its migrations, how its
 * full-text index is kept and searched.
 */
abstract class JdbcStore implements Store {

    protected final Connection conn;
    private final String name;

    /**
     * Takes over the connection and brings its schema up to date: {@code dialect} names the folder of the dialect's
     * own migration scripts, {@code words} fills the placeholders of the shared ones.
     */
    protected JdbcStore(Connection conn, String dialect, Map<String, String> words, String name) {
        this.conn = conn;
        this.name = name;
        try {
            Migrations.migrate(conn, dialect, words);
            conn.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            try {
                conn.close();
            } catch (SQLException ignored) {
                // the failure below says what went wrong
            }
            throw e instanceof SQLException sql ? fail("cannot prepare the schema", sql)
                    : new StoreException(name + ": " + e.getMessage(), e);
        }
    }

    /** Adds the document just inserted to the full-text index, where the dialect keeps one by hand. */
    protected abstract void indexText(String documentId, String text) throws SQLException;

    /**
     * The statement of a search: selects {@code id, source, published, url, snippet} of {@code documents d}
     * matching the query (its first parameter), with {@code where} (which starts with {@code AND} or is empty)
     * appended, best first, then {@code LIMIT ?} when {@code limited}.
     */
    protected abstract String searchSql(String where, boolean limited);

    /** The query text as the dialect's full-text syntax wants it: every word required. */
    protected abstract String searchQuery(String words);

    protected final StoreException fail(String what, SQLException e) {
        return new StoreException(name + ": " + what + ": " + e.getMessage(), e);
    }

    // ---- writing

    /** Work inside one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed whole, or rolled back and reported as {@code what} failed. */
    private synchronized <T> T transaction(String what, Work<T> work) {
        try {
            conn.setAutoCommit(false);
            T result = work.run();
            conn.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw fail(what, e);
        } finally {
            autoCommit();
        }
    }

    @Override
    public int put(List<Analysis> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return transaction("cannot store a batch of " + batch.size() + " documents", () -> {
            int added = 0;
            try (PreparedStatement doc = conn.prepareStatement("INSERT INTO documents (id, source, origin, url, "
                    + "hash, published, published_from, language, story, duplicate_of, text, json) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
                 Layers layers = new Layers(conn)) {
                for (Analysis a : batch) {
                    Document d = a.document();
                    doc.setString(1, d.id());
                    doc.setString(2, d.source());
                    nullable(doc, 3, d.metadata().origin().isEmpty() ? null : d.metadata().origin());
                    nullable(doc, 4, DocumentKeys.url(d));
                    doc.setString(5, DocumentKeys.hash(d.text()));
                    nullable(doc, 6, a.publication().date() == null ? null : a.publication().date().toString());
                    nullable(doc, 7, a.publication().from());
                    doc.setString(8, "en");
                    nullable(doc, 9, a.story());
                    nullable(doc, 10, a.duplicateOf());
                    doc.setString(11, d.text());
                    doc.setString(12, AnnalsJson.toJson(a));
                    if (doc.executeUpdate() == 0) {
                        continue;
                    }
                    indexText(d.id(), d.text());
                    layers.add(a);
                    added++;
                }
                layers.execute();
            }
            return added;
        });
    }

    @Override
    public int replace(List<Analysis> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return transaction("cannot rewrite a batch of " + batch.size() + " documents", () -> {
            int done = 0;
            try (PreparedStatement upd = conn.prepareStatement(
                    "UPDATE documents SET story = ?, duplicate_of = ?, json = ? WHERE id = ?");
                 PreparedStatement uncount = conn.prepareStatement("UPDATE actor_stats SET documents = documents - 1 "
                         + "WHERE key IN (SELECT DISTINCT " + STAT_KEY + " FROM actors WHERE doc = ?)");
                 Layers layers = new Layers(conn)) {
                for (Analysis a : batch) {
                    String id = a.document().id();
                    nullable(upd, 1, a.story());
                    nullable(upd, 2, a.duplicateOf());
                    upd.setString(3, AnnalsJson.toJson(a));
                    upd.setString(4, id);
                    if (upd.executeUpdate() == 0) {
                        continue;
                    }
                    uncount.setString(1, id);
                    uncount.executeUpdate();
                    for (String table : List.of("mentions", "actors", "times", "quotes", "events", "event_actors",
                            "counts")) {
                        try (PreparedStatement del = conn.prepareStatement("DELETE FROM " + table + " WHERE doc = ?")) {
                            del.setString(1, id);
                            del.executeUpdate();
                        }
                    }
                    layers.add(a);
                    done++;
                }
                layers.execute();
            }
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("DELETE FROM actor_stats WHERE documents <= 0");
            }
            return done;
        });
    }

    @Override
    public void saveStories() {
        transaction("cannot save the stories", () -> {
            try (Statement s = conn.createStatement()) {
                s.executeUpdate("DELETE FROM stories");
                return s.executeUpdate("INSERT INTO stories (id, documents, first_published, last_published, "
                        + "first_document) SELECT d.story, COUNT(*), MIN(d.published), MAX(d.published), "
                        + "(SELECT f.id FROM documents f WHERE f.story = d.story ORDER BY f.seq LIMIT 1) "
                        + "FROM documents d WHERE d.story IS NOT NULL GROUP BY d.story");
            }
        });
    }

    /** The key of a row of {@code actor_stats}, from a row of {@code actors}: name/type/code/country. */
    private static final String STAT_KEY = "name || '/' || type || '/' || COALESCE(code, '') || '/' "
            + "|| COALESCE(country, '')";

    /** The key of an actor in {@code actor_stats}, as {@link #STAT_KEY} makes it. */
    static String statKey(Actor a) {
        return a.name() + "/" + a.type().name() + "/" + (a.code() == null ? "" : a.code()) + "/"
                + (a.country() == null ? "" : a.country());
    }

    /** Batched inserts of the layers of documents (and the count of their actors), executed together. */
    private static final class Layers implements AutoCloseable {
        private final PreparedStatement mentions;
        private final PreparedStatement actors;
        private final PreparedStatement times;
        private final PreparedStatement quotes;
        private final PreparedStatement events;
        private final PreparedStatement eventActors;
        private final PreparedStatement counts;
        private final PreparedStatement stats;

        Layers(Connection c) throws SQLException {
            mentions = c.prepareStatement("INSERT INTO mentions (doc, id, span_start, span_end, text, type, kind, "
                    + "actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            actors = c.prepareStatement("INSERT INTO actors (doc, id, name, type, code, country, role, kb, "
                    + "span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            times = c.prepareStatement("INSERT INTO times (doc, id, span_start, span_end, text, type, value, "
                    + "modifier, anchored_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            quotes = c.prepareStatement("INSERT INTO quotes (doc, id, span_start, span_end, text, kind, speaker, "
                    + "speaker_start, speaker_end, cue, cue_start, cue_end, embedded) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            events = c.prepareStatement("INSERT INTO events (doc, id, type, mode, cameo, date, place, trigger_start, "
                    + "trigger_end, span_start, span_end, negated, confidence, sentence) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            eventActors = c.prepareStatement("INSERT INTO event_actors (doc, event, side, ord, actor) "
                    + "VALUES (?, ?, ?, ?, ?)");
            counts = c.prepareStatement("INSERT INTO counts (doc, ord, span_start, span_end, kind, value, qualifier, "
                    + "unit, place, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            stats = c.prepareStatement("INSERT INTO actor_stats (key, name, type, code, country, documents) "
                    + "VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (key) DO UPDATE SET documents = actor_stats.documents + 1");
        }

        void add(Analysis a) throws SQLException {
            String doc = a.document().id();
            for (Mention m : a.mentions()) {
                mentions.setString(1, doc);
                mentions.setString(2, m.id());
                span(mentions, 3, m.span());
                mentions.setString(5, m.text());
                mentions.setString(6, m.type().name());
                mentions.setString(7, m.kind().label());
                nullable(mentions, 8, m.actor());
                mentions.addBatch();
            }
            Map<String, Actor> distinct = new java.util.LinkedHashMap<>();
            for (Actor ac : a.actors()) {
                distinct.putIfAbsent(statKey(ac), ac);
                actors.setString(1, doc);
                actors.setString(2, ac.id());
                actors.setString(3, ac.name());
                actors.setString(4, ac.type().name());
                nullable(actors, 5, ac.code());
                nullable(actors, 6, ac.country());
                nullable(actors, 7, ac.role());
                nullable(actors, 8, ac.kb());
                span(actors, 9, ac.span());
                actors.addBatch();
            }
            for (Timex t : a.times()) {
                times.setString(1, doc);
                times.setString(2, t.id());
                span(times, 3, t.span());
                times.setString(5, t.text());
                times.setString(6, t.type().name());
                nullable(times, 7, t.value());
                nullable(times, 8, t.mod());
                nullable(times, 9, t.anchoredTo());
                times.addBatch();
            }
            for (Quote q : a.quotes()) {
                quotes.setString(1, doc);
                quotes.setString(2, q.id());
                span(quotes, 3, q.span());
                quotes.setString(5, q.text());
                quotes.setString(6, q.kind().label());
                nullable(quotes, 7, q.speaker());
                spanOrNull(quotes, 8, q.speakerSpan());
                nullable(quotes, 10, q.cue());
                spanOrNull(quotes, 11, q.cueSpan());
                quotes.setInt(13, q.embedded() ? 1 : 0);
                quotes.addBatch();
            }
            for (Event e : a.events()) {
                events.setString(1, doc);
                events.setString(2, e.id());
                events.setString(3, e.type());
                nullable(events, 4, e.mode());
                nullable(events, 5, e.cameo());
                nullable(events, 6, e.date());
                nullable(events, 7, e.place());
                span(events, 8, e.trigger());
                span(events, 10, e.span());
                events.setInt(12, e.negated() ? 1 : 0);
                events.setDouble(13, e.confidence());
                events.setString(14, a.covered(e.span()));
                events.addBatch();
                sides(doc, e.id(), "source", e.source());
                sides(doc, e.id(), "target", e.target());
            }
            for (Map.Entry<String, Actor> e : distinct.entrySet()) {
                Actor ac = e.getValue();
                stats.setString(1, e.getKey());
                stats.setString(2, ac.name());
                stats.setString(3, ac.type().name());
                nullable(stats, 4, ac.code());
                nullable(stats, 5, ac.country());
                stats.addBatch();
            }
            int ord = 0;
            for (Count c : a.counts()) {
                counts.setString(1, doc);
                counts.setInt(2, ord++);
                span(counts, 3, c.span());
                counts.setString(5, c.kind());
                counts.setDouble(6, c.value());
                nullable(counts, 7, c.qualifier());
                nullable(counts, 8, c.unit());
                nullable(counts, 9, c.place());
                nullable(counts, 10, c.event());
                counts.addBatch();
            }
        }

        private void sides(String doc, String event, String side, List<String> ids) throws SQLException {
            for (int i = 0; i < ids.size(); i++) {
                eventActors.setString(1, doc);
                eventActors.setString(2, event);
                eventActors.setString(3, side);
                eventActors.setInt(4, i);
                eventActors.setString(5, ids.get(i));
                eventActors.addBatch();
            }
        }

        void execute() throws SQLException {
            for (PreparedStatement p : List.of(mentions, actors, times, quotes, events, eventActors, counts, stats)) {
                p.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : List.of(mentions, actors, times, quotes, events, eventActors, counts, stats)) {
                p.close();
            }
        }
    }

    // ---- reading

    @Override
    public Optional<DocumentRow> document(String id) {
        List<DocumentRow> found = documentRows("SELECT id, source, origin, url, published, language, story, "
                + "duplicate_of, text FROM documents WHERE id = ?", id, true);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<DocumentRow> documents(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        return documentRows("SELECT id, source, origin, url, published, language, story, duplicate_of, "
                + "SUBSTR(text, 1, " + DocumentRow.TITLE_CHARS + ") FROM documents ORDER BY seq"
                + page(new Filter(null, null, null, null, limit).withOffset(offset)), null, false);
    }

    /** The documents of a query: with their text, or with only the title read from the start of it. */
    private List<DocumentRow> documentRows(String sql, String id, boolean withText) {
        List<DocumentRow> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            if (id != null) {
                p.setString(1, id);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String text = r.getString(9);
                    out.add(new DocumentRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), DocumentRow.title(text),
                            withText ? text : null));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot read the documents", e);
        }
        return out;
    }

    @Override
    public List<String> documentsOfStory(String story) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT id FROM documents WHERE story = ? ORDER BY seq")) {
            p.setString(1, story);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot read the documents of the story " + story, e);
        }
        return out;
    }

    @Override
    public boolean has(String hash, String url) {
        String sql = url == null ? "SELECT 1 FROM documents WHERE hash = ?"
                : "SELECT 1 FROM documents WHERE hash = ? OR url = ?";
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            p.setString(1, hash);
            if (url != null) {
                p.setString(2, url);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw fail("cannot look a document up", e);
        }
    }

    @Override
    public long size() {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw fail("cannot count the documents", e);
        }
    }

    @Override
    public Optional<String> json(String documentId) {
        try (PreparedStatement p = conn.prepareStatement("SELECT json FROM documents WHERE id = ?")) {
            p.setString(1, documentId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("cannot read document " + documentId, e);
        }
    }

    @Override
    public void forEachJson(Consumer<String> out) {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(
                "SELECT json FROM documents ORDER BY seq")) {
            while (r.next()) {
                out.accept(r.getString(1));
            }
        } catch (SQLException e) {
            throw fail("cannot read the documents", e);
        }
    }

    @Override
    public void forEachDocument(Consumer<Document> out) {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT id, source, origin, url, "
                + "published, published_from, text FROM documents ORDER BY seq")) {
            while (r.next()) {
                Map<String, String> extra = r.getString(4) == null ? Map.of() : Map.of("url", r.getString(4));
                // a date the source's metadata gave is part of the input; a date read from the text is not
                LocalDate published = "metadata".equals(r.getString(6)) ? LocalDate.parse(r.getString(5)) : null;
                out.accept(new Document(r.getString(1), r.getString(2), r.getString(7),
                        new Metadata(published, r.getString(3), extra)));
            }
        } catch (SQLException e) {
            throw fail("cannot read the documents", e);
        }
    }

    @Override
    public void forEachEvent(Filter f, Consumer<EventRow> out) {
        boolean few = few(f, f.actor(), f.place(), f.dyad() == null ? null : f.dyad().get(0),
                f.dyad() == null ? null : f.dyad().get(1));
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE d.id = e.doc");
        if (f.type() != null) {
            where.append(" AND e.type = ?");
            args.add(f.type());
        }
        dates(where, args, "COALESCE(e.date, d.published)", f);
        if (f.story() != null) {
            where.append(" AND d.story = ?");
            args.add(f.story());
        }
        if (f.document() != null) {
            where.append(" AND e.doc = ?");
            args.add(f.document());
        }
        if (f.actor() != null) {
            where.append(" AND ").append(eventIn(few, "event_actors s JOIN actors a ON a.doc = s.doc AND a.id = s.actor",
                    actorMatch("a")));
            actorArgs(args, f.actor());
        }
        if (f.dyad() != null) {
            String a = f.dyad().get(0);
            String b = f.dyad().get(1);
            // one side's actor matches a and the other's b; the first term lets an index find the source rows
            where.append(" AND ").append(eventIn(few, "event_actors s JOIN actors sa ON sa.doc = s.doc AND sa.id = s.actor"
                    + " JOIN event_actors t ON t.doc = s.doc AND t.event = s.event AND t.side = 'target'"
                    + " JOIN actors ta ON ta.doc = t.doc AND ta.id = t.actor",
                    "s.side = 'source' AND (" + actorMatch("sa") + " OR " + actorMatch("sa") + ") AND (("
                            + actorMatch("sa") + " AND " + actorMatch("ta") + ") OR (" + actorMatch("sa") + " AND "
                            + actorMatch("ta") + "))"));
            for (String name : List.of(a, b, a, b, b, a)) {
                actorArgs(args, name);
            }
        }
        if (f.place() != null) {
            where.append(" AND ").append(few ? "(e.doc, e.place) IN (SELECT p.doc, p.id FROM actors p WHERE "
                    + actorMatch("p") + ")"
                    : "EXISTS (SELECT 1 FROM actors p WHERE p.doc = e.doc AND p.id = e.place AND " + actorMatch("p")
                    + ")");
            actorArgs(args, f.place());
        }
        String sql = "SELECT d.id, d.source, d.url, d.published, d.story, e.id, e.type, e.mode, e.cameo, e.date, "
                + "e.place, e.negated, e.confidence, e.span_start, e.span_end, e.sentence "
                + inOrder(few, "events", "e") + where + " ORDER BY d.seq, e.span_start, e.trigger_start, e.id" + page(f);
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            bind(p, args);
            List<Object[]> rows = new ArrayList<>();
            java.util.Set<String> docs = new java.util.LinkedHashSet<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[16];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = i == 11 ? (Object) r.getInt(i + 1) : i == 12 ? (Object) r.getDouble(i + 1)
                                : i == 13 || i == 14 ? (Object) r.getInt(i + 1) : r.getString(i + 1);
                    }
                    if (docs.add((String) row[0]) && docs.size() > DOCUMENTS_AT_ONCE) {
                        docs.remove(row[0]);
                        emit(rows, docs, out);
                        docs.add((String) row[0]);
                    }
                    rows.add(row);
                }
            }
            emit(rows, docs, out);
        } catch (SQLException e) {
            throw fail("cannot read the events", e);
        }
    }

    /** How many documents' actors are read in one query when events are resolved. */
    private static final int DOCUMENTS_AT_ONCE = 100;

    /**
     * Gives the events of {@code rows} (the columns of {@link #forEachEvent}'s query) with their actors resolved,
     * read for all their documents {@code docs} at once; then empties both.
     */
    private void emit(List<Object[]> rows, java.util.Set<String> docs, Consumer<EventRow> out) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String in = " WHERE doc IN (" + String.join(", ", java.util.Collections.nCopies(docs.size(), "?")) + ")";
        Map<String, ActorRef> actors = new HashMap<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT doc, id, name, type, code, country, kb FROM actors"
                + in)) {
            bind(p, new ArrayList<>(docs));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    actors.put(r.getString(1) + "/" + r.getString(2), new ActorRef(r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
                }
            }
        }
        Map<String, List<String>> sides = new HashMap<>();
        try (PreparedStatement p = conn.prepareStatement("SELECT doc, event, side, actor FROM event_actors" + in
                + " ORDER BY doc, event, side, ord")) {
            bind(p, new ArrayList<>(docs));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sides.computeIfAbsent(r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3),
                            k -> new ArrayList<>()).add(r.getString(4));
                }
            }
        }
        for (Object[] v : rows) {
            String doc = (String) v[0];
            String event = (String) v[5];
            out.accept(new EventRow(doc, (String) v[1], (String) v[2], (String) v[3], (String) v[4], event,
                    (String) v[6], (String) v[7], (String) v[8], (String) v[9],
                    refs(actors, doc, sides.get(doc + "/" + event + "/source")),
                    refs(actors, doc, sides.get(doc + "/" + event + "/target")),
                    v[10] == null ? null : actors.get(doc + "/" + v[10]), (Integer) v[11] != 0, (Double) v[12],
                    (Integer) v[13], (Integer) v[14], (String) v[15]));
        }
        rows.clear();
        docs.clear();
    }

    /**
     * True when the rows the filter keeps lie in few documents, as counted by the actors it names: then they are
     * found through the indexes and sorted; else the documents are read in order until the page is full, which
     * crosses about {@code (offset + limit) * documents / matching} of them. A filter by story or document keeps
     * few; one without an actor, many.
     */
    private boolean few(Filter f, String... actors) {
        if (f.story() != null || f.document() != null) {
            return true;
        }
        long matching = Long.MAX_VALUE;
        for (String a : actors) {
            if (a != null) {
                matching = Math.min(matching, documentsOf(a));
            }
        }
        if (matching == Long.MAX_VALUE) {
            return false;
        }
        long wanted = f.limit() == 0 ? Long.MAX_VALUE / 4 : (long) f.offset() + f.limit();
        return (double) matching * matching <= (double) wanted * documentsAbout();
    }

    /** About how many documents are stored, at once: the last {@code seq}. */
    private long documentsAbout() {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(seq) FROM documents")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw fail("cannot count the documents", e);
        }
    }

    /** About how many documents have an actor the name matches (a document counted once per matching actor). */
    private long documentsOf(String actor) {
        List<Object> args = new ArrayList<>();
        actorArgs(args, actor);
        try (PreparedStatement p = conn.prepareStatement(
                "SELECT COALESCE(SUM(documents), 0) FROM actor_stats WHERE LOWER(name) LIKE ? OR code = ?")) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw fail("cannot count the documents of " + actor, e);
        }
    }

    /**
     * The tables of a query that reads the rows of {@code table} (as {@code alias}, with a column {@code doc}) with their documents
     * {@code d}: in the order the database chooses when few (the rows found by index), else the documents read in
     * the order of arrival, first ({@code CROSS JOIN} keeps SQLite's join in that order; the query's {@code WHERE}
     * then gives the join's condition, {@code d.id = doc}).
     */
    private String inOrder(boolean few, String table, String alias) {
        return few ? " FROM " + table + " " + alias + " JOIN documents d ON d.id = " + alias + ".doc"
                : " FROM " + documentsInOrder() + " CROSS JOIN " + table + " " + alias;
    }

    /** The table {@code documents d} as a query reads it in the order of arrival (where the dialect must be told). */
    protected String documentsInOrder() {
        return "documents d";
    }

    /**
     * The condition that an event {@code e} is one of those of {@code from} (whose rows {@code s} of
     * {@code event_actors} name the event) that pass {@code where}: a list computed once when the events are few,
     * else a test of each event.
     */
    private static String eventIn(boolean few, String from, String where) {
        return few ? "(e.doc, e.id) IN (SELECT s.doc, s.event FROM " + from + " WHERE " + where + ")"
                : "EXISTS (SELECT 1 FROM " + from + " WHERE s.doc = e.doc AND s.event = e.id AND " + where + ")";
    }

    /** The page of rows the filter asks for: {@code LIMIT} and {@code OFFSET}. */
    private static String page(Filter f) {
        if (f.limit() == 0 && f.offset() == 0) {
            return "";
        }
        return " LIMIT " + (f.limit() > 0 ? f.limit() : Integer.MAX_VALUE) + " OFFSET " + f.offset();
    }

    /** The actors of one side of an event: {@code actors} by {@code DOC/ID}. */
    private static List<ActorRef> refs(Map<String, ActorRef> actors, String doc, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        List<ActorRef> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            ActorRef a = actors.get(doc + "/" + id);
            out.add(a != null ? a : new ActorRef(id, id, null, null, null, null));
        }
        return out;
    }

    @Override
    public List<QuoteRow> quotes(Filter f) {
        boolean few = few(f, f.actor());
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE d.id = q.doc");
        dates(where, args, "d.published", f);
        if (f.actor() != null) {
            where.append(few ? " AND (q.doc, q.speaker) IN (SELECT sp.doc, sp.id FROM actors sp WHERE "
                    + actorMatch("sp") + ")" : " AND " + actorMatch("a"));
            actorArgs(args, f.actor());
        }
        String sql = "SELECT d.id, d.published, q.id, q.kind, a.id, a.name, a.type, a.code, a.country, a.kb, "
                + "q.cue, q.text" + inOrder(few, "quotes", "q")
                + " LEFT JOIN actors a ON a.doc = q.doc AND a.id = q.speaker" + where
                + " ORDER BY d.seq, q.span_start, q.id" + page(f);
        List<QuoteRow> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ActorRef speaker = r.getString(5) == null ? null : new ActorRef(r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9), r.getString(10));
                    out.add(new QuoteRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), speaker,
                            r.getString(11), r.getString(12)));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot read the quotes", e);
        }
        return out;
    }

    @Override
    public List<ActorRow> actors(Filter f) {
        if (f.type() == null && f.from() == null && f.to() == null) {
            return actorStats(f);
        }
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        dates(where, args, "d.published", f);
        if (f.actor() != null) {
            where.append(" AND ").append(actorMatch("a"));
            actorArgs(args, f.actor());
        }
        if (f.type() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM event_actors ea"
                    + " JOIN events e ON e.doc = ea.doc AND e.id = ea.event"
                    + " WHERE ea.doc = a.doc AND ea.actor = a.id AND e.type = ?)");
            args.add(f.type());
        }
        String sql = "SELECT a.name, a.type, a.code, a.country, COUNT(DISTINCT a.doc) AS n "
                + "FROM actors a JOIN documents d ON d.id = a.doc" + where
                + " GROUP BY a.name, a.type, a.code, a.country ORDER BY n DESC, a.name, a.code, a.type, a.country"
                + page(f);
        return actorRows(sql, args);
    }

    /** The actors counted as documents were stored: without a category or dates, a read of a small table. */
    private List<ActorRow> actorStats(Filter f) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (f.actor() != null) {
            where = " WHERE LOWER(name) LIKE ? OR code = ?";
            actorArgs(args, f.actor());
        }
        return actorRows("SELECT name, type, code, country, documents FROM actor_stats" + where
                + " ORDER BY documents DESC, name, code, type, country" + page(f), args);
    }

    private List<ActorRow> actorRows(String sql, List<Object> args) {
        List<ActorRow> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(sql)) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new ActorRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot read the actors", e);
        }
        return out;
    }

    @Override
    public List<StoryRow> stories() {
        List<StoryRow> out = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT s.id, s.documents, "
                + "s.first_published, s.last_published, s.first_document FROM stories s "
                + "JOIN documents d ON d.id = s.first_document ORDER BY d.seq")) {
            while (r.next()) {
                out.add(new StoryRow(r.getString(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5)));
            }
        } catch (SQLException e) {
            throw fail("cannot read the stories", e);
        }
        return out;
    }

    @Override
    public List<SearchHit> search(String query, Filter f) {
        String words = searchQuery(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(words);
        StringBuilder where = new StringBuilder();
        dates(where, args, "d.published", f);
        if (f.actor() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM actors a WHERE a.doc = d.id AND ").append(actorMatch("a"))
                    .append(')');
            actorArgs(args, f.actor());
        }
        if (f.type() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM events e WHERE e.doc = d.id AND e.type = ?)");
            args.add(f.type());
        }
        if (f.limit() > 0) {
            args.add(f.limit());
        }
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(searchSql(where.toString(), f.limit() > 0))) {
            bind(p, args);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new SearchHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5).replaceAll("\\s+", " ").strip()));
                }
            }
        } catch (SQLException e) {
            throw fail("cannot search for \"" + query + "\"", e);
        }
        return out;
    }

    /** The key order of each table. */
    private static final Map<String, String> ORDER = Map.of("documents", "seq", "stories", "id",
            "counts", "doc, ord", "event_actors", "doc, event, side, ord", "mentions", "doc, id", "actors", "doc, id",
            "times", "doc, id", "quotes", "doc, id", "events", "doc, id");

    @Override
    public void forEachRow(String table, RowSink sink) {
        String order = ORDER.get(table);
        if (order == null) {
            throw new IllegalArgumentException("no such table: " + table);
        }
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
            java.sql.ResultSetMetaData m = r.getMetaData();
            List<String> names = new ArrayList<>();
            List<Class<?>> types = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                String column = m.getColumnName(i).toLowerCase(Locale.ROOT);
                if (table.equals("documents") && column.equals("json")) {
                    continue;
                }
                kept.add(i);
                names.add(column);
                types.add(switch (m.getColumnType(i)) {
                    case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> Long.class;
                    case Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> Double.class;
                    default -> String.class;
                });
            }
            sink.columns(names, types);
            while (r.next()) {
                Object[] row = new Object[kept.size()];
                for (int k = 0; k < row.length; k++) {
                    int i = kept.get(k);
                    Object v = types.get(k) == Long.class ? (Object) r.getLong(i)
                            : types.get(k) == Double.class ? (Object) r.getDouble(i) : r.getString(i);
                    row[k] = r.wasNull() ? null : v;
                }
                sink.row(row);
            }
        } catch (SQLException e) {
            throw fail("cannot read the table " + table, e);
        }
    }

    /** The words of a query: runs of letters and digits. */
    static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        for (String w : query.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The condition that a row of {@code actors} is an actor a filter names (its two arguments: {@link #actorArgs}):
     * part of its name in any case, or its code. The names are matched in {@code actor_stats}, which has each once,
     * so that the rows are found by the index on their name.
     */
    private static String actorMatch(String alias) {
        return "(" + alias + ".name IN (SELECT st.name FROM actor_stats st WHERE LOWER(st.name) LIKE ?) OR " + alias
                + ".code = ?)";
    }

    private static void actorArgs(List<Object> args, String actor) {
        args.add("%" + actor.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        args.add(actor.toUpperCase(Locale.ROOT));
    }

    private static void dates(StringBuilder where, List<Object> args, String column, Filter f) {
        if (f.from() != null) {
            where.append(" AND ").append(column).append(" >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            // "2021-11-30" keeps "2021-11-30" and "2021-11"; the bound itself is in
            where.append(" AND ").append(column).append(" <= ?");
            args.add(f.to());
        }
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object o = args.get(i);
            if (o instanceof Integer n) {
                p.setInt(i + 1, n);
            } else {
                p.setString(i + 1, (String) o);
            }
        }
    }

    private static void nullable(PreparedStatement p, int i, String value) throws SQLException {
        if (value == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, value);
        }
    }

    private static void span(PreparedStatement p, int i, Span s) throws SQLException {
        p.setInt(i, s.start());
        p.setInt(i + 1, s.end());
    }

    private static void spanOrNull(PreparedStatement p, int i, Span s) throws SQLException {
        if (s.isEmpty()) {
            p.setNull(i, Types.INTEGER);
            p.setNull(i + 1, Types.INTEGER);
        } else {
            span(p, i, s);
        }
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: nothing was committed
        }
    }

    private void autoCommit() {
        try {
            conn.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the next use reports the broken connection
        }
    }

    @Override
    public synchronized void close() {
        try {
            conn.close();
        } catch (SQLException e) {
            throw fail("cannot close", e);
        }
    }
}

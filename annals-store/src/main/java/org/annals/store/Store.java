package org.annals.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;

/**
 * Where analyses are kept: documents with their {@code annals/1} JSON, every layer with its spans, stories, and a
 * full-text index. Two implementations with the same behaviour: {@link SqliteStore} (one file, the default) and
 * {@link PostgresStore} ({@code postgresql://host:port/db?user=...}). A store is used by one thread at a time.
 * Failures of the database are thrown as {@link StoreException}.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens (and creates or migrates) the store named by {@code db}: a {@code postgresql://} or
     * {@code jdbc:postgresql://} address for PostgreSQL, else the path of a SQLite file.
     */
    static Store open(String db) {
        if (db.startsWith("postgresql://") || db.startsWith("postgres://") || db.startsWith("jdbc:postgresql://")) {
            return PostgresStore.open(db);
        }
        return SqliteStore.open(Path.of(db));
    }

    /**
     * Stores a batch of analyses in one transaction: all of them or, on failure, none. A document whose text
     * (content hash), id or URL is already stored is skipped. Returns how many were added.
     */
    int put(List<Analysis> batch);

    /** True when a document with this content hash ({@link DocumentKeys#hash}) or this URL (if not null) is stored. */
    boolean has(String hash, String url);

    /** How many documents are stored. */
    long size();

    /** The stored {@code annals/1} JSON of a document (one line, no newline), if it is stored. */
    Optional<String> json(String documentId);

    /** A stored document with its text and title, if it is stored. */
    Optional<DocumentRow> document(String id);

    /**
     * The stored documents in the order they arrived, without their text: {@code limit} of them (0 for all) after
     * the first {@code offset}.
     */
    List<DocumentRow> documents(int limit, int offset);

    /** The ids of a story's documents, in the order they arrived; empty for an unknown story. */
    List<String> documentsOfStory(String story);

    /** Every stored {@code annals/1} JSON line, in the order the documents arrived. */
    void forEachJson(Consumer<String> out);

    /** Every stored document as it was read (id, source, text, metadata), in the order the documents arrived. */
    void forEachDocument(Consumer<Document> out);

    /**
     * Rewrites stored documents from new analyses of the same documents (after stories were formed): their
     * JSON, story, and layers, in one transaction. Documents not stored are ignored. Returns how many were
     * rewritten.
     */
    int replace(List<Analysis> batch);

    /** Recomputes the stories table from the documents' story ids. */
    void saveStories();

    /**
     * The events that pass the filter, in the order of the documents and of the text, the page {@code offset},
     * {@code limit} of them. {@code actor}: either side; {@code dyad}: one actor a source and the other a target;
     * {@code place}, {@code story}, {@code document}: the event's place, its document's story, its document.
     */
    default List<EventRow> events(Filter filter) {
        List<EventRow> out = new java.util.ArrayList<>();
        forEachEvent(filter, out::add);
        return out;
    }

    /** The events that pass the filter, streamed, in the order of the documents and of the text. */
    void forEachEvent(Filter filter, Consumer<EventRow> out);

    /**
     * The quotes that pass the filter ({@code actor} matches the speaker, {@code from} and {@code to} the
     * publication date, {@code offset} and {@code limit} the page), in document and text order.
     */
    List<QuoteRow> quotes(Filter filter);

    /**
     * Actors across documents (one row per name, type, code and country), most documents first, then by name and
     * code; {@code actor} matches the name or code, {@code type} an event the actor takes part in, {@code from} and
     * {@code to} the publication date; {@code offset} and {@code limit} the page.
     */
    List<ActorRow> actors(Filter filter);

    /** The stories, in the order of their first document. */
    List<StoryRow> stories();

    /**
     * Full-text search: the documents that contain every word of {@code query} (stemmed, in any case) and pass
     * the filter, best match first. {@code actor}: a document's actor; {@code type}: a document's event type;
     * {@code from}, {@code to}: the publication date.
     */
    List<SearchHit> search(String query, Filter filter);

    /** The tables of a full export ({@link Exports#parquet}), in order. */
    List<String> TABLES = List.of("documents", "mentions", "actors", "times", "quotes", "events", "event_actors",
            "counts", "stories");

    /** Receives a table: its columns first, then its rows. */
    interface RowSink {
        /** The names of the columns and the type of their values: {@code Long}, {@code Double} or {@code String}. */
        void columns(List<String> names, List<Class<?>> types);

        /** One row: a value per column, {@code null} for SQL NULL. */
        void row(Object[] values);
    }

    /**
     * The rows of one of {@link #TABLES} in the order of its key, as they are stored ({@code documents} without
     * its {@code json}, which {@link Exports#jsonl} gives).
     */
    void forEachRow(String table, RowSink sink);

    @Override
    void close();
}

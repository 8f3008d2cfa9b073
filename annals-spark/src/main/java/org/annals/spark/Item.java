package org.annals.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.annals.ingest.SourceItem;

/**
 * One input as it travels between Spark tasks: a document's fields, or the reason it could not be read (as
 * annals-ingest's {@link SourceItem}, which is not serializable).
 *
 * @param name what the input is, for messages
 * @param id the document's id
 * @param source its short source name, or {@code null} (the id then stands for it)
 * @param text its text
 * @param published its publication date from metadata, or {@code null}
 * @param origin where it came from, or {@code ""}
 * @param problem why there is no document, or {@code null}
 * @param extra more metadata of the source (its detected {@code language}, ...)
 */
public record Item(String name, String id, String source, String text, LocalDate published, String origin,
                   String problem, Map<String, String> extra) implements Serializable {

    public Item {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** An item with no metadata beyond its date and origin. */
    public Item(String name, String id, String source, String text, LocalDate published, String origin,
                String problem) {
        this(name, id, source, text, published, origin, problem, Map.of());
    }

    static Item of(SourceItem s) {
        if (!s.ok()) {
            return failed(s.name(), s.problem());
        }
        Document d = s.document();
        return new Item(s.name(), d.id(), d.source(), d.text(), d.metadata().published(), d.metadata().origin(),
                null, d.metadata().extra());
    }

    static Item failed(String name, String problem) {
        return new Item(name, null, null, null, null, "", problem);
    }

    boolean ok() {
        return problem == null;
    }

    /** The document, with the metadata its source gave (its language, for one). */
    Document document() {
        return new Document(id, source, text, new Metadata(published, origin, extra));
    }

    /** The document's language as its source detected it, or {@code null}. */
    String language() {
        return extra.get("language");
    }

    /** A date as a source gives it ({@code 2021-11-23}, or a timestamp that starts with one), else {@code null}. */
    static LocalDate date(String value) {
        try {
            return value == null || value.length() < 10 ? null : LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null; // not a date: as if the source gave none
        }
    }
}

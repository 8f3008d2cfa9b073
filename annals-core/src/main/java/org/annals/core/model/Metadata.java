package org.annals.core.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What is known about a document besides its text: its publication date, if a source gave one, and where
 * it came from (a path, a URL, an archive record).
 *
 * @param published the publication date given by the source's metadata, or {@code null} when unknown
 * @param origin where the document came from (file path, URL, ...), for the record
 * @param extra further metadata fields (title, author, ...), sorted by key
 */
public record Metadata(LocalDate published, String origin, Map<String, String> extra) {

    public static final Metadata NONE = new Metadata(null, "", Map.of());

    public Metadata {
        origin = Objects.requireNonNullElse(origin, "");
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(extra));
    }

    public static Metadata of(LocalDate published, String origin) {
        return new Metadata(published, origin, Map.of());
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(extra.get(key));
    }
}

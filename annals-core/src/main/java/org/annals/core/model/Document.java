package org.annals.core.model;

import java.util.Objects;

/**
 * A news article as it was read: an identifier, a short source name, its text, and its metadata. Every
 * span in an {@link Analysis} points into {@link #text()}.
 *
 * @param id a stable identifier (for files: a hash of the text)
 * @param source a short name for where it came from (a file name, a feed item)
 * @param text the text exactly as it was read
 * @param metadata publication date and origin
 */
public record Document(String id, String source, String text, Metadata metadata) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = Objects.requireNonNullElse(source, id);
        metadata = Objects.requireNonNullElse(metadata, Metadata.NONE);
    }

    /** A document with no metadata, for tests and the library's simplest use. */
    public static Document of(String id, String text) {
        return new Document(id, id, text, Metadata.NONE);
    }
}

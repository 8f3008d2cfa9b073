package org.annals.ingest;

import java.util.Objects;

import org.annals.core.model.Document;

/**
 * One input read from a source: a document, or the reason it could not be read. Bad input is reported this
 * way, never thrown, so that the rest of the source is still read.
 *
 * @param name what the input is (a path, a URL, an archive entry), for messages
 * @param document the document, or {@code null} when {@code problem} says why there is none
 * @param problem a short reason ({@code "not UTF-8 text (malformed byte at offset 12)"}), or {@code null}
 */
public record SourceItem(String name, Document document, String problem) {

    public SourceItem {
        Objects.requireNonNull(name, "name");
        if ((document == null) == (problem == null)) {
            throw new IllegalArgumentException("exactly one of document and problem");
        }
    }

    public static SourceItem ok(String name, Document d) {
        return new SourceItem(name, d, null);
    }

    public static SourceItem failed(String name, String problem) {
        return new SourceItem(name, null, problem);
    }

    public boolean ok() {
        return document != null;
    }
}

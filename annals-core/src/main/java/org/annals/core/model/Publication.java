package org.annals.core.model;

import java.time.LocalDate;

/**
 * The publication date of a document and how it was found.
 *
 * @param date the date, or {@code null} when neither metadata nor text gives it
 * @param from {@code "metadata"}, {@code "header"} (a header line of the text), or {@code null}
 * @param span the header text that gave it, or {@link Span#NONE}
 */
public record Publication(LocalDate date, String from, Span span) {

    public static final Publication UNKNOWN = new Publication(null, null, Span.NONE);

    public boolean known() {
        return date != null;
    }
}

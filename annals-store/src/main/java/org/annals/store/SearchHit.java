package org.annals.store;

/** A document found by full-text search, with a snippet of its text (the matched words in [brackets]). */
public record SearchHit(String documentId, String source, String published, String url, String snippet) {
}

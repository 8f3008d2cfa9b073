package org.annals.store;

/** A story: its id, how many documents it has, their first and last publication dates, and its first document. */
public record StoryRow(String id, long documents, String firstPublished, String lastPublished, String firstDocument) {
}

package org.annals.store;

import java.util.List;

/**
 * One stored event with what a table of events shows: its document, its actors resolved, its sentence.
 *
 * @param documentId the document's id
 * @param source the document's source name
 * @param url the document's URL, or {@code null}
 * @param published the document's publication date, or {@code null}
 * @param story the document's story, or {@code null}
 * @param eventId the event's id in its document ({@code e1})
 * @param type the PLOVER category
 * @param mode the PLOVER mode, or {@code null}
 * @param cameo the CAMEO code, or {@code null}
 * @param date the event's date as precise as the text gives it, or {@code null}
 * @param sources the acting actors
 * @param targets the recipients
 * @param place the place, or {@code null}
 * @param negated true when the text says it did not happen
 * @param confidence between 0 and 1
 * @param spanStart where the supporting sentence starts in the document's text
 * @param spanEnd where it ends
 * @param sentence the supporting sentence
 */
public record EventRow(String documentId, String source, String url, String published, String story,
                       String eventId, String type, String mode, String cameo, String date, List<ActorRef> sources,
                       List<ActorRef> targets, ActorRef place, boolean negated, double confidence, int spanStart,
                       int spanEnd, String sentence) {

    public EventRow {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** The global id of the event: {@code DOCUMENT-EVENT}. */
    public String globalId() {
        return documentId + "-" + eventId;
    }
}

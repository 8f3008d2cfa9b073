package org.annals.store;

/**
 * One stored quote.
 *
 * @param documentId the document's id
 * @param published the document's publication date, or {@code null}
 * @param quoteId the quote's id in its document
 * @param kind direct, partial, indirect or turn
 * @param speaker the speaking actor, or {@code null}
 * @param cue the speech verb, or {@code null}
 * @param text the quoted words
 */
public record QuoteRow(String documentId, String published, String quoteId, String kind, ActorRef speaker,
                       String cue, String text) {
}

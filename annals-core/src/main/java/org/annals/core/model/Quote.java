package org.annals.core.model;

/**
 * A quotation and who said it.
 *
 * @param id {@code q1}, {@code q2}, ...
 * @param span the quoted content (without the quote marks)
 * @param text the covered text
 * @param kind direct, partial, indirect, or a speaker's turn in a transcript
 * @param speaker the id of the speaking {@link Actor}, or {@code null} when unresolved
 * @param speakerSpan the text naming the speaker at the quote ({@code "the Russian president"}), or
 *     {@link Span#NONE}
 * @param cue the speech verb or phrase ({@code "said"}, {@code "quoted as saying"}), or {@code null}
 * @param cueSpan where the cue is, or {@link Span#NONE}
 * @param embedded true when the quote sits in an embedded post (a tweet pasted into the article)
 */
public record Quote(String id, Span span, String text, Kind kind, String speaker, Span speakerSpan, String cue,
                    Span cueSpan, boolean embedded) {

    public enum Kind {
        DIRECT, PARTIAL, INDIRECT, TURN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

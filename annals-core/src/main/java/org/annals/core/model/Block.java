package org.annals.core.model;

/**
 * A paragraph-level part of the text and what it is.
 *
 * @param span the block's text
 * @param kind its role in the article
 * @param label for {@link Kind#TURN}: the span of the speaker label ({@code "President of Chile Gabriel
 *     Boric"}); for {@link Kind#EMBED}: the span of the post's author line; otherwise {@link Span#NONE}
 */
public record Block(Span span, Kind kind, Span label) {

    public enum Kind {
        /** metadata lines before the body ({@code Published: 2023-03-14}) */
        HEADER,
        /** a title line */
        TITLE,
        /** the article's own prose */
        BODY,
        /** a post from social media pasted into the article */
        EMBED,
        /** a transcript line that opens a speaker's turn ({@code Name:}), and the turn's first paragraph */
        TURN,
        /** a separator line ({@code * * *}) */
        RULE
    }
}

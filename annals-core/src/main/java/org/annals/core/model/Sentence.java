package org.annals.core.model;

/**
 * A sentence: its span and the range {@code [firstToken, endToken)} of its tokens in the token layer.
 *
 * @param paragraph the index of the paragraph (a block separated by a blank line or a line break) it opens in
 */
public record Sentence(Span span, int firstToken, int endToken, int paragraph) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}

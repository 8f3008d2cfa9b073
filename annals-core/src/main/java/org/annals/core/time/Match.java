package org.annals.core.time;

import java.util.List;

/**
 * A rule matched over tokens {@code [start, end)} of a sentence, with the class values it captured.
 *
 * @param start the first token (sentence index)
 * @param end one past the last token
 * @param rule the rule
 * @param captures what the rule's class elements matched, in order
 */
record Match(int start, int end, Rule rule, List<Capture> captures) {

    /**
     * One captured class value.
     *
     * @param cls the class the element named
     * @param feature the token's feature in that class
     * @param token where (sentence index)
     */
    record Capture(TokenClass cls, Feature feature, int token) {
    }

    /** The number of tokens covered. */
    int length() {
        return end - start;
    }
}

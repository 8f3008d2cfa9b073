package org.annals.core.count;

/**
 * A count being read: token ranges and what is known so far.
 *
 * @param start the first token of the count's phrase
 * @param end one past its last token
 * @param kind killed, wounded, ..., aid; {@code null} while a number of people waits for a kind from its list
 * @param value the number
 * @param qualifier {@code more than}, ..., or {@code null}
 * @param unit the unit of an amount, or {@code null}
 * @param number the first token of the number itself
 */
record Found(int start, int end, String kind, double value, String qualifier, String unit, int number) {

    /** The same count with a kind. */
    Found withKind(String k) {
        return new Found(start, end, k, value, qualifier, unit, number);
    }
}

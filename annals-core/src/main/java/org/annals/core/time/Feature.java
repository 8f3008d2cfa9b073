package org.annals.core.time;

/**
 * One role a token plays: its value and how many tokens the role takes from that token on (more than one
 * for phrases such as {@code more than}, {@code 10 a.m.}, {@code twenty-five}).
 *
 * @param value what the token means in the role (a month number, a unit code, ...), or {@code "-"}
 * @param length the number of tokens, at least 1 (0 for a value a rule presets)
 * @param plural true for a plural unit
 */
record Feature(String value, int length, boolean plural) {

    /** A one-token feature. */
    static Feature of(String value) {
        return new Feature(value, 1, false);
    }

    /** The value as a number. */
    int number() {
        return Integer.parseInt(value);
    }
}

package org.annals.core.count;

/**
 * A number read from the tokens.
 *
 * @param start its first token
 * @param end one past its last token
 * @param value what it is worth
 * @param vague true for a vague number ({@code dozens of}), whose phrase is also its qualifier
 * @param year true for a bare four-digit number from 1800 to 2100, which may be a year
 */
record Amount(int start, int end, double value, boolean vague, boolean year) {
}

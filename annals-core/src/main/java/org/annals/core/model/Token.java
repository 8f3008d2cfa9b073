package org.annals.core.model;

/**
 * A token: its span in the original text and its normalised form (curly quotes straightened, dashes
 * unified, no-break spaces made plain).
 */
public record Token(Span span, String text, Kind kind) {

    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL, URL, HANDLE, HASHTAG }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** True when the first character is an upper-case letter. */
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    public boolean isIgnoreCase(String s) {
        return text.equalsIgnoreCase(s);
    }
}

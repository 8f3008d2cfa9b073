package org.annals.core.model;

/**
 * A token: its span in the original text, its normalised form (curly quotes straightened, dashes unified,
 * no-break spaces made plain) and that form in lower case, made once here for the many lookups that ignore
 * case (the same string as {@code text} when it has no capital).
 */
public record Token(Span span, String text, Kind kind, String lower) {

    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL, URL, HANDLE, HASHTAG }

    /** A token whose lower-case form is made from {@code text}; use this constructor. */
    public Token(Span span, String text, Kind kind) {
        this(span, text, kind, text.toLowerCase(java.util.Locale.ROOT));
    }

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

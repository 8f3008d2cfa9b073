package org.annals.core.quote;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.match.TokenView;
import org.annals.core.text.Normalizer;

/**
 * Pairs quotation marks, paragraph by paragraph. Double marks ({@code "}, “ ”, « », „) and single marks
 * (‘ ’, {@code '}) are read alike ({@code ''} is a double mark), the first kind met opening the quote and marks of the other kind inside it
 * being nested quotes, which are left alone. Curly marks tell opening from closing by the character in the
 * original text; straight double marks alternate within a paragraph; a straight single mark opens only before
 * a word and after a space, and closes only after a word, so that apostrophes are not taken for quotes.
 *
 * <p>A quote still open at the end of a paragraph continues when the next paragraph opens with a quotation
 * mark (news style for quotes of several paragraphs); otherwise a double quote ends with its paragraph and a
 * single one, more likely a stray apostrophe, is dropped.
 */
final class QuoteMarks {

    /**
     * A stretch of quoted words.
     *
     * @param open the token of the opening mark
     * @param close the token of the closing mark, or -1 when the quote ran to the end of a paragraph
     * @param from the first quoted token
     * @param to one past the last quoted token (a comma just before the closing mark is left out)
     */
    record Marked(int open, int close, int from, int to) {
    }

    private QuoteMarks() {
    }

    /** The quotes between marks in the prose blocks of the document, in text order. */
    static List<Marked> find(QuoteContext ctx) {
        TokenView v = ctx.view;
        List<Marked> out = new ArrayList<>();
        int open = -1;
        char type = 0;
        int last = -1;
        for (int i = 0; i < v.size(); i++) {
            if (!ctx.isProse(i)) {
                continue;
            }
            boolean newBlock = last >= 0 && v.blockIndex(i) != v.blockIndex(last);
            if (newBlock && open >= 0) {
                if (mark(v, i) == type && canOpen(v, i, type)) {
                    last = i;
                    continue;
                }
                if (type == '"') {
                    add(v, out, open, -1, last + 1);
                }
                open = -1;
            }
            last = i;
            char m = mark(v, i);
            if (m == 0) {
                continue;
            }
            if (open < 0) {
                if (canOpen(v, i, m)) {
                    open = i;
                    type = m;
                }
            } else if (m == type) {
                if (canClose(v, i, m)) {
                    add(v, out, open, i, i);
                    open = -1;
                } else if (m == '"') {
                    open = i;
                }
            }
        }
        if (open >= 0 && type == '"') {
            add(v, out, open, -1, last + 1);
        }
        return out;
    }

    private static void add(TokenView v, List<Marked> out, int open, int close, int to) {
        int from = open + width(v, open);
        int end = to;
        if (end > from && v.isPunct(end - 1, ',')) {
            end--;
        }
        if (end > from) {
            out.add(new Marked(open, close, from, end));
        }
    }

    /**
     * The mark token {@code i} is ({@code '"'} or {@code '\''}), or 0. Two apostrophes written together
     * ({@code ''}, the double mark of some newspapers' archives) are one double mark, read on the first of
     * them; the second is no mark.
     */
    static char mark(TokenView v, int i) {
        if (!v.isPunct(i)) {
            return 0;
        }
        String t = v.token(i).text();
        if (t.length() != 1 || t.charAt(0) != '"' && t.charAt(0) != '\'') {
            return 0;
        }
        if (t.charAt(0) == '"' || isDoubled(v, i)) {
            return '"';
        }
        return i > 0 && isDoubled(v, i - 1) ? 0 : '\'';
    }

    /** How many tokens the mark at token {@code i} takes: 2 for {@code ''}, else 1. */
    static int width(TokenView v, int i) {
        return isDoubled(v, i) ? 2 : 1;
    }

    private static boolean isDoubled(TokenView v, int i) {
        return i + 1 < v.size() && v.token(i).is("'") && v.token(i + 1).is("'")
                && v.token(i).end() == v.token(i + 1).start();
    }

    private static boolean canOpen(TokenView v, int i, char type) {
        char c = v.originalChar(i);
        if (Normalizer.isClosingQuote(c)) {
            return false;
        }
        if (type == '"' || Normalizer.isOpeningQuote(c)) {
            return true;
        }
        String text = v.analysis().normalized();
        int at = v.token(i).start();
        boolean spaceBefore = at == 0 || " \n([-".indexOf(text.charAt(at - 1)) >= 0;
        return spaceBefore && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    private static boolean canClose(TokenView v, int i, char type) {
        char c = v.originalChar(i);
        if (Normalizer.isOpeningQuote(c)) {
            return false;
        }
        if (type == '"' || Normalizer.isClosingQuote(c)) {
            return true;
        }
        String text = v.analysis().normalized();
        int at = v.token(i).start();
        boolean wordBefore = at > 0 && !Character.isWhitespace(text.charAt(at - 1));
        return wordBefore && (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)));
    }
}

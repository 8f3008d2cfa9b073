package org.annals.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.annals.core.kb.Lookups;
import org.annals.core.model.Span;
import org.annals.core.model.Token;

/**
 * Splits normalised text into tokens: words (with internal apostrophes; {@code 's} and {@code n't} split
 * off; hyphens split), abbreviations with their period ({@code U.S.}, {@code Mr.}), numbers with their inner
 * separators ({@code 40,000}, {@code 2021-11-23}, {@code 1990s}), URLs, {@code @handles}, {@code #hashtags},
 * and punctuation. The same tokenizer reads knowledge-base phrases, so that text and dictionaries agree.
 * Stateless and thread-safe.
 */
public final class Tokenizer {

    public static final Tokenizer INSTANCE = new Tokenizer();

    /** Words that keep a following period as part of the token. */
    static final Set<String> ABBREVIATIONS = Lookups.set("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt",
            "Capt", "Maj", "Adm", "Gov", "Sen", "Rep", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb",
            "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Rev", "Hon",
            "Pres", "Mt", "Ft", "Gens", "Reps", "Sens", "approx", "Dept", "Univ", "Brig", "Cmdr", "Supt", "Insp",
            "Amb", "Messrs", "Mme", "Mlle", "Cpl", "Pvt", "Lieut", "est", "Ave", "Blvd", "Rd");

    private Tokenizer() {
    }

    /** The tokens of {@code text[start, end)}. */
    public List<Token> tokenize(String text, int start, int end) {
        List<Token> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            // "Dol_Amroth", "New_York": an underscore between letters joins words as a blank does (TABARI's
            // and PETRARCH's texts write phrases so)
            if (Character.isWhitespace(c) || c == '_' && i > start && i + 1 < end
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                i++;
                continue;
            }
            int j;
            Token.Kind kind;
            if ((j = url(text, i, end)) > i) {
                kind = Token.Kind.URL;
            } else if (c == '@' && i + 1 < end && isWordChar(text.charAt(i + 1))) {
                j = i + 1;
                while (j < end && isWordChar(text.charAt(j))) {
                    j++;
                }
                kind = Token.Kind.HANDLE;
            } else if (c == '#' && i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                j = i + 1;
                while (j < end && isWordChar(text.charAt(j))) {
                    j++;
                }
                kind = Token.Kind.HASHTAG;
            } else if (Character.isDigit(c)) {
                j = number(text, i, end);
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c)) {
                j = word(text, i, end);
                kind = Token.Kind.WORD;
            } else if (c == '\'' && i + 1 < end && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= end || !Character.isLetter(text.charAt(i + 2))) && i > start
                    && Character.isLetterOrDigit(text.charAt(i - 1))) {
                j = i + 2;
                kind = Token.Kind.WORD;
            } else {
                j = i + 1;
                while (j < end && text.charAt(j) == c && (c == '.' || c == '-' || c == '*' || c == '=' || c == '_')) {
                    j++;
                }
                kind = c == '$' || c == '%' || c == '\u20AC' || c == '\u00A3' || c == '\u00A5' || c == '&'
                        || c == '+' ? Token.Kind.SYMBOL : Token.Kind.PUNCT;
            }
            out.add(new Token(new Span(i, j), text.substring(i, j), kind));
            i = j;
        }
        return out;
    }

    /** The tokens of a whole string. */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** The token texts of a phrase, normalised first: how knowledge-base entries are keyed. */
    public String[] words(String phrase) {
        String n = Normalizer.normalize(phrase);
        List<Token> ts = tokenize(n);
        String[] w = new String[ts.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = ts.get(k).text();
        }
        return w;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int url(String t, int i, int end) {
        if (!(t.startsWith("http://", i) || t.startsWith("https://", i) || t.startsWith("www.", i)
                || t.startsWith("pic.twitter.com/", i) || t.startsWith("t.co/", i))) {
            return i;
        }
        int j = i;
        while (j < end && !Character.isWhitespace(t.charAt(j))) {
            j++;
        }
        while (j > i && ".,;:)!?\"'".indexOf(t.charAt(j - 1)) >= 0) {
            j--;
        }
        return j;
    }

    private static int number(String t, int i, int end) {
        int j = i;
        while (j < end) {
            char c = t.charAt(j);
            if (Character.isDigit(c)) {
                j++;
            } else if ((c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && j + 1 < end
                    && Character.isDigit(t.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        while (j < end && Character.isLetter(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int word(String t, int i, int end) {
        int j = i;
        while (j < end) {
            char c = t.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if (c == '\'' && j + 1 < end && Character.isLetter(t.charAt(j + 1))) {
                char n = t.charAt(j + 1);
                boolean possessive = (n == 's' || n == 'S') && (j + 2 >= end || !Character.isLetter(t.charAt(j + 2)));
                boolean negation = (n == 't' || n == 'T') && j > i && (t.charAt(j - 1) == 'n' || t.charAt(j - 1) == 'N')
                        && (j + 2 >= end || !Character.isLetter(t.charAt(j + 2)));
                if (possessive) {
                    break;
                }
                if (negation) {
                    return j - 1 > i ? j - 1 : j + 2;
                }
                j++;
            } else {
                break;
            }
        }
        // abbreviations: U.S., U.N., a.m.; known short forms and initials take their period
        if (j < end && t.charAt(j) == '.') {
            if (j - i == 1 && j + 2 < end && Character.isLetter(t.charAt(j + 1)) && t.charAt(j + 2) == '.') {
                int k = j;
                while (k + 2 < end && t.charAt(k) == '.' && Character.isLetter(t.charAt(k + 1))
                        && t.charAt(k + 2) == '.') {
                    k += 2;
                }
                return k + 1;
            }
            String w = t.substring(i, j);
            if (ABBREVIATIONS.contains(w) || (j - i == 1 && Character.isUpperCase(t.charAt(i)))) {
                return j + 1;
            }
        }
        return j;
    }
}

package org.annals.core.time;

import java.util.List;

import org.annals.core.model.Token;

/**
 * Gives every token of a sentence its {@link TokenClass} features: first from the lexicon (words and
 * phrases), then from the shapes of numbers, then from the neighbours (whether a four-digit number is a
 * year, whether "May" is a month, "twenty-five", "10 a.m."). Stateless and thread-safe.
 */
final class Classifier {

    /** Classes of a capitalised word that does not make the next token part of a name. */
    private static final TokenClass[] DATE_CONTEXT = {TokenClass.YEARPREP, TokenClass.DET, TokenClass.MONTH,
        TokenClass.SEASON, TokenClass.MOD, TokenClass.SHIFT, TokenClass.WEEKDAY, TokenClass.EVERY,
        TokenClass.QMOD, TokenClass.TENSE};

    private final Vocabulary vocabulary;

    Classifier(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The classified tokens of one sentence.
     *
     * @param tokens the sentence's tokens
     * @param dayFirst true when the document writes slashed dates day first (see {@link NumericDates})
     */
    TokenView classify(List<Token> tokens, boolean dayFirst) {
        TokenView v = new TokenView(tokens, vocabulary);
        boolean[] ambiguousMonth = new boolean[v.size()];
        for (int i = 0; i < v.size(); i++) {
            words(v, i, ambiguousMonth);
        }
        for (int i = 0; i < v.size(); i++) {
            if (v.token(i).kind() == Token.Kind.NUMBER) {
                number(v, i, dayFirst);
            }
        }
        for (int i = 0; i < v.size(); i++) {
            context(v, i, ambiguousMonth[i]);
        }
        for (int i = 0; i < v.size(); i++) {
            spelledYear(v, i);
        }
        return v;
    }

    /**
     * A year written in words, as transcripts of broadcasts write them: "nineteen ninety-six" (a number from
     * eleven to twenty, then one from ten to ninety-nine), "two thousand", "two thousand and one".
     */
    private static void spelledYear(TokenView v, int i) {
        Feature hundreds = v.get(i, TokenClass.QTY);
        if (hundreds == null || hundreds.length() != 1 || !v.token(i).isWord() || !isNumber(hundreds.value())) {
            return;
        }
        int h = hundreds.number();
        int next = i + 1;
        int year;
        if (h >= 11 && h <= 20) {
            Feature rest = v.get(next, TokenClass.QTY);
            if (rest == null || !v.token(next).isWord() || !isNumber(rest.value()) || rest.number() < 10
                    || rest.number() > 99) {
                return;
            }
            year = h * 100 + rest.number();
            next += rest.length();
        } else if (h == 2 && v.is(next, "thousand")) {
            year = 2000;
            next++;
            int and = v.is(next, "and") ? next + 1 : next;
            Feature rest = v.get(and, TokenClass.QTY);
            if (rest != null && v.token(and).isWord() && isNumber(rest.value()) && rest.number() < 100) {
                year += rest.number();
                next = and + rest.length();
            }
        } else {
            return;
        }
        Feature f = new Feature(String.valueOf(year), next - i, false);
        v.set(i, TokenClass.YEARNUM, f);
        v.set(i, TokenClass.YEAR, f);
    }

    private void words(TokenView v, int i, boolean[] ambiguousMonth) {
        Token t = v.token(i);
        for (Lexicon.Entry e : v.entries(i)) {
            boolean word = e.words().length == 1;
            if (word ? e.capital() && !t.isCapitalized() : !startsAt(v, i, e.words())) {
                continue;
            }
            v.set(i, e.cls(), e.feature());
            if (e.cls() == TokenClass.UNIT) {
                v.set(i, e.feature().plural() ? TokenClass.UNITS : TokenClass.UNIT1, e.feature());
            }
            ambiguousMonth[i] |= word && e.cls() == TokenClass.MONTH && e.needsContext();
        }
    }

    private static boolean startsAt(TokenView v, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!v.is(i + k, words[k])) {
                return false;
            }
        }
        return true;
    }

    private static void number(TokenView v, int i, boolean dayFirst) {
        String s = v.lower(i);
        v.set(i, TokenClass.NUM, Feature.of(s));
        String qty = NumberShapes.quantity(s);
        if (qty != null) {
            v.set(i, TokenClass.QTY, Feature.of(qty));
            boolean counted = v.has(i + 1, TokenClass.COUNTNOUN) || v.has(i + 1, TokenClass.UNIT);
            if (s.length() <= 2 && !counted) {
                int n = Integer.parseInt(s);
                if (n >= 1 && n <= 31) {
                    v.set(i, TokenClass.DAY, Feature.of(String.valueOf(n)));
                }
            }
            if (NumberShapes.isYearShape(s) && !v.has(i + 1, TokenClass.COUNTNOUN)) {
                v.set(i, TokenClass.YEARNUM, Feature.of(s));
            }
        }
        Feature ampm = v.get(i + 1, TokenClass.AMPM);
        String clock = ampm == null ? null : NumberShapes.clock(s, ampm.value());
        if (clock != null) {
            v.set(i, TokenClass.CLOCK, new Feature(clock, 2, false));
        } else if ((clock = NumberShapes.clock(s, null)) != null) {
            v.set(i, TokenClass.CLOCK, Feature.of(clock));
        }
        int ord = NumberShapes.ordinal(s);
        if (ord > 0) {
            v.set(i, TokenClass.ORDINAL, Feature.of(String.valueOf(ord)));
            if (ord <= 31) {
                v.set(i, TokenClass.DAY, Feature.of(String.valueOf(ord)));
            }
        }
        String decade = NumberShapes.decade(s);
        if (decade != null) {
            v.set(i, TokenClass.DECADE, Feature.of(decade));
        } else if (NumberShapes.isYearShape(s) && s.endsWith("0") && v.is(i + 1, "'s")) {
            v.set(i, TokenClass.DECADE, new Feature(s.substring(0, 3), 2, false));
        }
        String date = NumericDates.parse(s, dayFirst);
        if (date != null) {
            v.set(i, TokenClass.NUMDATE, Feature.of(date));
        }
        String range = NumberShapes.yearRange(s);
        if (range != null && date == null) {
            v.set(i, TokenClass.YEARRANGE, Feature.of(range));
        }
    }

    private static void context(TokenView v, int i, boolean ambiguousMonth) {
        if (ambiguousMonth && !monthContext(v, i)) {
            v.clear(i, TokenClass.MONTH);
        }
        if (v.has(i, TokenClass.SEASON) && afterName(v, i)) {
            v.clear(i, TokenClass.SEASON);
        }
        if (v.has(i, TokenClass.YEARNUM) && isYear(v, i, v.get(i, TokenClass.YEARNUM).number())) {
            v.set(i, TokenClass.YEAR, v.get(i, TokenClass.YEARNUM));
        }
        Feature range = v.get(i, TokenClass.YEARRANGE);
        if (range != null && !isYear(v, i, Integer.parseInt(range.value().substring(0, 4)))) {
            v.clear(i, TokenClass.YEARRANGE);
        }
        Feature tens = v.get(i, TokenClass.QTY);
        int o = v.is(i + 1, "-") ? i + 2 : i + 1;
        Feature ones = v.get(o, TokenClass.QTY);
        if (tens != null && ones != null && v.token(i).isWord() && v.token(o).isWord()
                && isNumber(tens.value()) && isNumber(ones.value())) {
            int t = tens.number();
            int n = ones.number();
            if (t >= 20 && t <= 90 && t % 10 == 0 && n >= 1 && n <= 9) {
                v.set(i, TokenClass.QTY, new Feature(String.valueOf(t + n), o + 1 - i, false));
            }
        }
    }

    /** "May", "March", "Jan" are months only next to a day or a year, or after a preposition or modifier. */
    private static boolean monthContext(TokenView v, int i) {
        return v.has(i + 1, TokenClass.DAY) || v.has(i + 1, TokenClass.YEARNUM) || v.has(i - 1, TokenClass.DAY)
                || v.has(i - 1, TokenClass.YEARPREP) || v.has(i - 1, TokenClass.MOD) || v.has(i - 1, TokenClass.SHIFT)
                || v.has(i - 1, TokenClass.EVERY) || v.is(i - 1, "-");
    }

    /**
     * A four-digit number is a year where the context says so: after a preposition ({@code in 1947}), in a
     * list of years ({@code 1848 and 1849}), or anywhere for 1900..2099; but not after a label word
     * ({@code Resolution 1973}), a currency sign or a name ({@code Vision 2030}), not before a unit ({@code 2000 years}),
     * and not before a plural noun unless a determiner or a strong preposition comes first
     * ({@code the 2019 elections}, {@code in 2019 elections}; not {@code some 2000 demonstrators}); a noun in
     * -us or -is is singular ({@code a 2009 analysis}).
     */
    private static boolean isYear(TokenView v, int i, int n) {
        int p = i - 1;
        if (v.has(p, TokenClass.NUMBERING) || (p >= 0 && v.token(p).kind() == Token.Kind.SYMBOL)
                || v.has(i + 1, TokenClass.UNIT) || v.has(i + 1, TokenClass.COUNTNOUN)) {
            return false;
        }
        if (afterName(v, i)) {
            return false;
        }
        Feature prep = v.get(p, TokenClass.YEARPREP);
        boolean listed = (v.is(p, ",") || v.is(p, "and") || v.is(p, "or") || v.is(p, "-"))
                && v.has(p - 1, TokenClass.YEARNUM);
        if (prep == null && !listed && (n < 1900 || n > 2099)) {
            return false;
        }
        boolean strong = (prep != null && prep.value().equals("strong")) || v.has(p, TokenClass.DET);
        return strong || !pluralNoun(v, i + 1);
    }

    /**
     * True when a capitalised word that plays no part in dates comes just before: the token then belongs to
     * a name ({@code Arab Spring}, {@code Vision 2030}).
     */
    private static boolean afterName(TokenView v, int i) {
        int p = i - 1;
        if (p < 0 || !v.token(p).isWord() || !v.token(p).isCapitalized()) {
            return false;
        }
        for (TokenClass c : DATE_CONTEXT) {
            if (v.has(p, c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pluralNoun(TokenView v, int i) {
        if (i >= v.size() || !v.token(i).isWord() || v.token(i).isCapitalized()) {
            return false;
        }
        String w = v.lower(i);
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !v.has(i, TokenClass.NOTPLURAL);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && NumberShapes.allDigits(s);
    }
}

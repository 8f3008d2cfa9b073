package org.annals.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.annals.core.model.Token;

/**
 * Numeric calendar dates: {@code 2021-11-23}, {@code 2021/11/23}, {@code 23.11.2021} and the slashed forms
 * {@code 11/23/2021} or {@code 23/11/2021} (also with a two-digit year: {@code 11/23/21} is 2021, {@code 98}
 * is 1998).
 *
 * <p>The order of a slashed date is the document's: a slashed date whose first part is above 12
 * ({@code 23/11/2021}) shows day-first style, one whose second part is above 12 shows month-first (US)
 * style. When both parts are 12 or less ({@code 11/10/2021}) the document's evidence decides, and without
 * evidence the US order is read: English-language wire copy that writes numeric dates mostly writes them
 * month first. A form that is impossible in the order chosen is not a date.
 */
final class NumericDates {

    private NumericDates() {
    }

    /** True when the slashed dates of a document show day-first style and none shows month-first style. */
    static boolean dayFirst(List<Token> tokens) {
        int dayFirst = 0;
        int monthFirst = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.NUMBER || t.text().indexOf('/') < 0) {
                continue;
            }
            String[] p = t.text().split("/");
            if (p.length != 3 || p[0].length() > 2 || p[1].length() > 2 || !allDigits(p)) {
                continue;
            }
            int a = Integer.parseInt(p[0]);
            int b = Integer.parseInt(p[1]);
            if (a > 12 && b <= 12) {
                dayFirst++;
            } else if (b > 12 && a <= 12) {
                monthFirst++;
            }
        }
        return dayFirst > 0 && monthFirst == 0;
    }

    /** The ISO date ({@code yyyy-mm-dd}) a number token writes, or {@code null}. */
    static String parse(String s, boolean dayFirst) {
        char sep = s.indexOf('/') >= 0 ? '/' : s.indexOf('-') >= 0 ? '-' : '.';
        String[] p = s.split(sep == '.' ? "\\." : String.valueOf(sep), -1);
        if (p.length != 3 || !allDigits(p)) {
            return null;
        }
        if (p[0].length() == 4 && p[1].length() <= 2 && p[2].length() <= 2 && sep != '.') {
            return iso(num(p[0]), num(p[1]), num(p[2]));
        }
        if (p[0].length() > 2 || p[1].length() > 2 || (p[2].length() != 4 && p[2].length() != 2) || sep == '-') {
            return null;
        }
        int year = p[2].length() == 4 ? num(p[2]) : (num(p[2]) < 50 ? 2000 : 1900) + num(p[2]);
        int a = num(p[0]);
        int b = num(p[1]);
        if (sep == '.') {
            return p[2].length() == 4 ? iso(year, b, a) : null;
        }
        boolean dmy = a > 12 || (dayFirst && b <= 12);
        return dmy ? iso(year, b, a) : iso(year, a, b);
    }

    private static String iso(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static boolean allDigits(String[] parts) {
        for (String p : parts) {
            if (p.isEmpty() || !NumberShapes.allDigits(p)) {
                return false;
            }
        }
        return true;
    }
}

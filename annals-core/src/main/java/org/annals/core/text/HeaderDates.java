package org.annals.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a full calendar date written the ways news headers and metadata write it: {@code 2021-11-23} (with or
 * without a time after it), {@code November 23, 2021}, {@code Nov. 23, 2021}, {@code 23 November 2021},
 * {@code Tuesday, 23 November 2021}, {@code Friday 3rd February, 2023}. Only unambiguous forms:
 * {@code 11/12/2021} is not read. A small scanner over the characters, no exceptions on the way: it runs on
 * every header line of every article.
 */
public final class HeaderDates {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();

    static {
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int m = 0; m < 12; m++) {
            MONTHS.put(months[m], m + 1);
            MONTHS.put(months[m].substring(0, 3), m + 1);
        }
        MONTHS.put("sept", 9);
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; d++) {
            WEEKDAYS.put(days[d], d + 1);
            WEEKDAYS.put(days[d].substring(0, 3), d + 1);
        }
        WEEKDAYS.put("tues", 2);
        WEEKDAYS.put("thur", 4);
        WEEKDAYS.put("thurs", 4);
    }

    private HeaderDates() {
    }

    /** The first full date anywhere in a short line, or {@code null}. */
    public static LocalDate find(String line) {
        int[] n = new int[1];
        for (int p = 0; p < line.length(); p++) {
            boolean wordStart = Character.isLetterOrDigit(line.charAt(p))
                    && (p == 0 || !Character.isLetterOrDigit(line.charAt(p - 1)));
            if (wordStart) {
                LocalDate d = parsePrefix(line.substring(p), n);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The date that {@code s} holds entirely (allowing a trailing time of day), or {@code null}. */
    public static LocalDate parse(String s) {
        int[] n = new int[1];
        String t = s.strip();
        LocalDate d = parsePrefix(t, n);
        if (d == null) {
            return null;
        }
        String rest = t.substring(n[0]).strip();
        boolean time = rest.length() >= 4 && (rest.charAt(0) == 'T' || Character.isDigit(rest.charAt(0)));
        return rest.isEmpty() || time ? d : null;
    }

    /**
     * The date at the start of {@code s}, or {@code null}; {@code consumed[0]} receives the number of characters
     * the date took.
     */
    public static LocalDate parsePrefix(String s, int[] consumed) {
        Scanner sc = new Scanner(s);
        LocalDate iso = sc.iso();
        if (iso != null) {
            consumed[0] = sc.at;
            return iso;
        }
        sc.at = 0;
        // an optional weekday: "Tuesday, ", "Tue "
        int mark = sc.at;
        String word = sc.word();
        if (word != null && WEEKDAYS.containsKey(word)) {
            sc.period();
            sc.comma();
        } else {
            sc.at = mark;
        }
        int year;
        int month;
        int day;
        mark = sc.at;
        String first = sc.word();
        if (first != null && MONTHS.containsKey(first)) {
            // November 23, 2021 / Nov. 23 2021
            month = MONTHS.get(first);
            sc.period();
            day = sc.day();
            sc.comma();
            year = sc.year();
        } else {
            // 23 November 2021 / 3rd February, 2023
            sc.at = mark;
            day = sc.day();
            String m = sc.word();
            month = m == null ? -1 : MONTHS.getOrDefault(m, -1);
            sc.period();
            sc.comma();
            year = sc.year();
        }
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            consumed[0] = sc.at;
            return d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A cursor over the characters of a candidate date. */
    private static final class Scanner {
        final String s;
        int at;

        Scanner(String s) {
            this.s = s;
        }

        /** {@code 2021-11-23}, not followed by another digit. */
        LocalDate iso() {
            if (s.length() < 10) {
                return null;
            }
            for (int i = 0; i < 10; i++) {
                char c = s.charAt(i);
                boolean dash = i == 4 || i == 7;
                if (dash ? c != '-' : (c < '0' || c > '9')) {
                    return null;
                }
            }
            if (s.length() > 10 && Character.isDigit(s.charAt(10))) {
                return null;
            }
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                        Integer.parseInt(s.substring(8, 10)));
                at = 10;
                return d;
            } catch (DateTimeException e) {
                return null;
            }
        }

        void spaces() {
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
        }

        /** A word of letters, lower-cased, or null. */
        String word() {
            spaces();
            int start = at;
            while (at < s.length() && Character.isLetter(s.charAt(at))) {
                at++;
            }
            return at == start ? null : s.substring(start, at).toLowerCase(Locale.ROOT);
        }

        void period() {
            if (at < s.length() && s.charAt(at) == '.') {
                at++;
            }
        }

        void comma() {
            spaces();
            if (at < s.length() && s.charAt(at) == ',') {
                at++;
            }
        }

        /** A day of the month, 1 to 31, with an optional ordinal suffix; -1 if none. */
        int day() {
            spaces();
            int start = at;
            int v = digits(2);
            if (v < 1 || v > 31) {
                at = start;
                return -1;
            }
            if (at + 2 <= s.length()) {
                String suffix = s.substring(at, at + 2).toLowerCase(Locale.ROOT);
                boolean ordinal = suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                        || suffix.equals("th");
                if (ordinal && (at + 2 == s.length() || !Character.isLetter(s.charAt(at + 2)))) {
                    at += 2;
                }
            }
            if (at < s.length() && Character.isLetterOrDigit(s.charAt(at))) {
                at = start;
                return -1;
            }
            return v;
        }

        /** A four-digit year not followed by another digit; -1 if none. */
        int year() {
            spaces();
            int start = at;
            int v = digits(4);
            if (at - start != 4 || (at < s.length() && Character.isLetterOrDigit(s.charAt(at)))) {
                at = start;
                return -1;
            }
            return v;
        }

        private int digits(int max) {
            int v = 0;
            int n = 0;
            while (at < s.length() && n < max && Character.isDigit(s.charAt(at))) {
                v = v * 10 + (s.charAt(at) - '0');
                at++;
                n++;
            }
            return n == 0 ? -1 : v;
        }
    }
}

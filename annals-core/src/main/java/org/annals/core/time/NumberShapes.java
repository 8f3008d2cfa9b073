package org.annals.core.time;

import java.util.regex.Pattern;

/**
 * Reads the shapes of number tokens that matter for time: amounts ({@code 48}, {@code 1.5},
 * {@code 40,000}), clock times ({@code 10:30}, {@code 10am}, {@code 10.30pm}), ordinals ({@code 20th}) and
 * decades ({@code 1990s}, {@code 90s}). Each method returns {@code null} (or -1) for a token of another shape.
 */
final class NumberShapes {

    /** What separates the hours, minutes and seconds of a clock time. */
    private static final Pattern CLOCK_PARTS = Pattern.compile("[:.]");

    private NumberShapes() {
    }

    /** True when every character of {@code s} is a digit (an empty string too), without a stream. */
    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The amount a plain number writes, without thousands separators ({@code "40000"}), or {@code null}. */
    static String quantity(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1))) {
            return null;
        }
        boolean commas = s.indexOf(',') >= 0;
        int dot = s.indexOf('.');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isDigit(c) || c == ',' || (c == '.' && i == dot))) {
                return null;
            }
        }
        if (commas && !groupedByThousands(dot < 0 ? s : s.substring(0, dot))) {
            return null;
        }
        return s.replace(",", "");
    }

    private static boolean groupedByThousands(String s) {
        int first = s.indexOf(',');
        if (first < 1 || first > 3) {
            return false;
        }
        for (int i = first; i < s.length(); i += 4) {
            if (s.charAt(i) != ',' || i + 4 > s.length()) {
                return false;
            }
        }
        return (s.length() - first) % 4 == 0;
    }

    /**
     * The time of day as {@code HH:MM} for {@code 10:30}, {@code 10:30:15}, {@code 10am}, {@code 10.30pm}; with
     * {@code ampm} ({@code AM}, {@code PM} or {@code null}) the half of the day a following word gives.
     * A bare number ({@code 10}) is a time only with {@code ampm}. Returns {@code null} for other shapes.
     */
    static String clock(String s, String ampm) {
        String half = ampm;
        String t = s.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith("am") || t.endsWith("pm")) {
            if (half != null) {
                return null;
            }
            half = t.endsWith("am") ? "AM" : "PM";
            t = t.substring(0, t.length() - 2);
        }
        String[] parts = CLOCK_PARTS.split(t, -1);
        if (parts.length > 3 || (parts.length == 1 && half == null) || (t.indexOf('.') >= 0 && half == null)) {
            return null;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 2 || !allDigits(p)) {
                return null;
            }
        }
        int h = Integer.parseInt(parts[0]);
        int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        if ((parts.length > 1 && parts[1].length() != 2) || m > 59 || h > 24 || (half != null && (h < 1 || h > 12))) {
            return null;
        }
        if (half != null) {
            h = h % 12 + (half.equals("PM") ? 12 : 0);
        }
        String v = Anchoring.digits(h, 2) + ":" + Anchoring.digits(m, 2);
        return parts.length == 3 && parts[2].length() == 2 ? v + ":" + parts[2] : v;
    }

    /** The number of an ordinal ({@code 1st}, {@code 20th}, {@code 23rd}), or -1. */
    static int ordinal(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT);
        if (t.length() < 3 || !(t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd") || t.endsWith("th"))) {
            return -1;
        }
        String digits = t.substring(0, t.length() - 2);
        if (digits.isEmpty() || digits.length() > 3 || !allDigits(digits)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    /**
     * The TIMEX3 decade of {@code 1990s} ({@code 199}) or {@code 90s} (read as {@code 199}; {@code 00s} to
     * {@code 20s} as {@code 200}..{@code 202}), or {@code null}.
     */
    static String decade(String s) {
        if (!s.endsWith("s")) {
            return null;
        }
        String d = s.substring(0, s.length() - 1);
        if (!allDigits(d) || !d.endsWith("0")) {
            return null;
        }
        if (d.length() == 4 && d.charAt(0) >= '1' && d.charAt(0) <= '2') {
            return d.substring(0, 3);
        }
        if (d.length() == 2) {
            return (d.charAt(0) >= '3' ? "19" : "20") + d.charAt(0);
        }
        return null;
    }

    /**
     * The two years of a range written as one token, {@code 2009-2010} or {@code 1957-58} (the second year
     * later than the first, by at most a century), as {@code "2009 2010"}; {@code null} for other shapes.
     */
    static String yearRange(String s) {
        int dash = s.indexOf('-');
        if (dash != 4 || !isYearShape(s.substring(0, 4))) {
            return null;
        }
        String second = s.substring(5);
        if ((second.length() != 2 && second.length() != 4) || !allDigits(second)) {
            return null;
        }
        int from = Integer.parseInt(s.substring(0, 4));
        int to = Integer.parseInt(second);
        if (second.length() == 2) {
            to += from / 100 * 100;
            if (to <= from) {
                to += 100;
            }
        }
        return to > from && to - from <= 100 && to <= 2099 ? from + " " + to : null;
    }

    /** True for a four-digit year 1000..2099 written as digits alone. */
    static boolean isYearShape(String s) {
        if (s.length() != 4 || !allDigits(s)) {
            return false;
        }
        int n = Integer.parseInt(s);
        return n >= 1000 && n <= 2099;
    }
}

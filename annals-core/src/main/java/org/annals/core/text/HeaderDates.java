package org.annals.core.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Reads a full calendar date written the ways news headers and metadata write it: {@code 2021-11-23} (with or
 * without a time after it), {@code November 23, 2021}, {@code Nov. 23, 2021}, {@code 23 November 2021},
 * {@code Tuesday, 23 November 2021}. Only unambiguous forms: {@code 11/12/2021} is not read.
 */
public final class HeaderDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("uuuu-MM-dd"),
            strict("MMMM d, uuuu"),
            strict("MMMM d uuuu"),
            strict("MMM d, uuuu"),
            strict("MMM d uuuu"),
            strict("MMM'.' d, uuuu"),
            strict("d MMM'.' uuuu"),
            strict("d MMMM uuuu"),
            strict("d MMMM, uuuu"),
            strict("d MMM uuuu"),
            strict("EEEE, MMMM d, uuuu"),
            strict("EEEE, d MMMM uuuu"),
            strict("EEEE d MMMM uuuu"),
            strict("EEE, d MMM uuuu"),
            strict("EEE, MMM d, uuuu"),
            strict("EEE d MMM uuuu"),
            strict("EEEE d MMMM, uuuu"),
            strict("d MMM, uuuu"));

    private HeaderDates() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The date at the start of {@code s}, or {@code null}. {@code s} may continue after the date with a time
     * ({@code T10:15:00Z}, {@code 10:15 GMT}) or with other text; {@code consumed[0]} receives the number of
     * characters the date took.
     */
    public static LocalDate parsePrefix(String s, int[] consumed) {
        String t = s;
        if (t.length() >= 10 && isIsoDate(t)) {
            try {
                LocalDate d = LocalDate.parse(t.substring(0, 10));
                if (consumed != null) {
                    consumed[0] = 10;
                }
                return d;
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        // try ever shorter prefixes that end at a word boundary: the date is at the front
        int max = Math.min(t.length(), 40);
        for (int end = max; end >= 8; end--) {
            if (end < t.length() && Character.isLetterOrDigit(t.charAt(end))
                    && Character.isLetterOrDigit(t.charAt(end - 1))) {
                continue;
            }
            String cand = t.substring(0, end).strip();
            if (cand.endsWith(",")) {
                continue;
            }
            for (DateTimeFormatter f : FORMATS) {
                try {
                    var parsed = f.parse(cand);
                    LocalDate d = LocalDate.of(parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                            parsed.get(ChronoField.DAY_OF_MONTH));
                    if (consumed != null) {
                        consumed[0] = end;
                    }
                    return d;
                } catch (java.time.DateTimeException e) {
                    // not this format
                }
            }
        }
        return null;
    }

    /** The date that {@code s} holds entirely (allowing a trailing time of day), or {@code null}. */
    public static LocalDate parse(String s) {
        int[] n = new int[1];
        LocalDate d = parsePrefix(s.strip(), n);
        if (d == null) {
            return null;
        }
        String rest = s.strip().substring(n[0]).strip();
        return rest.isEmpty() || rest.matches("(?i)(T|at\\s+)?\\d{1,2}[:.]\\d{2}.*") ? d : null;
    }

    private static boolean isIsoDate(String t) {
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : (c < '0' || c > '9')) {
                return false;
            }
        }
        return t.length() == 10 || !Character.isDigit(t.charAt(10));
    }

    /**
     * The first full date anywhere in a short line ({@code Global Wire | Thursday 18 January 2024 | 15:42 GMT},
     * {@code Updated May 6, 2024 18:40 EAT}, {@code Friday 3rd February, 2023}), or {@code null}. Ordinal
     * suffixes are read ({@code 3rd}).
     */
    public static LocalDate find(String line) {
        String s = withoutOrdinals(line);
        int[] n = new int[1];
        for (int p = 0; p < s.length(); p++) {
            boolean wordStart = Character.isLetterOrDigit(s.charAt(p))
                    && (p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1)));
            if (wordStart) {
                LocalDate d = parsePrefix(s.substring(p), n);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** {@code 3rd February} as {@code 3 February}; the length changes, so only for reading dates. */
    private static String withoutOrdinals(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c);
            if (Character.isDigit(c) && i + 2 < s.length()) {
                String two = s.substring(i + 1, i + 3).toLowerCase(java.util.Locale.ROOT);
                boolean suffix = two.equals("st") || two.equals("nd") || two.equals("rd") || two.equals("th");
                boolean end = i + 3 >= s.length() || !Character.isLetter(s.charAt(i + 3));
                if (suffix && end) {
                    i += 2;
                }
            }
        }
        return b.toString();
    }
}

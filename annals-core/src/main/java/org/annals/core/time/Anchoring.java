package org.annals.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Resolves the relative rule a {@link org.annals.core.model.Timex#relative()} keeps against an anchor date.
 * The tagger resolves rules against the publication date; a later stage can resolve the same rule against
 * another anchor (a sibling article's date, a date in the text).
 *
 * <h2>Rule format</h2>
 * A rule is a few words separated by single spaces, optionally ending with a time of day:
 * <pre>
 * rule   = base [" " time]
 * base   = "OFFSET " n " " unit          the anchor moved by n units, at the unit's precision
 *                                         ("last week": OFFSET -1 WEEK, "two years ago": OFFSET -2 YEAR)
 *        | "SHIFT " n " " unit           the same, counted from a date in the text, never from the
 *                                         publication date ("the next day": SHIFT 1 DAY)
 *        | "WEEKDAY " d " " dir          a day of the week, d = 1 (Monday) .. 7 ("on Tuesday": WEEKDAY 2 PAST)
 *        | "MONTHDAY " mm " " dd " " dir a day of a month ("October 7": MONTHDAY 10 07 PAST)
 *        | "YEARPART " part " " dir      a named part of a year: a month 01..12, a season SP SU FA WI, a
 *                                         quarter Q1..Q4 ("in December": YEARPART 12 PAST)
 *        | "TIME"                        the anchor's own day (a clock time alone: TIME T10:30)
 * unit   = DAY | WEEK | WEEKEND | MONTH | QUARTER | YEAR | DECADE | CENTURY | HOUR | MINUTE | SECOND
 * dir    = PAST     the latest one on or before the anchor (same day counts)
 *        | FUTURE   the earliest one on or after the anchor
 *        | BEFORE   the latest one strictly before the anchor ("last Tuesday", "last November")
 *        | AFTER    the earliest one strictly after the anchor ("next Tuesday")
 *        | "Y" sign k   the one in the anchor's year moved by k years ("December last year": Y-1)
 *        | "W" sign k   the one in the anchor's ISO week moved by k weeks ("this Tuesday": W+0)
 * time   = "T" HH ":" MM | "TMO" | "TAF" | "TEV" | "TNI"    appended to a day's value
 * </pre>
 * Parts of a year compare by their first month (SP 3, SU 6, FA 9, WI 12, Q1 1, ...). Offsets in hours,
 * minutes and seconds need a time of the anchor and do not resolve against a date.
 */
public final class Anchoring {

    private Anchoring() {
    }

    /**
     * The TIMEX3 value of {@code relative} for {@code anchor}: {@code resolve("WEEKDAY 2 PAST", 2021-11-25)} is
     * {@code 2021-11-23}; {@code null} when the rule is {@code null}, malformed or does not resolve against a
     * date.
     */
    public static String resolve(String relative, LocalDate anchor) {
        if (relative == null || anchor == null) {
            return null;
        }
        String[] p = relative.split(" ");
        String time = time(p);
        try {
            return switch (p[0]) {
                case "OFFSET", "SHIFT" -> offset(anchor, Integer.parseInt(p[1]), p[2], time);
                case "WEEKDAY" -> day(weekday(anchor, Integer.parseInt(p[1]), p[2]), time);
                case "MONTHDAY" -> day(monthDay(anchor, Integer.parseInt(p[1]), Integer.parseInt(p[2]), p[3]), time);
                case "YEARPART" -> yearPart(anchor, p[1], p[2]);
                case "TIME" -> day(anchor, time);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The underspecified TIMEX3 value of {@code relative} when no anchor is known: {@code XXXX-WXX-2} for
     * {@code WEEKDAY 2 PAST}, {@code XXXX-10-07} for {@code MONTHDAY 10 07 PAST}, {@code XXXX-12} for
     * {@code YEARPART 12 PAST}, {@code XXXX-XX-XXT10:30} for {@code TIME T10:30}; {@code null} for offsets,
     * which mean nothing without an anchor.
     */
    public static String unresolved(String relative) {
        if (relative == null) {
            return null;
        }
        String[] p = relative.split(" ");
        String time = time(p);
        String base = switch (p[0]) {
            case "WEEKDAY" -> "XXXX-WXX-" + p[1];
            case "MONTHDAY" -> "XXXX-" + p[1] + "-" + p[2];
            case "YEARPART" -> "XXXX-" + p[1];
            case "TIME" -> "XXXX-XX-XX";
            default -> null;
        };
        return base == null || time == null ? base : base + time;
    }

    /** True for a clock time alone ({@code TIME T10:30}), which takes its day from the context. */
    public static boolean isTimeOnly(String relative) {
        return relative != null && relative.startsWith("TIME");
    }

    /** True for a rule that counts from a date in the text ({@code SHIFT ...}), not from the writer's now. */
    public static boolean countsFromText(String relative) {
        return relative != null && relative.startsWith("SHIFT ");
    }

    // --- building rules (the tagger writes them through these, so the format lives in one place) -------

    static String offset(boolean fromText, long n, String unit) {
        return (fromText ? "SHIFT " : "OFFSET ") + n + " " + unit;
    }

    static String weekday(int day, String dir) {
        return "WEEKDAY " + day + " " + dir;
    }

    static String monthDay(int month, int day, String dir) {
        return String.format(Locale.ROOT, "MONTHDAY %02d %02d %s", month, day, dir);
    }

    static String yearPart(String part, String dir) {
        return "YEARPART " + part + " " + dir;
    }

    static String time() {
        return "TIME";
    }

    /** {@code rule} with a time of day ({@code T10:30}, {@code TMO}) appended, or {@code rule} if none. */
    static String at(String rule, String time) {
        return rule == null || time == null ? rule : rule + " " + time;
    }

    // --- resolving -------------------------------------------------------------------------------------

    private static String time(String[] p) {
        String last = p[p.length - 1];
        return p.length > 1 && last.length() > 1 && last.charAt(0) == 'T' ? last : null;
    }

    private static String day(LocalDate d, String time) {
        return d == null ? null : time == null ? d.toString() : d + time;
    }

    private static String offset(LocalDate a, int n, String unit, String time) {
        return switch (unit) {
            case "DAY" -> day(a.plusDays(n), time);
            case "WEEK" -> week(a.plusWeeks(n));
            case "WEEKEND" -> week(a.plusWeeks(n)) + "-WE";
            case "MONTH" -> a.plusMonths(n).toString().substring(0, 7);
            case "QUARTER" -> {
                LocalDate q = a.plusMonths(3L * n);
                yield year(q.getYear()) + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            }
            case "YEAR" -> year(a.getYear() + n);
            case "DECADE" -> year(a.getYear() + 10 * n).substring(0, 3);
            case "CENTURY" -> year(a.getYear() + 100 * n).substring(0, 2);
            default -> null;
        };
    }

    private static String week(LocalDate d) {
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + String.format(Locale.ROOT, "-W%02d",
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A year as TIMEX3 writes it, four digits. */
    static String year(int y) {
        return String.format(Locale.ROOT, "%04d", y);
    }

    private static LocalDate weekday(LocalDate a, int day, String dir) {
        DayOfWeek d = DayOfWeek.of(day);
        return switch (dir) {
            case "PAST" -> a.with(TemporalAdjusters.previousOrSame(d));
            case "BEFORE" -> a.with(TemporalAdjusters.previous(d));
            case "FUTURE" -> a.with(TemporalAdjusters.nextOrSame(d));
            case "AFTER" -> a.with(TemporalAdjusters.next(d));
            default -> {
                int weeks = shift(dir, 'W');
                yield a.with(DayOfWeek.MONDAY).plusDays(day - 1L).plusWeeks(weeks);
            }
        };
    }

    private static LocalDate monthDay(LocalDate a, int month, int day, String dir) {
        int y = a.getYear();
        if (dir.charAt(0) == 'Y') {
            return date(y + shift(dir, 'Y'), month, day);
        }
        LocalDate same = date(y, month, day);
        return switch (dir) {
            case "PAST" -> same.isAfter(a) ? date(y - 1, month, day) : same;
            case "BEFORE" -> same.isBefore(a) ? same : date(y - 1, month, day);
            case "FUTURE" -> same.isBefore(a) ? date(y + 1, month, day) : same;
            case "AFTER" -> same.isAfter(a) ? same : date(y + 1, month, day);
            default -> throw new IllegalArgumentException(dir);
        };
    }

    /** The date {@code y-m-d}, or {@code null} when there is no such day. */
    static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String yearPart(LocalDate a, String part, String dir) {
        int y = a.getYear();
        int start = firstMonth(part);
        int now = a.getMonthValue();
        int year = switch (dir) {
            case "PAST" -> start <= now ? y : y - 1;
            case "BEFORE" -> start < now ? y : y - 1;
            case "FUTURE" -> start >= now ? y : y + 1;
            case "AFTER" -> start > now ? y : y + 1;
            default -> y + shift(dir, 'Y');
        };
        return year(year) + "-" + part;
    }

    private static int firstMonth(String part) {
        return switch (part) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            case "Q1", "H1" -> 1;
            case "Q2" -> 4;
            case "Q3", "H2" -> 7;
            case "Q4" -> 10;
            default -> {
                int m = Integer.parseInt(part);
                if (m < 1 || m > 12) {
                    throw new IllegalArgumentException(part);
                }
                yield m;
            }
        };
    }

    private static int shift(String dir, char kind) {
        if (dir.length() < 3 || dir.charAt(0) != kind) {
            throw new IllegalArgumentException(dir);
        }
        return Integer.parseInt(dir.substring(1));
    }
}

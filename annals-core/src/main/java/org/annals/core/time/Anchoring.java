package org.annals.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.function.IntFunction;

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
 *        | "NTHDAY " mm " " n " " d " " dir   the n-th weekday d of a month ("Thanksgiving", the fourth
 *                                         Thursday of November: NTHDAY 11 4 4 PAST)
 *        | "YEARPART " part " " dir      a named part of a year: a month 01..12, a season SP SU FA WI, a
 *                                         quarter Q1..Q4 ("in December": YEARPART 12 PAST)
 *        | "TIME"                        the anchor's own day (a clock time alone: TIME T10:30)
 * unit   = DAY | WEEK | WEEKEND | MONTH | QUARTER | YEAR | DECADE | CENTURY | HOUR | MINUTE | SECOND
 * dir    = PAST     the latest one on or before the anchor (same day counts)
 *        | FUTURE   the earliest one on or after the anchor
 *        | BEFORE   the latest one strictly before the anchor ("last Tuesday", "last November")
 *        | AFTER    the earliest one strictly after the anchor ("next Tuesday")
 *        | RECENT   PAST, unless that ended more than eight months before the anchor, then FUTURE: for a
 *                   past form away from the expression, which may belong to another clause; news writes of
 *                   dates within months of its own, and a past form far from "Dec. 15" in an October story is
 *                   more often a misleading cue ("said it expects ... by Dec. 15") than a date ten months back
 *        | SOON     the same the other way: FUTURE unless it starts more than eight months after, then PAST
 *        | NEAR     the nearer of PAST and FUTURE (PAST on a tie): a sentence without tense
 *        | "Y" sign k   the one in the anchor's year moved by k years ("December last year": Y-1)
 *        | "W" sign k   the one in the anchor's ISO week moved by k weeks ("this Tuesday": W+0)
 * time   = "T" HH ":" MM | "TMO" | "TAF" | "TEV" | "TNI"    appended to a day's value
 * </pre>
 * Parts of a year compare by their first month (SP 3, SU 6, FA 9, WI 12, Q1 1, ...), a part lasting one
 * month (a month) or three (a season, a quarter); the eight months of RECENT and SOON are counted in whole
 * months from the end of the part back to the anchor's month (or from it to the start of the part), or as
 * 245 days between days. RECENT, SOON and NEAR read a weekday as PAST, FUTURE and the nearer of the two.
 * Offsets in hours, minutes and seconds need a time of the anchor and do not resolve against a date.
 *
 * <p>A {@code SHIFT} rule counts from a date in the text, which may be coarser than a day:
 * {@link #resolveFrom(String, String)} shifts a TIMEX3 value ("a year earlier" than {@code 1989-Q3} is
 * {@code 1988-Q3}).
 */
public final class Anchoring {

    /** How far back RECENT and ahead SOON reach before the other direction wins, in days. */
    private static final int WINDOW_DAYS = 245;

    /** The same in whole months, for months, seasons and quarters. */
    private static final int WINDOW_MONTHS = 8;

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
                case "NTHDAY" -> day(nthDay(anchor, Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                        Integer.parseInt(p[3]), p[4]), time);
                case "YEARPART" -> yearPart(anchor, p[1], p[2]);
                case "TIME" -> day(anchor, time);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The TIMEX3 value of a {@code SHIFT} rule counted from {@code reference}, a TIMEX3 value the text gave
     * before ({@code 2021-11-23}, {@code 2021-W47}, {@code 2021-11}, {@code 2021-Q4}, {@code 2021-SU},
     * {@code 2021}): never in units finer than the reference ({@code SHIFT 1 DAY} from {@code 1989-10} is
     * {@code null}); at the precision of the unit when the rule names the reference's own period ("that
     * quarter", {@code SHIFT 0 QUARTER} from {@code 1989-09} is {@code 1989-Q3}) or counts from a day (as
     * {@link #resolve(String, LocalDate)} does); else at the precision of the reference, moved ("a year
     * earlier", {@code SHIFT -1 YEAR} from {@code 1989-Q3} is {@code 1988-Q3}). {@code null} for any other rule
     * or reference.
     */
    public static String resolveFrom(String relative, String reference) {
        if (!countsFromText(relative) || reference == null) {
            return null;
        }
        String[] p = relative.split(" ");
        try {
            int n = Integer.parseInt(p[1]);
            String unit = p[2];
            Period ref = Period.of(reference);
            int unitLevel = level(unit);
            if (ref == null || unitLevel < ref.level()) {
                return null;
            }
            if (n == 0 || ref.level() == DAY_LEVEL || unitLevel == ref.level()) {
                return resolve(relative, ref.start());
            }
            int monthsPerUnit = switch (unit) {
                case "MONTH" -> 1;
                case "QUARTER" -> 3;
                case "YEAR" -> 12;
                default -> 0;
            };
            if (monthsPerUnit == 0) {
                return resolve(relative, ref.start());
            }
            LocalDate moved = ref.start().plusMonths((long) monthsPerUnit * n);
            return switch (ref.level()) {
                case 2 -> moved.toString().substring(0, 7);
                case 3 -> ref.season() != null ? year(moved.getYear()) + "-" + ref.season()
                        : year(moved.getYear()) + "-Q" + ((moved.getMonthValue() - 1) / 3 + 1);
                default -> resolve(relative, ref.start());
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final int DAY_LEVEL = 0;

    /** How coarse a unit is: day 0, week 1, month 2, quarter 3, year 4, decade 5, century 6. */
    private static int level(String unit) {
        return switch (unit) {
            case "DAY" -> 0;
            case "WEEK", "WEEKEND" -> 1;
            case "MONTH" -> 2;
            case "QUARTER" -> 3;
            case "YEAR" -> 4;
            case "DECADE" -> 5;
            case "CENTURY" -> 6;
            default -> -1;
        };
    }

    /**
     * A calendar TIMEX3 value as the first day it covers and how coarse it is (see {@link #level(String)}); a
     * season keeps its code.
     */
    private record Period(LocalDate start, int level, String season) {

        static Period of(String v) {
            if (v.length() < 4 || !NumberShapes.allDigits(v.substring(0, 4))) {
                return null;
            }
            int y = Integer.parseInt(v.substring(0, 4));
            if (v.length() == 4) {
                return new Period(LocalDate.of(y, 1, 1), 4, null);
            }
            String part = v.substring(5);
            if (v.charAt(4) != '-') {
                return null;
            }
            if (part.length() >= 5 && part.charAt(2) == '-') {
                return new Period(LocalDate.parse(v.substring(0, 10)), 0, null);
            }
            if (part.length() == 2 && Character.isDigit(part.charAt(0))) {
                return new Period(LocalDate.of(y, Integer.parseInt(part), 1), 2, null);
            }
            if (part.length() == 2 && part.charAt(0) == 'Q') {
                return new Period(LocalDate.of(y, 3 * (part.charAt(1) - '1') + 1, 1), 3, null);
            }
            if (part.length() == 3 && part.charAt(0) == 'W') {
                LocalDate monday = LocalDate.of(y, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                        Integer.parseInt(part.substring(1))).with(DayOfWeek.MONDAY);
                return new Period(monday, 1, null);
            }
            if (SEASONS.contains(part)) {
                return new Period(LocalDate.of(y, firstMonth(part), 1), 3, part);
            }
            return null;
        }
    }

    private static final Set<String> SEASONS = Set.of("SP", "SU", "FA", "WI");

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
            case "NTHDAY" -> "XXXX-" + p[1] + "-XX";
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
        return "MONTHDAY " + digits(month, 2) + " " + digits(day, 2) + " " + dir;
    }

    static String nthDay(int month, int n, int day, String dir) {
        return "NTHDAY " + digits(month, 2) + " " + n + " " + day + " " + dir;
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
        return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + digits(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /** A year as TIMEX3 writes it, four digits. */
    static String year(int y) {
        return digits(y, 4);
    }

    /**
     * {@code value} in decimal with zeros before it up to {@code width} digits, as {@code String.format(Locale.ROOT,
     * "%0<width>d", value)} writes it, without the formatter's cost.
     */
    static String digits(int value, int width) {
        String s = Long.toString(Math.abs((long) value));
        int pad = width - (value < 0 ? 1 : 0) - s.length();
        return (value < 0 ? "-" : "") + (pad > 0 ? "0".repeat(pad) : "") + s;
    }

    private static LocalDate weekday(LocalDate a, int day, String dir) {
        DayOfWeek d = DayOfWeek.of(day);
        return switch (dir) {
            case "PAST", "RECENT" -> a.with(TemporalAdjusters.previousOrSame(d));
            case "BEFORE" -> a.with(TemporalAdjusters.previous(d));
            case "FUTURE", "SOON" -> a.with(TemporalAdjusters.nextOrSame(d));
            case "NEAR" -> nearer(a, a.with(TemporalAdjusters.previousOrSame(d)),
                    a.with(TemporalAdjusters.nextOrSame(d)));
            case "AFTER" -> a.with(TemporalAdjusters.next(d));
            default -> {
                int weeks = shift(dir, 'W');
                yield a.with(DayOfWeek.MONDAY).plusDays(day - 1L).plusWeeks(weeks);
            }
        };
    }

    private static LocalDate monthDay(LocalDate a, int month, int day, String dir) {
        return inYear(a, y -> date(y, month, day), dir);
    }

    /** The {@code n}-th weekday {@code day} (1 Monday .. 7) of {@code month} in the year {@code dir} picks. */
    private static LocalDate nthDay(LocalDate a, int month, int n, int day, String dir) {
        if (n < 1 || n > 5) {
            throw new IllegalArgumentException("n " + n);
        }
        return inYear(a, y -> {
            LocalDate d = LocalDate.of(y, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.of(day)));
            return d.getMonthValue() == month ? d : null;
        }, dir);
    }

    /** The day {@code inYear} gives for the year {@code dir} picks around the anchor. */
    private static LocalDate inYear(LocalDate a, IntFunction<LocalDate> inYear, String dir) {
        int y = a.getYear();
        if (dir.charAt(0) == 'Y') {
            return inYear.apply(y + shift(dir, 'Y'));
        }
        LocalDate same = inYear.apply(y);
        LocalDate past = same.isAfter(a) ? inYear.apply(y - 1) : same;
        LocalDate future = same.isBefore(a) ? inYear.apply(y + 1) : same;
        return switch (dir) {
            case "PAST" -> past;
            case "BEFORE" -> same.isBefore(a) ? same : inYear.apply(y - 1);
            case "FUTURE" -> future;
            case "AFTER" -> same.isAfter(a) ? same : inYear.apply(y + 1);
            case "RECENT" -> past != null && ChronoUnit.DAYS.between(past, a) <= WINDOW_DAYS ? past : future;
            case "SOON" -> future != null && ChronoUnit.DAYS.between(a, future) <= WINDOW_DAYS ? future : past;
            case "NEAR" -> nearer(a, past, future);
            default -> throw new IllegalArgumentException(dir);
        };
    }

    private static LocalDate nearer(LocalDate a, LocalDate past, LocalDate future) {
        if (past == null || future == null) {
            return past == null ? future : past;
        }
        return ChronoUnit.DAYS.between(past, a) <= ChronoUnit.DAYS.between(a, future) ? past : future;
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
        int end = start + (part.length() == 2 && Character.isDigit(part.charAt(0)) ? 0 : 2);
        int back = start <= now && now <= end ? 0 : Math.floorMod(now - end, 12);
        int ahead = Math.floorMod(start - now, 12);
        int past = start <= now ? y : y - 1;
        int future = start >= now ? y : y + 1;
        int year = switch (dir) {
            case "PAST" -> past;
            case "BEFORE" -> start < now ? y : y - 1;
            case "FUTURE" -> future;
            case "AFTER" -> start > now ? y : y + 1;
            case "RECENT" -> back <= WINDOW_MONTHS ? past : future;
            case "SOON" -> ahead <= WINDOW_MONTHS ? future : past;
            case "NEAR" -> back <= ahead ? past : future;
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

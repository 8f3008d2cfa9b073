package org.annals.core.model;

import java.util.regex.Pattern;

/**
 * A temporal expression, normalised in TIMEX3 style.
 *
 * @param id {@code t1}, {@code t2}, ...
 * @param span where it is
 * @param text the covered text
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ({@code 2021-11-23}, {@code 2020-12}, {@code P2Y}, {@code XXXX-10-07}), or
 *     {@code null} when the text does not fix it
 * @param mod a TIMEX3 modifier ({@code START}, {@code MID}, {@code END}, {@code APPROX}, ...), or {@code null}
 * @param anchoredTo what a relative expression was resolved against: {@code "published"}, {@code "story"},
 *     {@code "text"} (another date in the text); {@code null} when the value is absolute or unresolved
 * @param relative the unresolved form of a relative expression (a rule such as {@code WEEKDAY-2 PAST}),
 *     kept so that a later stage (stories) can resolve it against another anchor; {@code null} if absolute
 */
public record Timex(String id, Span span, String text, Type type, String value, String mod, String anchoredTo,
                    String relative) {

    public enum Type { DATE, TIME, DURATION, SET }

    /** A year, a month or a day ({@code 2021}, {@code 2021-11}, {@code 2021-11-23}); compiled once. */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The calendar date this expression gives, as precise as the text says ({@code 2021-11-23}, {@code 2020-12},
     * {@code 1947}; the day of a {@code 2021-11-23T10:30}); {@code null} for durations, sets, unresolved and
     * vague values ({@code XXXX-10-07}, {@code PAST_REF}).
     */
    public String calendarDate() {
        return type == Type.DURATION || type == Type.SET ? null : calendarPart(value);
    }

    /** The calendar part of a TIMEX3 value, or {@code null} when it is not a calendar date. */
    public static String calendarPart(String value) {
        if (value == null) {
            return null;
        }
        int n = value.length();
        boolean digits = n >= 4 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(3));
        if (!digits) {
            return null;
        }
        if (n == 4 || n == 7 || n == 10) {
            return CALENDAR.matcher(value).matches() ? value : null;
        }
        return n > 10 && value.charAt(10) == 'T' && DAY.matcher(value).region(0, 10).matches()
                ? value.substring(0, 10) : null;
    }
}

package org.annals.core.time;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.annals.core.model.Timex;

/**
 * Turns a {@link Match} into a {@link Reading}: the captured values fill slots (a month, a day, a year, a
 * unit, a shift, ...), and the slots, not the rule, decide the value, so that one interpretation serves
 * every rule that fills the same slots. Returns {@code null} for a combination that means no time ("the
 * first day"), so that the match is dropped. Stateless and thread-safe.
 */
final class Interpreter {

    /** The reading of a match; {@code tense} gives the direction of a date without a year or week. */
    Reading read(Match m, Tense.Direction tense) {
        Map<TokenClass, Feature> s = slots(m);
        return switch (m.rule().type()) {
            case SET -> set(s);
            case DURATION -> duration(s);
            case DATE, TIME -> date(s, m.rule(), tense);
        };
    }

    private static Map<TokenClass, Feature> slots(Match m) {
        Map<TokenClass, Feature> s = new EnumMap<>(m.rule().presets());
        for (Match.Capture c : m.captures()) {
            s.putIfAbsent(c.cls().slot(), c.feature());
        }
        return s;
    }

    // --- sets and durations ------------------------------------------------------------------------------

    private static Reading set(Map<TokenClass, Feature> s) {
        if (s.containsKey(TokenClass.SETWORD)) {
            return Reading.absolute(Timex.Type.SET, s.get(TokenClass.SETWORD).value(), null);
        }
        if (s.containsKey(TokenClass.WEEKDAY)) {
            return Reading.absolute(Timex.Type.SET, "XXXX-WXX-" + s.get(TokenClass.WEEKDAY).value(), null);
        }
        if (s.containsKey(TokenClass.POD)) {
            return Reading.absolute(Timex.Type.SET, "XXXX-XX-XXT" + s.get(TokenClass.POD).value(), null);
        }
        Feature unit = s.get(TokenClass.UNIT);
        Feature qty = s.get(TokenClass.QTY);
        return unit == null ? null
                : Reading.absolute(Timex.Type.SET, period(qty == null ? "1" : qty.value(), unit.value()), null);
    }

    private static Reading duration(Map<TokenClass, Feature> s) {
        Feature unit = s.get(TokenClass.UNIT);
        if (unit == null) {
            return null;
        }
        Feature qty = s.get(TokenClass.QTY);
        String amount = qty != null ? qty.value() : unit.plural() ? "X" : "1";
        return Reading.absolute(Timex.Type.DURATION, period(amount, unit.value()), value(s, TokenClass.QMOD));
    }

    /**
     * A TIMEX3 period: {@code P2Y}, {@code PT48H}, {@code PXM}. Counted decades and centuries are written in
     * years, as TimeML annotates them ({@code P10Y} for "a decade", {@code P200Y} for "two centuries"),
     * uncounted ones keep their unit ({@code PXDE} for "decades"); quarters are months ({@code P9M} for "three
     * quarters", {@code PXM} for "quarters") and weekends two days, as ISO 8601 has no such units.
     */
    static String period(String amount, String unit) {
        boolean counted = isInteger(amount);
        return switch (unit) {
            case "H" -> "PT" + amount + "H";
            case "MIN" -> "PT" + amount + "M";
            case "S" -> "PT" + amount + "S";
            case "DE" -> counted ? "P" + Long.parseLong(amount) * 10 + "Y" : "P" + amount + unit;
            case "CE" -> counted ? "P" + Long.parseLong(amount) * 100 + "Y" : "P" + amount + unit;
            case "Q" -> counted ? "P" + Long.parseLong(amount) * 3 + "M" : "P" + amount + "M";
            case "WE" -> counted ? "P" + Long.parseLong(amount) * 2 + "D" : "P" + amount + unit;
            default -> "P" + amount + unit;
        };
    }

    // --- dates and times ---------------------------------------------------------------------------------

    private static Reading date(Map<TokenClass, Feature> s, Rule rule, Tense.Direction tense) {
        Timex.Type type = rule.type();
        String mod = value(s, TokenClass.MOD) != null ? value(s, TokenClass.MOD) : value(s, TokenClass.QMOD);
        String time = s.containsKey(TokenClass.CLOCK) ? "T" + value(s, TokenClass.CLOCK)
                : s.containsKey(TokenClass.POD) ? "T" + value(s, TokenClass.POD) : null;
        if (s.containsKey(TokenClass.REF)) {
            return Reading.absolute(type, value(s, TokenClass.REF), null);
        }
        if (s.containsKey(TokenClass.DECADE)) {
            return Reading.absolute(type, value(s, TokenClass.DECADE), mod);
        }
        if (s.containsKey(TokenClass.ORDINAL)) {
            return ordinalPeriod(s, type, mod, tense);
        }
        if (s.containsKey(TokenClass.NUMDATE)) {
            return Reading.absolute(type, at(value(s, TokenClass.NUMDATE), time), mod);
        }
        if (s.containsKey(TokenClass.YEAR)) {
            return calendar(s, type, mod, time);
        }
        if (s.containsKey(TokenClass.MONTH) || s.containsKey(TokenClass.SEASON)) {
            return yearPart(s, type, mod, tense);
        }
        if (s.containsKey(TokenClass.HOLIDAY)) {
            String[] h = value(s, TokenClass.HOLIDAY).split("-");
            String dir = yearDirection(s, tense);
            String named = h.length == 2 ? Anchoring.monthDay(Integer.parseInt(h[0]), Integer.parseInt(h[1]), dir)
                    : Anchoring.nthDay(Integer.parseInt(h[0]), Integer.parseInt(h[1]), Integer.parseInt(h[2]), dir);
            return Reading.relative(type, named, mod);
        }
        if (s.containsKey(TokenClass.WEEKDAY)) {
            String rel = Anchoring.weekday(number(s, TokenClass.WEEKDAY), weekDirection(s, tense));
            return Reading.relative(type, Anchoring.at(rel, time), mod);
        }
        if (s.containsKey(TokenClass.DEICTIC)) {
            return Reading.relative(type, Anchoring.at(Anchoring.offset(false, number(s, TokenClass.DEICTIC), "DAY"),
                    time), mod);
        }
        if (s.containsKey(TokenClass.UNIT)) {
            return offset(s, rule, mod);
        }
        if (s.containsKey(TokenClass.SHIFT) && time != null) {
            return Reading.relative(type, Anchoring.at(Anchoring.offset(false, number(s, TokenClass.SHIFT), "DAY"),
                    time), mod);
        }
        if (s.containsKey(TokenClass.CLOCK) || s.containsKey(TokenClass.POD)) {
            return Reading.relative(type, Anchoring.at(Anchoring.time(), time), mod);
        }
        return null;
    }

    /** A date with its year: {@code 2020}, {@code 2020-12}, {@code 2021-11-23}, {@code 2020-SU}. */
    private static Reading calendar(Map<TokenClass, Feature> s, Timex.Type type, String mod, String time) {
        int year = number(s, TokenClass.YEAR);
        String v = Anchoring.year(year);
        if (s.containsKey(TokenClass.MONTH)) {
            int month = number(s, TokenClass.MONTH);
            if (s.containsKey(TokenClass.DAY)) {
                LocalDate d = Anchoring.date(year, month, number(s, TokenClass.DAY));
                return d == null ? null : Reading.absolute(type, at(d.toString(), time), mod);
            }
            v += "-" + Anchoring.digits(month, 2);
        } else if (s.containsKey(TokenClass.SEASON)) {
            v += "-" + value(s, TokenClass.SEASON);
        }
        return Reading.absolute(type, v, mod);
    }

    /**
     * A month, a day of a month or a season without a year: a rule with the direction of the text: PAST or
     * FUTURE for a tense cue next to it, RECENT or SOON (within eight months, see {@link Anchoring}) for one
     * farther away, NEAR without one.
     */
    private static Reading yearPart(Map<TokenClass, Feature> s, Timex.Type type, String mod,
                                    Tense.Direction tense) {
        String dir = yearDirection(s, tense);
        if (!s.containsKey(TokenClass.MONTH)) {
            return Reading.relative(type, Anchoring.yearPart(value(s, TokenClass.SEASON), dir), mod);
        }
        int month = number(s, TokenClass.MONTH);
        if (!s.containsKey(TokenClass.DAY)) {
            return Reading.relative(type, Anchoring.yearPart(Anchoring.digits(month, 2), dir), mod);
        }
        int day = number(s, TokenClass.DAY);
        return Anchoring.date(2000, month, day) == null ? null
                : Reading.relative(type, Anchoring.monthDay(month, day, dir), mod);
    }

    /** "the 20th century" ({@code 19}), "the first quarter" ({@code 2021-Q1} or a rule); else nothing. */
    private static Reading ordinalPeriod(Map<TokenClass, Feature> s, Timex.Type type, String mod,
                                         Tense.Direction tense) {
        int n = number(s, TokenClass.ORDINAL);
        String unit = value(s, TokenClass.UNIT);
        if ("CE".equals(unit) && n >= 1 && n <= 21) {
            return Reading.absolute(type, Anchoring.digits(n - 1, 2), mod);
        }
        if (!"Q".equals(unit) || n < 1 || n > 4) {
            return null;
        }
        if (s.containsKey(TokenClass.YEAR)) {
            return Reading.absolute(type, Anchoring.year(number(s, TokenClass.YEAR)) + "-Q" + n, mod);
        }
        return Reading.relative(type, Anchoring.yearPart("Q" + n, yearDirection(s, tense)), mod);
    }

    /** "last week", "two years ago", "the next day", "three days later". */
    private static Reading offset(Map<TokenClass, Feature> s, Rule rule, String mod) {
        String unit = unitName(value(s, TokenClass.UNIT));
        Feature qty = s.get(TokenClass.QTY);
        if (s.containsKey(TokenClass.AGO)) {
            if (qty == null || !isInteger(qty.value())) {
                return qty == null || qty.value().equals("X")
                        ? Reading.absolute(rule.type(), "PAST_REF", null) : null;
            }
            return Reading.relative(rule.type(), Anchoring.offset(false, -Long.parseLong(qty.value()), unit),
                    beforeOrAfter(mod));
        }
        if (s.containsKey(TokenClass.LATER)) {
            if (qty == null || !isInteger(qty.value())) {
                return null;
            }
            long n = Long.parseLong(qty.value()) * number(s, TokenClass.LATER);
            return Reading.relative(rule.type(), Anchoring.offset(true, n, unit), mod);
        }
        if (s.containsKey(TokenClass.SHIFT)) {
            return Reading.relative(rule.type(), Anchoring.offset(rule.anaphoric(), number(s, TokenClass.SHIFT),
                    unit), mod);
        }
        return null;
    }

    /** "more than two years ago" is before the date two years ago: MORE_THAN becomes BEFORE, and so on. */
    private static String beforeOrAfter(String mod) {
        if (mod == null) {
            return null;
        }
        return switch (mod) {
            case "MORE_THAN" -> "BEFORE";
            case "LESS_THAN" -> "AFTER";
            case "EQUAL_OR_MORE" -> "ON_OR_BEFORE";
            case "EQUAL_OR_LESS" -> "ON_OR_AFTER";
            default -> mod;
        };
    }

    private static String yearDirection(Map<TokenClass, Feature> s, Tense.Direction tense) {
        if (s.containsKey(TokenClass.SHIFT)) {
            int shift = number(s, TokenClass.SHIFT);
            if ("Y".equals(value(s, TokenClass.UNIT))) {
                return signed('Y', shift);
            }
            return shift < 0 ? "BEFORE" : shift > 0 ? "AFTER" : "Y+0";
        }
        return switch (tense) {
            case PAST -> "PAST";
            case FUTURE -> "FUTURE";
            case LEANS_PAST -> "RECENT";
            case LEANS_FUTURE -> "SOON";
            case NONE -> "NEAR";
        };
    }

    private static String weekDirection(Map<TokenClass, Feature> s, Tense.Direction tense) {
        if (s.containsKey(TokenClass.SHIFT)) {
            int shift = number(s, TokenClass.SHIFT);
            return shift < 0 ? "BEFORE" : shift > 0 ? "AFTER" : "W+0";
        }
        return tense == Tense.Direction.NONE ? "NEAR" : tense.plain().name();
    }

    private static String signed(char kind, int n) {
        return kind + (n < 0 ? "-" : "+") + Math.abs(n);
    }

    private static String unitName(String code) {
        return switch (code) {
            case "Y" -> "YEAR";
            case "M" -> "MONTH";
            case "W" -> "WEEK";
            case "WE" -> "WEEKEND";
            case "D" -> "DAY";
            case "Q" -> "QUARTER";
            case "DE" -> "DECADE";
            case "CE" -> "CENTURY";
            case "H" -> "HOUR";
            case "MIN" -> "MINUTE";
            default -> "SECOND";
        };
    }

    private static String at(String day, String time) {
        return time == null ? day : day + time;
    }

    private static String value(Map<TokenClass, Feature> s, TokenClass c) {
        Feature f = s.get(c);
        return f == null ? null : f.value();
    }

    private static int number(Map<TokenClass, Feature> s, TokenClass c) {
        return s.get(c).number();
    }

    private static boolean isInteger(String v) {
        return !v.isEmpty() && v.length() < 10 && NumberShapes.allDigits(v);
    }
}

package org.annals.server;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, read and checked: an unknown parameter, a number that is not one, a date
 * that is not a date, a category PLOVER does not have: each is a 400 with a message that says what was wrong and
 * what is expected.
 */
final class Params {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Map<String, List<String>> query;

    /** Checks that every parameter is one of {@code known}. */
    Params(Map<String, List<String>> query, Set<String> known) {
        this.query = query;
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badRequest("unknown parameter '" + e.getKey() + "'; this endpoint takes: "
                        + String.join(", ", new TreeSet<>(known)));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' is given more than once");
            }
        }
    }

    /** The value, stripped, or {@code null} when absent or blank. */
    String string(String name) {
        List<String> v = query.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        return v.get(0).strip();
    }

    /** The value, which must be there. */
    String required(String name) {
        String v = string(name);
        if (v == null) {
            throw ApiException.badRequest("parameter '" + name + "' is required");
        }
        return v;
    }

    /** A whole number between {@code min} and {@code max}, or {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max
                        + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    /** A PLOVER category (any case), or {@code null}. */
    String type() {
        String v = string("type");
        if (v == null) {
            return null;
        }
        String t = v.toUpperCase(Locale.ROOT);
        if (!Quads.known(t)) {
            throw ApiException.badRequest("parameter 'type' must be a PLOVER category (" + Quads.names()
                    + "), not '" + v + "'");
        }
        return t;
    }

    /** The first date kept: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as given. */
    String from() {
        return date("from", false);
    }

    /** The last date kept, inclusive: a year or a month given stands for its last day. */
    String to() {
        return date("to", true);
    }

    private String date(String name, boolean end) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        if (!DATE.matcher(v).matches()) {
            throw ApiException.badRequest("parameter '" + name + "' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '"
                    + v + "'");
        }
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).toString();
            }
            if (v.length() == 7) {
                YearMonth m = YearMonth.parse(v);
                return end ? m.atEndOfMonth().toString() : v;
            }
            return end ? v + "-12-31" : v;
        } catch (DateTimeException e) {
            throw ApiException.badRequest("parameter '" + name + "' is not a real date: '" + v + "'");
        }
    }

    /** Two actors given as {@code A,B}, or {@code null}. */
    List<String> pair(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        String[] parts = v.split(",", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw ApiException.badRequest("parameter '" + name + "' must be two actors separated by a comma "
                    + "(a code or part of a name: RUSGOV,UKRGOV), not '" + v + "'");
        }
        return List.of(parts[0].strip(), parts[1].strip());
    }
}

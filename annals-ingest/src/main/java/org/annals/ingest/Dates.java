package org.annals.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them: ISO 8601 ({@code 2019-11-19}, {@code 2019-11-19T10:00:00Z}), compact
 * ({@code 20191119}), RFC 1123 ({@code Tue, 19 Nov 2019 10:00:00 GMT}), written out in English
 * ({@code November 19, 2019}, {@code 19 Nov 2019}), or a Unix time in seconds or milliseconds. The day is the
 * one written, whatever the time zone.
 */
public final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(T.*)?$");
    private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
    private static final List<DateTimeFormatter> TEXT_DATES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private Dates() {
    }

    /** The date a value gives, or {@code null}. */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.trim();
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT_DATE.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant t = s.length() > 11 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return plausible(t.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        for (DateTimeFormatter f : TEXT_DATES) {
            try {
                return plausible(f == DateTimeFormatter.RFC_1123_DATE_TIME ? f.parse(s, LocalDate::from)
                        : LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    private static LocalDate of(String y, String mo, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d) {
        return d == null || d.getYear() < 1800 || d.getYear() > 2200 ? null : d;
    }
}

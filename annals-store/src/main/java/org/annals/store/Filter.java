package org.annals.store;

import java.util.Locale;

/**
 * What a query keeps; every part is optional ({@code null}).
 *
 * @param actor part of an actor's name (any case), or an actor code ({@code RUSGOV}), exactly
 * @param type a PLOVER category ({@code CONSULT})
 * @param from the first date kept ({@code 2021-11-01}); an event's date, else its document's publication date
 * @param to the last date kept, inclusive
 * @param limit the most rows returned; 0 for all
 */
public record Filter(String actor, String type, String from, String to, int limit) {

    public static final Filter ALL = new Filter(null, null, null, null, 0);

    public Filter {
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
    }

    public Filter withActor(String value) {
        return new Filter(value, type, from, to, limit);
    }

    public Filter withType(String value) {
        return new Filter(actor, value, from, to, limit);
    }

    public Filter withDates(String fromDate, String toDate) {
        return new Filter(actor, type, fromDate, toDate, limit);
    }

    public Filter withLimit(int value) {
        return new Filter(actor, type, from, to, value);
    }
}

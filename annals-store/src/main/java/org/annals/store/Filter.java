package org.annals.store;

import java.util.List;
import java.util.Locale;

/**
 * What a query keeps; every part is optional ({@code null}, or 0 for the numbers).
 *
 * @param actor part of an actor's name (any case), or an actor code ({@code RUSGOV}), exactly
 * @param type a PLOVER category ({@code CONSULT})
 * @param from the first date kept ({@code 2021-11-01}); an event's date, else its document's publication date
 * @param to the last date kept, inclusive
 * @param limit the most rows returned; 0 for all
 * @param dyad two actors, each named as {@code actor} is, on opposite sides of an event, either way round
 * @param place an event's place, named as {@code actor} is
 * @param story the id of the documents' story
 * @param document the id of the one document kept
 * @param offset how many of the rows that pass are skipped before the first returned
 */
public record Filter(String actor, String type, String from, String to, int limit, List<String> dyad, String place,
                     String story, String document, int offset) {

    public static final Filter ALL = new Filter(null, null, null, null, 0);

    public Filter {
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (dyad != null) {
            if (dyad.size() != 2) {
                throw new IllegalArgumentException("a dyad is two actors, not " + dyad.size());
            }
            dyad = List.copyOf(dyad);
        }
    }

    /** By actor, category and dates, up to {@code limit} rows. */
    public Filter(String actor, String type, String from, String to, int limit) {
        this(actor, type, from, to, limit, null, null, null, null, 0);
    }

    public Filter withActor(String value) {
        return new Filter(value, type, from, to, limit, dyad, place, story, document, offset);
    }

    public Filter withType(String value) {
        return new Filter(actor, value, from, to, limit, dyad, place, story, document, offset);
    }

    public Filter withDates(String fromDate, String toDate) {
        return new Filter(actor, type, fromDate, toDate, limit, dyad, place, story, document, offset);
    }

    public Filter withLimit(int value) {
        return new Filter(actor, type, from, to, value, dyad, place, story, document, offset);
    }

    /** Events between {@code a} and {@code b}: one of them a source, the other a target. */
    public Filter withDyad(String a, String b) {
        return new Filter(actor, type, from, to, limit, List.of(a, b), place, story, document, offset);
    }

    public Filter withPlace(String value) {
        return new Filter(actor, type, from, to, limit, dyad, value, story, document, offset);
    }

    public Filter withStory(String value) {
        return new Filter(actor, type, from, to, limit, dyad, place, value, document, offset);
    }

    public Filter withDocument(String value) {
        return new Filter(actor, type, from, to, limit, dyad, place, story, value, offset);
    }

    public Filter withOffset(int value) {
        return new Filter(actor, type, from, to, limit, dyad, place, story, document, value);
    }

    /** The rows {@code offset} to {@code offset + limit}. */
    public Filter page(int offsetValue, int limitValue) {
        return withOffset(offsetValue).withLimit(limitValue);
    }
}

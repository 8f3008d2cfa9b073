package org.annals.server;

import java.util.List;
import java.util.function.Consumer;

import org.annals.store.EventRow;
import org.annals.store.Filter;
import org.annals.store.Store;

/**
 * The events an API request asks for, as a {@link Filter} of the store: by actor, dyad, category, dates, place,
 * story and document, the page cut by the store itself.
 */
final class EventQuery {

    String actor;
    /** Two actors: events with one of them on one side and the other on the other side. */
    List<String> dyad;
    String type;
    String from;
    String to;
    String place;
    String story;
    String document;

    static EventQuery of(Params p) {
        EventQuery q = new EventQuery();
        q.actor = p.string("actor");
        q.dyad = p.pair("dyad");
        q.type = p.type();
        q.from = p.from();
        q.to = p.to();
        q.place = p.string("place");
        q.story = p.string("story");
        q.document = p.string("document");
        return q;
    }

    /** The store's filter for rows {@code offset} to {@code offset + limit} (0: all of them). */
    Filter filter(int offset, int limit) {
        return new Filter(actor, type, from, to, limit, dyad, place, story, document, offset);
    }

    /** Rows {@code offset} to {@code offset + limit}, and one more when there is one (so the caller knows of a next page). */
    List<EventRow> page(Store store, int offset, int limit) {
        return store.events(filter(offset, limit + 1));
    }

    /** Every row, up to {@code max} of them. */
    void stream(Store store, int max, Consumer<EventRow> sink) {
        store.forEachEvent(filter(0, max == Integer.MAX_VALUE ? 0 : max), sink);
    }
}

package org.annals.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.annals.store.EventRow;
import org.annals.store.Filter;
import org.annals.store.Store;

/**
 * The events an API request asks for. Answered from the {@link EventIndex} once it is built; before that (and for
 * a store that changed since) from the store itself, which filters by actor, category and dates while the dyad,
 * the place, the story and the document are checked here on the rows it streams, the stream stopped as soon as
 * the page is full.
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

    /** The actor the rows must have on either side, as the store is asked for it (of a dyad, the first). */
    String storeActor() {
        return dyad != null ? dyad.get(0) : actor;
    }

    private boolean checkedHere() {
        return dyad != null || place != null || story != null || document != null;
    }

    private Filter filter(int limit) {
        return new Filter(storeActor(), type, from, to, limit);
    }

    /** True when the row passes every part of the query, as the store and this class together would decide. */
    boolean matches(EventRow e) {
        String a = storeActor();
        if (a != null && !Rows.any(e.sources(), a) && !Rows.any(e.targets(), a)) {
            return false;
        }
        if (type != null && !type.equals(e.type())) {
            return false;
        }
        String when = e.date() != null ? e.date() : e.published();
        if ((from != null || to != null) && when == null
                || from != null && when.compareTo(from) < 0 || to != null && when.compareTo(to) > 0) {
            return false;
        }
        return checkedHere(e);
    }

    /** The parts of the query the store does not check. */
    private boolean checkedHere(EventRow e) {
        if (dyad != null) {
            String a = dyad.get(0);
            String b = dyad.get(1);
            boolean ab = Rows.any(e.sources(), a) && Rows.any(e.targets(), b);
            boolean ba = Rows.any(e.sources(), b) && Rows.any(e.targets(), a);
            if (!ab && !ba) {
                return false;
            }
            if (actor != null && !Rows.any(e.sources(), actor) && !Rows.any(e.targets(), actor)) {
                return false;
            }
        }
        if (place != null && !Rows.matches(e.place(), place)) {
            return false;
        }
        if (story != null && !story.equals(e.story())) {
            return false;
        }
        return document == null || document.equals(e.documentId());
    }

    /** Rows {@code offset} to {@code offset + limit}, and one more when there is one (so the caller knows of a next page). */
    List<EventRow> page(Store store, int offset, int limit) {
        List<EventRow> out = new ArrayList<>();
        int wanted = offset + limit + 1;
        if (!checkedHere()) {
            store.forEachEvent(filter(wanted), out::add);
        } else {
            stream(store, wanted, out::add);
        }
        return out.size() <= offset ? List.of() : out.subList(offset, out.size());
    }

    /** Every row, up to {@code max} of them. */
    void stream(Store store, int max, Consumer<EventRow> sink) {
        int[] n = {0};
        try {
            store.forEachEvent(filter(checkedHere() ? 0 : max), e -> {
                if (checkedHere(e)) {
                    sink.accept(e);
                    if (++n[0] >= max) {
                        throw Enough.INSTANCE;
                    }
                }
            });
        } catch (Enough done) {
            // the page is full: the store's cursor is closed as the exception leaves it
        }
    }

    /** Thrown from inside a stream to end it early. */
    static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Enough INSTANCE = new Enough();

        private Enough() {
            super("enough rows", null, false, false);
        }
    }
}

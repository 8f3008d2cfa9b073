package org.annals.server;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.annals.store.EventRow;
import org.annals.store.Filter;
import org.annals.store.Store;

/**
 * The events an API request asks for: the store filters by actor, category and dates; the dyad, the place, the
 * story and the document are checked here on the rows it streams, and the stream is stopped as soon as the page
 * is full.
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

    private boolean checkedHere() {
        return dyad != null || place != null || story != null || document != null;
    }

    private Filter filter(int limit) {
        return new Filter(dyad != null ? dyad.get(0) : actor, type, from, to, limit);
    }

    private Predicate<EventRow> keep() {
        return e -> {
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
        };
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
        Predicate<EventRow> keep = keep();
        int[] n = {0};
        try {
            store.forEachEvent(filter(checkedHere() ? 0 : max), e -> {
                if (keep.test(e)) {
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

    /** Thrown from inside a store's stream to end it early. */
    static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Enough INSTANCE = new Enough();

        private Enough() {
            super("enough rows", null, false, false);
        }
    }
}

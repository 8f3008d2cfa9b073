package org.annals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.annals.store.EventRow;
import org.annals.store.Filter;
import org.annals.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store answers each query of {@code /api/events} with the rows, in the order, that checking every event
 * against the query's words gives: an actor on either side, a dyad either way round, the category, the dates (the
 * event's, else the publication's), the place, the story, the document; and a page is a slice of that list.
 */
class EventQueryTest {

    static Store store;
    static List<EventRow> all;

    @BeforeAll
    static void open() {
        store = Store.open(Fixtures.store().toString());
        all = store.events(Filter.ALL);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static EventQuery query(String query) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String kv : query.split("&")) {
                String[] p = kv.split("=", 2);
                params.put(p[0], List.of(p[1]));
            }
        }
        return EventQuery.of(new Params(params, Set.of(Api.EVENT_PARAMS)));
    }

    /** What the query means, checked on one event. */
    static Predicate<EventRow> meaning(EventQuery q) {
        return e -> {
            if (q.actor != null && !Rows.any(e.sources(), q.actor) && !Rows.any(e.targets(), q.actor)) {
                return false;
            }
            if (q.dyad != null) {
                String a = q.dyad.get(0);
                String b = q.dyad.get(1);
                if (!(Rows.any(e.sources(), a) && Rows.any(e.targets(), b))
                        && !(Rows.any(e.sources(), b) && Rows.any(e.targets(), a))) {
                    return false;
                }
            }
            String when = e.date() != null ? e.date() : e.published();
            if ((q.from != null || q.to != null) && when == null
                    || q.from != null && when.compareTo(q.from) < 0 || q.to != null && when.compareTo(q.to) > 0) {
                return false;
            }
            return (q.type == null || q.type.equals(e.type()))
                    && (q.place == null || Rows.matches(e.place(), q.place))
                    && (q.story == null || q.story.equals(e.story()))
                    && (q.document == null || q.document.equals(e.documentId()));
        };
    }

    @ParameterizedTest(name = "?{0}")
    @ValueSource(strings = {"", "actor=TURGOV", "actor=erdo", "actor=IGOUNO", "type=CONSULT", "actor=JPN&type=AID",
            "from=2024-01&to=2024-06", "from=2023", "to=2022", "dyad=IDNGOV,JPN", "dyad=JPN,IDNGOV&actor=Kishida",
            "place=Ankara", "story=s7", "actor=nobody-at-all", "dyad=IGOUNO,UKR&from=2022"})
    void the_store_gives_every_event_the_query_means_in_order(String q) {
        List<String> expected = ids(all.stream().filter(meaning(query(q))).toList());
        for (int[] page : new int[][] {{0, 1000}, {0, 3}, {2, 5}, {1, 1}}) {
            List<String> slice = expected.subList(Math.min(page[0], expected.size()),
                    Math.min(page[0] + page[1] + 1, expected.size()));
            assertEquals(slice, ids(query(q).page(store, page[0], page[1])),
                    "?" + q + " offset " + page[0] + " limit " + page[1] + " (and one more)");
        }
        assertFalse(all.isEmpty());
    }

    static List<String> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::globalId).toList();
    }
}

package org.annals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.store.EventRow;
import org.annals.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The event index in memory answers every query with the rows, and in the order, the store gives. */
class EventIndexTest {

    static Store store;
    static EventIndex index;

    @BeforeAll
    static void build() {
        store = Store.open(Fixtures.store().toString());
        index = EventIndex.build(store);
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

    @ParameterizedTest(name = "?{0}")
    @ValueSource(strings = {"", "actor=TURGOV", "actor=erdo", "actor=IGOUNO", "type=CONSULT", "actor=JPN&type=AID",
            "from=2024-01&to=2024-06", "from=2023", "to=2022", "dyad=IDNGOV,JPN", "dyad=JPN,IDNGOV&actor=Kishida",
            "place=Ankara", "story=s7", "actor=nobody-at-all"})
    void the_index_gives_what_the_store_gives(String q) {
        for (int[] page : new int[][] {{0, 1000}, {0, 3}, {2, 5}}) {
            List<EventRow> fromStore = query(q).page(store, page[0], page[1]);
            List<EventRow> fromIndex = index.page(query(q), page[0], page[1]);
            assertEquals(ids(fromStore), ids(fromIndex), "?" + q + " offset " + page[0] + " limit " + page[1]);
            assertEquals(fromStore, fromIndex, "the same rows, field by field");
        }
        assertFalse(index.size() == 0);
    }

    static List<String> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::globalId).toList();
    }
}

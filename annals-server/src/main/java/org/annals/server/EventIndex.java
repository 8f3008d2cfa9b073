package org.annals.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.annals.store.ActorRef;
import org.annals.store.EventRow;
import org.annals.store.Filter;
import org.annals.store.Store;

/**
 * Every stored event in memory, in the store's order, with the positions of each actor's events: a query by actor
 * reads that actor's events only, where the store's query reads every event. Built once from one pass over the
 * store's events (the server starts it in the background; until it is ready, queries go to the store) and
 * built again after an ingest. Repeated values (actors, document ids, categories, dates) are kept once.
 */
final class EventIndex {

    private final EventRow[] rows;
    /** Each distinct actor (by name and code) and the sorted positions of the events it takes part in. */
    private final Map<ActorRef, int[]> byActor;

    private EventIndex(EventRow[] rows, Map<ActorRef, int[]> byActor) {
        this.rows = rows;
        this.byActor = byActor;
    }

    static EventIndex build(Store store) {
        List<EventRow> rows = new ArrayList<>();
        Map<String, String> strings = new HashMap<>();
        Map<ActorRef, ActorRef> refs = new HashMap<>();
        Map<ActorRef, List<Integer>> positions = new LinkedHashMap<>();
        store.forEachEvent(Filter.ALL, e -> {
            int at = rows.size();
            List<ActorRef> sources = intern(e.sources(), refs, strings);
            List<ActorRef> targets = intern(e.targets(), refs, strings);
            EventRow row = new EventRow(s(e.documentId(), strings), s(e.source(), strings), s(e.url(), strings),
                    s(e.published(), strings), s(e.story(), strings), s(e.eventId(), strings), s(e.type(), strings),
                    s(e.mode(), strings), s(e.cameo(), strings), s(e.date(), strings), sources, targets,
                    e.place() == null ? null : intern(e.place(), refs, strings), e.negated(), e.confidence(),
                    e.spanStart(), e.spanEnd(), e.sentence());
            rows.add(row);
            for (List<ActorRef> side : List.of(sources, targets)) {
                for (ActorRef a : side) {
                    List<Integer> p = positions.computeIfAbsent(identity(a), k -> new ArrayList<>());
                    if (p.isEmpty() || p.get(p.size() - 1) != at) {
                        p.add(at);
                    }
                }
            }
        });
        Map<ActorRef, int[]> byActor = new HashMap<>();
        positions.forEach((a, p) -> byActor.put(a, p.stream().mapToInt(Integer::intValue).toArray()));
        return new EventIndex(rows.toArray(new EventRow[0]), byActor);
    }

    /** An actor as a query matches it: by name and code, whatever its id in its document. */
    private static ActorRef identity(ActorRef a) {
        return new ActorRef(null, a.name(), null, a.code(), null, null);
    }

    private static String s(String v, Map<String, String> strings) {
        return v == null ? null : strings.computeIfAbsent(v, k -> k);
    }

    private static ActorRef intern(ActorRef a, Map<ActorRef, ActorRef> refs, Map<String, String> strings) {
        return refs.computeIfAbsent(a, k -> new ActorRef(s(k.id(), strings), s(k.name(), strings),
                s(k.type(), strings), s(k.code(), strings), s(k.country(), strings), s(k.kb(), strings)));
    }

    private static List<ActorRef> intern(List<ActorRef> side, Map<ActorRef, ActorRef> refs,
                                         Map<String, String> strings) {
        List<ActorRef> out = new ArrayList<>(side.size());
        for (ActorRef a : side) {
            out.add(intern(a, refs, strings));
        }
        return List.copyOf(out);
    }

    int size() {
        return rows.length;
    }

    /** The positions to look at for the query, in order: those of the matching actors, else all. */
    private int[] candidates(EventQuery q) {
        String actor = q.storeActor();
        if (actor == null) {
            return null;
        }
        List<int[]> lists = new ArrayList<>();
        int total = 0;
        for (Map.Entry<ActorRef, int[]> e : byActor.entrySet()) {
            if (Rows.matches(e.getKey(), actor)) {
                lists.add(e.getValue());
                total += e.getValue().length;
            }
        }
        if (lists.size() == 1) {
            return lists.get(0);
        }
        int[] all = new int[total];
        int k = 0;
        for (int[] l : lists) {
            System.arraycopy(l, 0, all, k, l.length);
            k += l.length;
        }
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[n - 1] != all[i]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    /** The rows that match, in the store's order, up to {@code max} of them. */
    void stream(EventQuery q, int max, Consumer<EventRow> sink) {
        int[] c = candidates(q);
        int n = c == null ? rows.length : c.length;
        int found = 0;
        for (int i = 0; i < n && found < max; i++) {
            EventRow e = rows[c == null ? i : c[i]];
            if (q.matches(e)) {
                sink.accept(e);
                found++;
            }
        }
    }

    /** Rows {@code offset} to {@code offset + limit}, and one more when there is one. */
    List<EventRow> page(EventQuery q, int offset, int limit) {
        List<EventRow> out = new ArrayList<>();
        stream(q, offset + limit + 1, out::add);
        return out.size() <= offset ? List.of() : out.subList(offset, out.size());
    }
}

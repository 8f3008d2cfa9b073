package org.annals.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Event;

/**
 * Groups analyses that report the same real-world event into stories. Two documents are one story when
 * their headline events agree: the same PLOVER type, the same countries on either side, places that agree
 * (the same place, or one unknown), and dates that agree (within {@link #WINDOW_DAYS} days, or one unknown).
 * A story's id is {@code s1}, {@code s2}, ... in order of its first document. Documents without a headline
 * event stay alone. Works on values: no store, no I/O.
 */
public final class Stories {

    /** How far apart two reports of one event may be dated. */
    public static final int WINDOW_DAYS = 3;

    private Stories() {
    }

    /** The headline of a document: its first event, with the place and date its siblings in the text give. */
    record Headline(String type, TreeSet<String> countries, String place, LocalDate date) {
    }

    /** The analyses with {@code story} set, in the same order. */
    public static List<Analysis> group(List<Analysis> docs) {
        int n = docs.size();
        Headline[] heads = new Headline[n];
        for (int i = 0; i < n; i++) {
            heads[i] = headline(docs.get(i));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (heads[i] != null && heads[j] != null && same(heads[i], heads[j])) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, String> ids = new HashMap<>();
        List<Analysis> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            String id = ids.computeIfAbsent(root, r -> "s" + (ids.size() + 1));
            out.add(docs.get(i).withStory(id, docs.get(i).duplicateOf()));
        }
        return StoryDates.resolve(out);
    }

    static Headline headline(Analysis a) {
        if (a.events().isEmpty()) {
            return null;
        }
        Event first = a.events().get(0);
        TreeSet<String> countries = countries(a, first);
        String place = null;
        LocalDate date = null;
        for (Event e : a.events()) {
            if (e.type().equals(first.type()) && countries(a, e).equals(countries)) {
                if (place == null && e.place() != null) {
                    place = placeKey(a.actor(e.place()));
                }
                if (date == null && e.date() != null && e.date().length() == 10) {
                    date = LocalDate.parse(e.date());
                }
            }
        }
        if (date == null) {
            date = a.publication().date();
        }
        return new Headline(first.type(), countries, place, date);
    }

    private static TreeSet<String> countries(Analysis a, Event e) {
        TreeSet<String> out = new TreeSet<>();
        for (List<String> side : List.of(e.source(), e.target())) {
            for (String id : side) {
                Actor ac = a.actor(id);
                if (ac != null && ac.code() != null) {
                    out.add(ac.code().length() >= 3 ? ac.code().substring(0, 3) : ac.code());
                }
            }
        }
        return out;
    }

    private static String placeKey(Actor place) {
        return place == null ? null : place.kb() != null ? place.kb() : place.name();
    }

    static boolean same(Headline a, Headline b) {
        if (!a.type().equals(b.type()) || a.countries().isEmpty() || !a.countries().equals(b.countries())) {
            return false;
        }
        if (a.place() != null && b.place() != null && !Objects.equals(a.place(), b.place())) {
            return false;
        }
        return a.date() == null || b.date() == null
                || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= WINDOW_DAYS;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}

package org.annals.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Event;
import org.annals.core.model.Sentence;

/**
 * Groups analyses that report the same real-world event into stories. Each document is read for its key
 * events: the first event it tells and the events of its lede (the first {@link #LEDE_SENTENCES} sentences of
 * its body). Two documents are one story when a key event of one agrees with a key event of the other: the
 * same PLOVER type, the same countries on either side (two at least, or one and the same place), places that
 * agree (the same place, or one unknown), and dates that agree (within {@link #WINDOW_DAYS} days, or one
 * unknown). A story's id is {@code s1}, {@code s2}, ... in order of its first document. Works on values: no
 * store, no I/O.
 */
public final class Stories {

    /** How far apart two reports of one event may be dated. */
    public static final int WINDOW_DAYS = 3;

    /** How many sentences of the body make the lede. */
    public static final int LEDE_SENTENCES = 3;

    private Stories() {
    }

    /** An event as the story grouping sees it: what, between which countries, where, when. */
    record Key(String type, TreeSet<String> countries, String place, String placeCountry, LocalDate date) {
    }

    /** The analyses with {@code story} set, in the same order. */
    public static List<Analysis> group(List<Analysis> docs) {
        int n = docs.size();
        List<List<Key>> keys = new ArrayList<>(n);
        for (Analysis a : docs) {
            keys.add(keyEvents(a));
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (find(parent, i) != find(parent, j) && agree(keys.get(i), keys.get(j))) {
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

    /** The first event of a document and the events of its lede. */
    static List<Key> keyEvents(Analysis a) {
        List<Key> out = new ArrayList<>();
        Set<org.annals.core.model.Span> lede = new HashSet<>();
        int body = 0;
        for (Sentence s : a.sentences()) {
            if (kindAt(a, s.span().start()) == Block.Kind.BODY && body++ < LEDE_SENTENCES) {
                lede.add(s.span());
            }
        }
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            if (i == 0 || lede.contains(e.span())) {
                out.add(key(a, e));
            }
        }
        return out;
    }

    private static Key key(Analysis a, Event e) {
        TreeSet<String> countries = new TreeSet<>();
        for (List<String> side : List.of(e.source(), e.target())) {
            for (String id : side) {
                Actor ac = a.actor(id);
                if (ac != null && ac.code() != null) {
                    countries.add(ac.code().length() >= 3 ? ac.code().substring(0, 3) : ac.code());
                }
            }
        }
        Actor placeActor = e.place() == null ? null : a.actor(e.place());
        String place = placeKey(placeActor);
        String placeCountry = placeActor == null ? null : placeActor.country();
        LocalDate date = e.date() != null && e.date().length() == 10 ? LocalDate.parse(e.date())
                : a.publication().date();
        return new Key(e.type(), countries, place, placeCountry, date);
    }

    private static String placeKey(Actor place) {
        return place == null ? null : place.kb() != null ? place.kb() : place.name();
    }

    private static boolean agree(List<Key> a, List<Key> b) {
        for (Key x : a) {
            for (Key y : b) {
                if (same(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean same(Key a, Key b) {
        if (!a.type().equals(b.type()) || !a.countries().equals(b.countries())) {
            return false;
        }
        boolean samePlace = a.place() != null && a.place().equals(b.place());
        if (a.countries().size() < 2 && !samePlace) {
            return false;
        }
        if (a.place() != null && b.place() != null && !samePlace && !within(a, b) && !within(b, a)) {
            return false;
        }
        return a.date() == null || b.date() == null
                || Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= WINDOW_DAYS;
    }

    /** True when {@code outer}'s place is a country and {@code inner}'s place lies in it (Jakarta, Indonesia). */
    private static boolean within(Key outer, Key inner) {
        return outer.place().startsWith("countries/") && outer.placeCountry() != null
                && outer.placeCountry().equals(inner.placeCountry());
    }

    private static Block.Kind kindAt(Analysis a, int offset) {
        for (Block b : a.blocks()) {
            if (b.span().contains(offset)) {
                return b.kind();
            }
        }
        return Block.Kind.BODY;
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

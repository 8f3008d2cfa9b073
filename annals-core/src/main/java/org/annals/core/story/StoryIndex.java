package org.annals.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;

import org.annals.core.model.Analysis;

/**
 * Groups documents into stories as they arrive: a new document joins the existing story it resembles most, or
 * starts one, without recomputing the others. A document resembles a story by the cosine of its TF-IDF term
 * vector (see {@link Profile}) with the story's centroid, among the stories that share one of its
 * heaviest terms. It joins the best one when the cosine reaches {@link #JOIN}, or {@link #JOIN_WITH_EVENT} when
 * a key event of the document agrees with one of the story's (same type, same countries, places and dates
 * that agree). It never joins a story whose dates lie more than {@link Stories#STORY_DAYS} days from its own,
 * nor one with a key event of the same type between the same countries on other dates, nor one whose
 * documents are placed by an event of the same type between the same countries at another place: that is a
 * similar event, not the same one.
 *
 * <p>Inverse document frequencies come from the documents seen so far. Deterministic for a given order of
 * arrival; unlike {@link Stories#group}, which sees the whole set at once, a document's story can depend on
 * what arrived before it. Not thread-safe.
 */
public final class StoryIndex {

    /** The least cosine with a story's centroid for a document to join it on words alone. */
    public static final double JOIN = 0.20;

    /** The least cosine when a key event agrees too. */
    public static final double JOIN_WITH_EVENT = 0.12;

    /** How many of a document's heaviest terms are used to find candidate stories. */
    private static final int PROBES = 24;

    /** One story being built. */
    private static final class Cluster {
        final String id;
        final int index;
        final Map<String, Double> centroid = new HashMap<>();
        final List<Stories.Key> keys = new ArrayList<>();
        final List<Stories.Key> placed = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        double norm2;

        Cluster(int index) {
            this.index = index;
            this.id = "s" + (index + 1);
        }
    }

    private final Map<String, Integer> df = new HashMap<>();
    private final NearDuplicates copies = new NearDuplicates();
    /** The story and the id of each document added, in order. */
    private final List<String> storyOf = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private int docs;
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, List<Cluster>> byTerm = new HashMap<>();

    /** An index that learns term frequencies from the documents it is given. */
    public StoryIndex() {
    }

    /**
     * Adds a document and returns where it goes: its story ({@code s1}, {@code s2}, ... in order of creation)
     * and, for a near-copy of an earlier document ({@link NearDuplicates}), that document's id; a near-copy goes
     * where its original went, whatever it resembles.
     */
    public Stories.Placement add(Analysis a) {
        int original = copies.add(a.text());
        String story = add(Profile.of(a), original >= 0 ? storyOf.get(original) : null);
        storyOf.add(story);
        ids.add(a.document().id());
        return new Stories.Placement(story, original >= 0 ? ids.get(original) : null);
    }

    private String add(Profile p, String story) {
        docs++;
        for (int i = 0; i < p.terms().size(); i++) {
            df.merge(p.terms().term(i), 1, Integer::sum);
        }
        Map<String, Double> v = vector(p);
        Cluster target = story != null ? byId(story) : best(p, v);
        if (target == null) {
            target = new Cluster(clusters.size());
            clusters.add(target);
        }
        join(target, p, v);
        return target.id;
    }

    /** How many stories there are. */
    public int stories() {
        return clusters.size();
    }

    private Cluster byId(String id) {
        for (Cluster c : clusters) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no story " + id);
    }

    private Cluster best(Profile p, Map<String, Double> v) {
        Cluster best = null;
        double bestScore = 0;
        for (Cluster c : candidates(v)) {
            if (!datesAgree(p.date(), c) || any(p.keys(), c.keys, Stories::conflict)
                    || p.placed() != null && any(List.of(p.placed()), c.placed, Stories::placeConflict)) {
                continue;
            }
            double cos = cosine(v, c);
            double need = any(p.keys(), c.keys, Stories::same) ? JOIN_WITH_EVENT : JOIN;
            if (cos >= need && cos > bestScore) {
                best = c;
                bestScore = cos;
            }
        }
        return best;
    }

    /** The stories that share one of the heaviest terms of {@code v}, in order of creation. */
    private List<Cluster> candidates(Map<String, Double> v) {
        List<Map.Entry<String, Double>> heavy = new ArrayList<>(v.entrySet());
        heavy.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        TreeSet<Integer> found = new TreeSet<>();
        for (int i = 0; i < heavy.size() && i < PROBES; i++) {
            for (Cluster c : byTerm.getOrDefault(heavy.get(i).getKey(), List.of())) {
                found.add(c.index);
            }
        }
        List<Cluster> out = new ArrayList<>(found.size());
        for (int i : found) {
            out.add(clusters.get(i));
        }
        return out;
    }

    private void join(Cluster c, Profile p, Map<String, Double> v) {
        for (Map.Entry<String, Double> e : v.entrySet()) {
            double old = c.centroid.getOrDefault(e.getKey(), 0.0);
            double now = old + e.getValue();
            c.centroid.put(e.getKey(), now);
            c.norm2 += now * now - old * old;
            if (old == 0.0) {
                byTerm.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(c);
            }
        }
        c.keys.addAll(p.keys());
        if (p.placed() != null) {
            c.placed.add(p.placed());
        }
        if (p.date() != null) {
            c.first = c.first == null || p.date().isBefore(c.first) ? p.date() : c.first;
            c.last = c.last == null || p.date().isAfter(c.last) ? p.date() : c.last;
        }
    }

    /** The document's unit-length TF-IDF vector, with the frequencies seen so far. */
    private Map<String, Double> vector(Profile p) {
        return p.vector((t, key) -> df.getOrDefault(t, 0), docs);
    }

    private static double cosine(Map<String, Double> v, Cluster c) {
        if (c.norm2 <= 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : v.entrySet()) {
            Double w = c.centroid.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return dot / Math.sqrt(c.norm2);
    }

    private static boolean datesAgree(LocalDate d, Cluster c) {
        if (d == null || c.first == null) {
            return true;
        }
        return !d.isBefore(c.first.minusDays(Stories.STORY_DAYS)) && !d.isAfter(c.last.plusDays(Stories.STORY_DAYS));
    }

    /** True when some key of {@code a} and some key of {@code b} stand in {@code relation}. */
    static boolean any(List<Stories.Key> a, List<Stories.Key> b, BiPredicate<Stories.Key, Stories.Key> relation) {
        for (Stories.Key x : a) {
            for (Stories.Key y : b) {
                if (relation.test(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

}

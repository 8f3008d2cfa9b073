package org.annals.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Groups a set of documents (a block of dates, see {@link StoryBlocks}) into stories by average-link
 * agglomerative clustering: every document starts
 * as its own story, and the two stories whose documents resemble each other most on average (the mean cosine
 * of their TF-IDF vectors, {@link Profile#vector}) are merged, again and again, while that mean reaches
 * {@link #JOIN}. Two stories are never merged when their dates lie more than {@link Stories#STORY_DAYS} days
 * apart, when key events of theirs conflict (the same type between the same countries at another place or
 * date), or when the events that place them do ({@link Stories#placeConflict}). Near-copies are not given: they
 * go where their originals go.
 *
 * <p>Only pairs of documents that share one of their heaviest terms are compared (an inverted index over the
 * {@link #PROBES} heaviest terms of each), so the work follows the pairs that can matter, not the square of the
 * set. Ties are broken by the documents' order, so the result is deterministic for a given order; {@link
 * Stories#group} gives the documents in a canonical order, which makes it independent of the input's.
 */
final class AverageLink {

    /** The least mean cosine for two stories to be merged. */
    static final double JOIN = 0.22;

    /** How many of a document's heaviest terms are used to find the documents to compare it with. */
    static final int PROBES = 24;

    /** A term among the heaviest of more documents than this is too common to find candidates by. */
    static final int MAX_POSTINGS = 2000;

    private AverageLink() {
    }

    /** One story being built: its members, its dates, its key events, and its links to other stories. */
    private static final class Cluster {
        final int id;
        int size = 1;
        LocalDate first;
        LocalDate last;
        final List<Stories.Key> keys = new ArrayList<>();
        final List<Stories.Key> placed = new ArrayList<>();
        /** Other live cluster id to the sum of the cosines of the pairs of documents across the two. */
        Map<Integer, Double> links = new HashMap<>();
        boolean live = true;
        int version;

        Cluster(int id) {
            this.id = id;
        }
    }

    /** A proposed merge, as it was when proposed: stale when either side has changed since. */
    private record Merge(double mean, int a, int b, int versionA, int versionB) {
    }

    /**
     * The story of each profile: the index of the first profile of its story.
     *
     * @param profiles the documents, in the order that breaks ties
     * @param vectors their unit-length TF-IDF vectors, in the same order
     */
    static int[] cluster(List<Profile> profiles, List<Map<String, Double>> vectors) {
        int n = profiles.size();
        int[] parent = new int[n];
        Cluster[] clusters = new Cluster[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Cluster c = new Cluster(i);
            Profile p = profiles.get(i);
            c.first = p.date();
            c.last = p.date();
            c.keys.addAll(p.keys());
            if (p.placed() != null) {
                c.placed.add(p.placed());
            }
            clusters[i] = c;
        }
        link(vectors, clusters);
        PriorityQueue<Merge> queue = new PriorityQueue<>((x, y) -> x.mean() != y.mean()
                ? Double.compare(y.mean(), x.mean()) : x.a() != y.a() ? Integer.compare(x.a(), y.a())
                : Integer.compare(x.b(), y.b()));
        for (Cluster c : clusters) {
            propose(clusters, c, queue);
        }
        while (!queue.isEmpty()) {
            Merge m = queue.poll();
            Cluster a = clusters[m.a()];
            Cluster b = clusters[m.b()];
            if (!a.live || !b.live || a.version != m.versionA() || b.version != m.versionB()) {
                continue;
            }
            if (!compatible(a.first, a.last, a.keys, a.placed, b.first, b.last, b.keys, b.placed)) {
                a.links.remove(b.id);
                b.links.remove(a.id);
                continue;
            }
            merge(clusters, parent, a.id, b.id, queue);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = find(parent, i);
        }
        return out;
    }

    /**
     * The pairs of items that share one of their probes (their {@link #PROBES} heaviest terms, {@link
     * #heaviest}), each once as {@code {i, j}}
     * with {@code i < j}, in a deterministic order. A term heavy in more than {@link #MAX_POSTINGS} items is too
     * common to find candidates by.
     */
    static List<int[]> candidates(List<? extends List<String>> probes) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            for (String t : probes.get(i)) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        List<String> terms = new ArrayList<>(postings.keySet());
        java.util.Collections.sort(terms);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (String t : terms) {
            List<Integer> docs = postings.get(t);
            if (docs.size() > MAX_POSTINGS) {
                continue;
            }
            for (int x = 0; x < docs.size(); x++) {
                int i = docs.get(x);
                for (int y = x + 1; y < docs.size(); y++) {
                    int j = docs.get(y);
                    if (seen.add(((long) i << 32) | j)) {
                        out.add(new int[] {i, j});
                    }
                }
            }
        }
        return out;
    }

    /**
     * The items that share a probe with item {@code i} ({@link #candidates}), for each item {@code i} that
     * {@code wanted} holds: as {@code {i, j}}, each pair once (a pair of two wanted items under the lower).
     */
    static List<int[]> candidates(List<? extends List<String>> probes, java.util.BitSet wanted) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            for (String t : probes.get(i)) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = wanted.nextSetBit(0); i >= 0; i = wanted.nextSetBit(i + 1)) {
            seen.clear();
            for (String t : probes.get(i)) {
                List<Integer> docs = postings.get(t);
                if (docs.size() > MAX_POSTINGS) {
                    continue;
                }
                for (int j : docs) {
                    if (j != i && (!wanted.get(j) || j > i) && seen.add(j)) {
                        out.add(new int[] {i, j});
                    }
                }
            }
        }
        return out;
    }

    /** True when two groups of documents may be one story: dates close enough and no key events in conflict. */
    static boolean compatible(LocalDate aFirst, LocalDate aLast, List<Stories.Key> aKeys, List<Stories.Key> aPlaced,
                              LocalDate bFirst, LocalDate bLast, List<Stories.Key> bKeys,
                              List<Stories.Key> bPlaced) {
        int w = Stories.STORY_DAYS;
        if (aFirst != null && bFirst != null && (bFirst.isAfter(aLast.plusDays(w))
                || aFirst.isAfter(bLast.plusDays(w)))) {
            return false;
        }
        return !StoryIndex.any(aKeys, bKeys, Stories::conflict)
                && !StoryIndex.any(aPlaced, bPlaced, Stories::placeConflict);
    }

    /** The cosine of every pair of documents that share a heavy term, as links between their clusters. */
    private static void link(List<Map<String, Double>> vectors, Cluster[] clusters) {
        List<List<String>> probes = new ArrayList<>(vectors.size());
        for (Map<String, Double> v : vectors) {
            probes.add(heaviest(v, PROBES));
        }
        for (int[] pair : candidates(probes)) {
            double c = Profile.cosine(vectors.get(pair[0]), vectors.get(pair[1]));
            clusters[pair[0]].links.put(pair[1], c);
            clusters[pair[1]].links.put(pair[0], c);
        }
    }

    /** The {@code n} heaviest terms of a vector, heaviest first (ties by term). */
    static List<String> heaviest(Map<String, Double> v, int n) {
        List<Map.Entry<String, Double>> all = new ArrayList<>(v.entrySet());
        all.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(n, all.size()));
        for (int i = 0; i < all.size() && i < n; i++) {
            out.add(all.get(i).getKey());
        }
        return out;
    }

    /** Merges cluster {@code b} into {@code a} (the lower id survives) and proposes the merged one's links. */
    private static void merge(Cluster[] clusters, int[] parent, int x, int y, PriorityQueue<Merge> queue) {
        Cluster a = clusters[Math.min(x, y)];
        Cluster b = clusters[Math.max(x, y)];
        parent[b.id] = a.id;
        b.live = false;
        a.size += b.size;
        a.first = a.first == null ? b.first : b.first == null || a.first.isBefore(b.first) ? a.first : b.first;
        a.last = a.last == null ? b.last : b.last == null || a.last.isAfter(b.last) ? a.last : b.last;
        a.keys.addAll(b.keys);
        a.placed.addAll(b.placed);
        a.links.remove(b.id);
        for (Map.Entry<Integer, Double> e : b.links.entrySet()) {
            int other = e.getKey();
            if (other == a.id) {
                continue;
            }
            a.links.merge(other, e.getValue(), Double::sum);
            Cluster o = clusters[other];
            o.links.remove(b.id);
            o.links.merge(a.id, e.getValue(), Double::sum);
        }
        b.links = Map.of();
        a.version++;
        propose(clusters, a, queue);
    }

    /** Proposes the merges of {@code c} with its linked clusters whose mean cosine reaches {@link #JOIN}. */
    private static void propose(Cluster[] clusters, Cluster c, PriorityQueue<Merge> queue) {
        for (Map.Entry<Integer, Double> e : c.links.entrySet()) {
            Cluster o = clusters[e.getKey()];
            double mean = e.getValue() / ((double) c.size * o.size);
            if (o.live && mean >= JOIN) {
                Cluster lo = c.id < o.id ? c : o;
                Cluster hi = c.id < o.id ? o : c;
                queue.add(new Merge(mean, lo.id, hi.id, lo.version, hi.version));
            }
        }
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }
}

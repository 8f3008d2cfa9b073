package org.annals.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Event;
import org.annals.core.model.Sentence;

/**
 * Groups analyses that report the same real-world event into stories, and marks near-copies. Near-copies are
 * found first ({@link NearDuplicates}: a copy points to the first document of its group and joins its story);
 * then the documents are clustered by what they tell ({@link AverageLink}: their words, actors, dates and
 * counts, their key events, their dates), a block of publication dates at a time, and the parts of a story in
 * neighbouring blocks are joined ({@link StoryBlocks}), so that the work grows with the corpus and can be spread
 * over machines. A document's key events are the first event it tells and the events of its lede (the first
 * {@link #LEDE_SENTENCES} sentences of its body).
 *
 * <p>The whole set is known here, so the result does not depend on the order of the input: documents are
 * taken in their canonical order ({@link StoryInput.SortKey}: date, then id), and term frequencies are those of
 * the whole set. ({@link StoryIndex} groups a stream one document at a time instead.) Story ids ({@code s1},
 * {@code s2}, ...) follow the input order of each story's first document. Works on values: no store, no I/O.
 */
public final class Stories {

    /** How far apart the dates two reports give one event may be. */
    public static final int WINDOW_DAYS = 3;

    /**
     * How far apart the publication dates of two documents of one story may be: follow-ups come days or weeks
     * after the event; a like event months or years later is another story.
     */
    public static final int STORY_DAYS = 30;

    /** How many sentences of the body make the lede. */
    public static final int LEDE_SENTENCES = 3;

    private Stories() {
    }

    /**
     * An event as the story grouping sees it: what, between which countries, where, when.
     *
     * @param eventDate the date the text gives the event, or {@code null}
     * @param date the event's date, else the document's publication date, else {@code null}
     */
    record Key(String type, TreeSet<String> countries, String place, String placeCountry, LocalDate eventDate,
               LocalDate date) implements java.io.Serializable {
    }

    /** The analyses with {@code story} and {@code duplicate_of} set, in the same order. */
    public static List<Analysis> group(List<Analysis> docs) {
        return group(docs, StoryBlocks.Blocking.BLOCK_SIZE);
    }

    /**
     * The analyses with {@code story} and {@code duplicate_of} set, in the same order, with weeks split into
     * lanes when one holds more than {@code blockSize} documents ({@link StoryBlocks.Blocking}).
     */
    public static List<Analysis> group(List<Analysis> docs, int blockSize) {
        List<StoryInput> inputs = new ArrayList<>(docs.size());
        for (Analysis a : docs) {
            inputs.add(StoryInput.of(a));
        }
        List<Placement> placements = assign(inputs, blockSize);
        Map<String, LocalDate> anchors = anchors(inputs, placements);
        List<Analysis> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Placement p = placements.get(i);
            out.add(place(docs.get(i), p, anchors.get(p.story())));
        }
        return out;
    }

    /**
     * Where a document goes: its story ({@code s1}, {@code s2}, ...) and the id of the document it near-copies,
     * or {@code null}.
     */
    public record Placement(String story, String duplicateOf) implements java.io.Serializable {
    }

    /**
     * The grouping of {@link #group} on what it needs of each document ({@link StoryInput}, computed wherever
     * the documents are analysed): the placement of each input, in the same order. Everything held here is
     * compact (terms, key events, a MinHash signature), not the analyses.
     */
    public static List<Placement> assign(List<StoryInput> inputs) {
        return assign(inputs, StoryBlocks.Blocking.BLOCK_SIZE);
    }

    /** {@link #assign(List)} with weeks of more than {@code blockSize} documents split into lanes. */
    public static List<Placement> assign(List<StoryInput> inputs, int blockSize) {
        int n = inputs.size();
        Integer[] order = new Integer[n];
        List<Profile> profiles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order[i] = i;
            profiles.add(inputs.get(i).profile());
        }
        StoryInput.SortKey[] keys = new StoryInput.SortKey[n];
        for (int i = 0; i < n; i++) {
            keys[i] = inputs.get(i).sortKey();
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i]));
        NearDuplicates copies = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD, n);
        List<Profile> sorted = new ArrayList<>(n);
        int[] original = new int[n];
        String[] duplicateOf = new String[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            sorted.add(profiles.get(i));
            original[k] = copies.add(inputs.get(i).signature());
            if (original[k] >= 0) {
                duplicateOf[i] = profiles.get(order[original[k]]).id();
            }
        }
        int[] root = storyRoots(sorted, inputs, order, original, blockSize);
        String[] story = new String[n];
        for (int k = 0; k < n; k++) {
            story[order[k]] = "k" + root[k];
        }
        Map<String, String> ids = new HashMap<>();
        List<Placement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = ids.computeIfAbsent(story[i], r -> "s" + (ids.size() + 1));
            out.add(new Placement(id, duplicateOf[i]));
        }
        return out;
    }

    /**
     * The story of each document in canonical order, as the id of its story's first part: the documents that
     * are no near-copies grouped block by block, the parts linked across blocks ({@link StoryBlocks}), and each
     * near-copy where its original is.
     */
    private static int[] storyRoots(List<Profile> sorted, List<StoryInput> inputs, Integer[] order,
                                    int[] original, int blockSize) {
        int n = sorted.size();
        // counted by term keys, as a distributed run counts them
        Long2IntOpenHashMap df = new Long2IntOpenHashMap(8 * n);
        for (Profile p : sorted) {
            for (int i = 0; i < p.terms().size(); i++) {
                df.addTo(p.terms().key(i), 1);
            }
        }
        Map<Long, Long> perWeek = new HashMap<>();
        for (int k = 0; k < n; k++) {
            if (original[k] < 0) {
                perWeek.merge(StoryBlocks.week(inputs.get(order[k])), 1L, Long::sum);
            }
        }
        StoryBlocks.Blocking blocking = StoryBlocks.Blocking.of(perWeek, blockSize);
        java.util.TreeMap<Long, List<Integer>> blocks = new java.util.TreeMap<>();
        for (int k = 0; k < n; k++) {
            if (original[k] < 0) {
                blocks.computeIfAbsent(blocking.block(inputs.get(order[k])), b -> new ArrayList<>()).add(k);
            }
        }
        int[] partOf = new int[n];
        java.util.TreeMap<Long, List<StoryPart>> parts = new java.util.TreeMap<>();
        for (Map.Entry<Long, List<Integer>> e : blocks.entrySet()) {
            int[] index = indexes(e.getValue());
            StoryBlocks.Clustered c = StoryBlocks.cluster(e.getKey(), index, docs(e.getValue(), inputs, order),
                    (t, key) -> df.get(key), n);
            for (int i = 0; i < index.length; i++) {
                partOf[index[i]] = c.partOf()[i];
            }
            parts.put(e.getKey(), c.parts());
        }
        List<StoryPart> undated = parts.get(StoryBlocks.UNDATED);
        List<StoryBlocks.Link> links = new ArrayList<>();
        Map<Integer, StoryBlocks.Link> attached = new HashMap<>();
        Map<Long, List<StoryPart>> visitors = new HashMap<>();
        for (Map.Entry<Long, List<StoryPart>> e : parts.entrySet()) {
            if (e.getKey() != StoryBlocks.UNDATED) {
                for (StoryPart p : e.getValue()) {
                    for (long b : blocking.visits(p)) {
                        visitors.computeIfAbsent(b, x -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        for (long home : parts.keySet()) {
            if (home == StoryBlocks.UNDATED) {
                continue;
            }
            links.addAll(StoryBlocks.links(home, visitors.get(home)));
            if (undated != null) {
                for (StoryBlocks.Link l : StoryBlocks.attach(undated, parts.get(home))) {
                    attached.merge(l.from().id(), l, StoryBlocks::better);
                }
            }
        }
        links.addAll(attached.values());
        Map<Integer, Integer> roots = StoryBlocks.join(links);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int part = partOf[original[k] < 0 ? k : original[k]];
            out[k] = roots.getOrDefault(part, part);
        }
        return out;
    }

    private static int[] indexes(List<Integer> ks) {
        return ks.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<StoryInput> docs(List<Integer> ks, List<StoryInput> inputs, Integer[] order) {
        List<StoryInput> out = new ArrayList<>(ks.size());
        for (int k : ks) {
            out.add(inputs.get(order[k]));
        }
        return out;
    }

    /** The earliest publication date of each story's documents (stories with no dated document are absent). */
    public static Map<String, LocalDate> anchors(List<StoryInput> inputs, List<Placement> placements) {
        Map<String, LocalDate> anchors = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            LocalDate d = inputs.get(i).published();
            if (d != null) {
                anchors.merge(placements.get(i).story(), d, (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        return anchors;
    }

    /**
     * One document placed in its story: {@code story} and {@code duplicate_of} set and, when it has no
     * publication date of its own, its relative dates resolved against {@code storyAnchor} (the story's
     * {@link #anchors anchor}, or {@code null}).
     */
    public static Analysis place(Analysis a, Placement p, LocalDate storyAnchor) {
        return StoryDates.resolve(a.withStory(p.story(), p.duplicateOf()), storyAnchor);
    }

    /**
     * The stories of analyses grouped by {@link #group}: each with its documents and its events merged across
     * them (see {@link EventMerge}), in order of their ids.
     */
    public static List<Story> merge(List<Analysis> grouped) {
        return EventMerge.stories(grouped);
    }

    /** The first event of a document and the events of its lede. */
    static List<Key> keyEvents(Analysis a) {
        List<Key> out = new ArrayList<>();
        Set<org.annals.core.model.Span> lede = lede(a, false);
        for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            if (i == 0 || lede.contains(e.span())) {
                out.add(key(a, e));
            }
        }
        return out;
    }

    /**
     * The spans of the sentences of a document's lede: the first {@link #LEDE_SENTENCES} of its body, and with
     * {@code title} its title's too.
     */
    static Set<org.annals.core.model.Span> lede(Analysis a, boolean title) {
        Set<org.annals.core.model.Span> lede = new HashSet<>();
        int body = 0;
        for (Sentence s : a.sentences()) {
            Block.Kind kind = kindAt(a, s.span().start());
            if (kind == Block.Kind.BODY && body++ < LEDE_SENTENCES || title && kind == Block.Kind.TITLE) {
                lede.add(s.span());
            }
        }
        return lede;
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
        LocalDate eventDate = e.date() != null && e.date().length() == 10 ? LocalDate.parse(e.date()) : null;
        LocalDate date = eventDate != null ? eventDate : a.publication().date();
        return new Key(e.type(), countries, place, placeCountry, eventDate, date);
    }

    private static String placeKey(Actor place) {
        return place == null ? null : place.kb() != null ? place.kb() : place.name();
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

    /**
     * True when two key events are alike but cannot be one: the same type between the same countries, at two
     * places neither of which holds the other, or on dates the texts give further apart than the window.
     */
    static boolean conflict(Key a, Key b) {
        return placeConflict(a, b) || alike(a, b) && a.eventDate() != null && b.eventDate() != null
                && Math.abs(ChronoUnit.DAYS.between(a.eventDate(), b.eventDate())) > WINDOW_DAYS;
    }

    /**
     * True when two events are alike and said to happen at two places neither of which holds the other, on
     * dates that do not set them apart anyway (one unknown, or within the window): "met in Sochi" and "met in
     * Moscow" on the same days are two meetings.
     */
    static boolean placeConflict(Key a, Key b) {
        return alike(a, b) && a.place() != null && b.place() != null && !a.place().equals(b.place())
                && !within(a, b) && !within(b, a) && (a.eventDate() == null || b.eventDate() == null
                || Math.abs(ChronoUnit.DAYS.between(a.eventDate(), b.eventDate())) <= WINDOW_DAYS);
    }

    private static boolean alike(Key a, Key b) {
        return a.type().equals(b.type()) && !a.countries().isEmpty() && a.countries().equals(b.countries());
    }

    /**
     * The event a document is placed by: its first key event with a place, else its first event with a place
     * (a transcript's "welcome to Moscow"), else {@code null}.
     */
    static Key mainPlaced(Analysis a, List<Key> keys) {
        for (Key k : keys) {
            if (k.place() != null) {
                return k;
            }
        }
        for (Event e : a.events()) {
            if (e.place() != null && !e.negated()) {
                return key(a, e);
            }
        }
        return null;
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
}

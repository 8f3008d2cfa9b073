package org.annals.core.story;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Story grouping in blocks of dates, so that its work grows with the corpus, not with its square, and can be
 * spread over machines. Each step is a pure function of a bounded part of the corpus; {@link Stories#assign}
 * runs them one after the other, a distributed job runs each over many blocks at once, and both give the same
 * stories.
 *
 * <ol>
 * <li><b>Blocks.</b> A document falls in the week of its publication date ({@link #BLOCK_DAYS} days,
 * counted from 1970-01-01); documents with no publication date form one block of their own, {@link #UNDATED}
 * (where the dates their texts give still keep apart what happened months apart). Near-copies are set aside:
 * they go where their original goes. When a week holds more documents than a block should ({@link Blocking}),
 * every week is split into the same number of <em>lanes</em> by each document's signature, the actor its title
 * and lede name most ({@link Profile#lead}), so that no step holds more than about a block of documents,
 * however many come in a week.</li>
 * <li><b>Parts.</b> Each block is clustered on its own by average link ({@link AverageLink}), with the term
 * frequencies of the whole set (every document counted, near-copies too). Each cluster is a
 * {@link StoryPart}.</li>
 * <li><b>Links across blocks.</b> A story may run on for weeks, and (with lanes) over lanes. Each part names
 * its best match in a later week, in an earlier one and in each other lane of its own week ({@link #links}),
 * among the parts that visit its block ({@link Blocking#visits}: those of its lane within {@link #REACH} weeks,
 * and those of the week around whose ledes name the actor of its lane): the highest mean cosine (average link
 * over all their documents' pairs) that reaches {@link AverageLink#JOIN}, with dates and key events that agree
 * as within a block. Each undated part names its best dated match, and each dated part its best undated one
 * ({@link #attach}). These matches join parts into stories from the best down, a story holding one part of a
 * block at most and no dates further apart than within a block ({@link #join}).</li>
 * </ol>
 *
 * <p>A feed, a crawl or an archive gives publication dates, and its blocks are weeks. A corpus with none (bare
 * text files) is one block, clustered as a whole: that is exact, but does not scale past what one machine
 * holds.
 */
public final class StoryBlocks {

    /** How many days a block spans. */
    public static final int BLOCK_DAYS = 7;

    /** The block of the documents that have no date. */
    public static final long UNDATED = Long.MAX_VALUE;

    /**
     * How many weeks apart two parts of one story may lie: as many as {@link Stories#STORY_DAYS} allows between
     * the last document of one and the first of the other.
     */
    public static final int REACH = Stories.STORY_DAYS / BLOCK_DAYS + 1;

    private StoryBlocks() {
    }

    /** How many bits of a block number hold its lane (the rest its week). */
    static final int LANE_BITS = 16;

    /** The week a document falls in (weeks counted from 1970-01-01), else {@link #UNDATED}. */
    public static long week(StoryInput doc) {
        LocalDate d = doc.published();
        return d == null ? UNDATED : Math.floorDiv(d.toEpochDay(), BLOCK_DAYS);
    }

    /** The week of a dated block. */
    static long weekOf(long block) {
        return block >> LANE_BITS;
    }

    /** The lane of a dated block. */
    static int laneOf(long block) {
        return (int) (block & ((1 << LANE_BITS) - 1));
    }

    /**
     * How the documents of a set are spread into blocks: by week of publication and, in every week, over
     * {@code lanes} lanes by their signature ({@link Profile#lead}). The number of lanes is a power of two, the
     * least that keeps the fullest week under {@link #blockSize} documents a lane on average: one for any set
     * whose weeks hold fewer (so small sets are clustered week by week, whole).
     *
     * @param lanes how many lanes every week is split into
     */
    public record Blocking(int lanes) implements Serializable {

        /** How many documents a block should hold at most, on average: what one task clusters well. */
        public static final int BLOCK_SIZE = 20_000;

        public Blocking {
            if (lanes < 1 || lanes > 1 << LANE_BITS || Integer.bitCount(lanes) != 1) {
                throw new IllegalArgumentException("lanes must be a power of two up to 65536: " + lanes);
            }
        }

        /** One lane a week: blocks are weeks. */
        public static final Blocking WEEKS = new Blocking(1);

        /**
         * The blocking of a set whose documents that are no near-copies fall in weeks as {@code perWeek} counts
         * them ({@link StoryBlocks#week}; the undated are not counted: they form one block whatever their number).
         */
        public static Blocking of(Map<Long, Long> perWeek, int blockSize) {
            if (blockSize < 1) {
                throw new IllegalArgumentException("block size must be at least 1: " + blockSize);
            }
            long most = 0;
            for (Map.Entry<Long, Long> e : perWeek.entrySet()) {
                if (e.getKey() != UNDATED) {
                    most = Math.max(most, e.getValue());
                }
            }
            int lanes = 1;
            while (lanes < 1 << LANE_BITS && most > (long) lanes * blockSize) {
                lanes <<= 1;
            }
            return new Blocking(lanes);
        }

        /** The block a document falls in: its week and its lane, else {@link #UNDATED}. */
        public long block(StoryInput doc) {
            long week = week(doc);
            if (week == UNDATED) {
                return UNDATED;
            }
            int lane = lanes == 1 ? 0 : lane(doc.profile().lead());
            return (week << LANE_BITS) | lane;
        }

        /**
         * The blocks of one lane within {@link #REACH} weeks of dated block {@code home}, {@code home} included, in
         * order.
         */
        public long[] reach(long home) {
            long[] out = new long[2 * REACH + 1];
            long week = weekOf(home);
            int lane = laneOf(home);
            for (int i = 0; i < out.length; i++) {
                out[i] = ((week - REACH + i) << LANE_BITS) | lane;
            }
            return out;
        }

        /**
         * The blocks whose links a dated part takes part in ({@link #links}): those of its own lane within {@link
         * #REACH} weeks of its own ({@link #reach}), and those of the lanes of the actors its documents' titles
         * and ledes name most ({@link StoryPart#leads}, up to {@link #VISITS}) within {@link #ACROSS} weeks. So the
         * reports of an event whose ledes name one party most are compared with those whose ledes name the other
         * most, in the days they come out together; a later follow-up is reached through its own lane. In order;
         * with one lane, {@link #reach}.
         */
        public long[] visits(StoryPart part) {
            long week = weekOf(part.block());
            int own = laneOf(part.block());
            java.util.TreeSet<Long> out = new java.util.TreeSet<>();
            for (long b : reach(part.block())) {
                out.add(b);
            }
            if (lanes > 1) {
                for (String actor : part.leads()) {
                    int lane = lane(actor);
                    for (long w = week - ACROSS; lane != own && w <= week + ACROSS; w++) {
                        out.add((w << LANE_BITS) | lane);
                    }
                }
            }
            return out.stream().mapToLong(Long::longValue).toArray();
        }

        private int lane(String signature) {
            return (int) (termKey(signature) & (lanes - 1));
        }
    }

    /** To the lanes of how many of the actors its ledes name a part goes for links ({@link Blocking#visits}). */
    static final int VISITS = 8;

    /** How many weeks apart two parts in different lanes may be linked ({@link Blocking#visits}). */
    static final int ACROSS = 1;

    /**
     * The parts of one block.
     *
     * @param parts the block's parts, in order of their ids
     * @param partOf the id of the part of each document, in the order the documents were given
     */
    public record Clustered(List<StoryPart> parts, int[] partOf) implements Serializable {
    }

    /**
     * Clusters the documents of one block into parts.
     *
     * @param block the block
     * @param index the place of each document in the canonical order of the whole set, ascending
     * @param docs the block's documents that are no near-copies, in canonical order
     * @param df in how many documents of the whole set each term of these documents occurs ({@link #terms})
     * @param total how many documents the whole set holds
     */
    public static Clustered cluster(long block, int[] index, List<StoryInput> docs,
                                    java.util.function.ToIntFunction<String> df, long total) {
        return cluster(block, index, docs, (t, key) -> df.applyAsInt(t), total);
    }

    /** {@link #cluster(long, int[], List, java.util.function.ToIntFunction, long)} with frequencies by term key. */
    static Clustered cluster(long block, int[] index, List<StoryInput> docs, Profile.Frequencies df, long total) {
        int n = docs.size();
        List<Profile> profiles = new ArrayList<>(n);
        for (StoryInput d : docs) {
            profiles.add(d.profile());
        }
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Profile p : profiles) {
            vectors.add(p.vector(df, total));
        }
        int[] root = AverageLink.cluster(profiles, vectors);
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(root[i], r -> new ArrayList<>()).add(i);
        }
        List<StoryPart> parts = new ArrayList<>(members.size());
        int[] partOf = new int[n];
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            LocalDate first = null;
            LocalDate last = null;
            List<Stories.Key> keys = new ArrayList<>();
            List<Stories.Key> placed = new ArrayList<>();
            Map<String, Double> sum = new HashMap<>();
            Map<String, Integer> leads = new java.util.TreeMap<>();
            for (int i : e.getValue()) {
                Profile p = profiles.get(i);
                LocalDate d = p.date();
                if (d != null) {
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
                keys.addAll(p.keys());
                if (p.placed() != null) {
                    placed.add(p.placed());
                }
                vectors.get(i).forEach((t, w) -> sum.merge(t, w, Double::sum));
                p.leads().forEach(l -> leads.merge(l, 1, Integer::sum));
                partOf[i] = index[e.getKey()];
            }
            List<String> named = new ArrayList<>(leads.keySet());
            named.sort((x, y) -> Integer.compare(leads.get(y), leads.get(x)));
            parts.add(new StoryPart(index[e.getKey()], block, e.getValue().size(), first, last, keys, placed, sum,
                    named.subList(0, Math.min(VISITS, named.size()))));
        }
        parts.sort(Comparator.comparingInt(StoryPart::id));
        return new Clustered(parts, partOf);
    }

    /** The terms of a document, each once: what its document frequencies count. */
    public static Set<String> terms(StoryInput doc) {
        return doc.profile().terms().asSet();
    }

    /** A 64-bit key of a term, to count it by (collisions are as rare as between random 64-bit numbers). */
    public static long termKey(String term) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < term.length(); i++) {
            h = (h ^ term.charAt(i)) * 0x100000001B3L;
        }
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }

    /**
     * A part's best match on one side: from part {@code from} to part {@code to} (with their blocks), and their
     * mean cosine.
     */
    public record Link(Side from, Side to, double score) implements Serializable {

        static Link of(StoryPart from, StoryPart to, double score) {
            return new Link(Side.of(from), Side.of(to), score);
        }
    }

    /** A part as a match names it: its id, its block, and the dates of its first and last documents. */
    public record Side(int id, long block, LocalDate first, LocalDate last) implements Serializable {

        static Side of(StoryPart p) {
            return new Side(p.id(), p.block(), p.first(), p.last());
        }
    }

    /**
     * For each part of block {@code home}, its best match in a later week, its best match in an earlier one,
     * and (with lanes) its best match in each other lane of its own week, among {@code window}: the dated parts
     * that visit {@code home} ({@link Blocking#visits}; {@code home}'s own included).
     */
    public static List<Link> links(long home, Collection<StoryPart> window) {
        List<StoryPart> parts = sorted(window);
        // a part's best match on each side: in a later week, in an earlier one, and in each other lane of its week
        record Way(int part, long side) {
        }
        Map<Way, Link> best = new HashMap<>();
        java.util.BitSet homes = new java.util.BitSet();
        for (int i = 0; i < parts.size(); i++) {
            homes.set(i, parts.get(i).block() == home);
        }
        for (int[] pair : AverageLink.candidates(probes(parts), homes)) {
            StoryPart self = parts.get(pair[0]);
            StoryPart other = parts.get(pair[1]);
            if (other.block() == home || other.block() == UNDATED
                    || Math.abs(weekOf(other.block()) - weekOf(home)) > REACH) {
                continue;
            }
            double score = score(self, other);
            if (score >= AverageLink.JOIN && compatible(self, other)) {
                long weeks = Long.compare(weekOf(other.block()), weekOf(home));
                long side = weeks > 0 ? Long.MAX_VALUE : weeks < 0 ? Long.MIN_VALUE : other.block();
                best.merge(new Way(self.id(), side), Link.of(self, other, score), StoryBlocks::better);
            }
        }
        List<Link> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt((Link l) -> l.from().id()).thenComparingInt(l -> l.to().id()));
        return out;
    }

    /**
     * The best matches between the parts of the block {@link #UNDATED} and {@code dated}, the parts of one dated
     * block: for each part of {@code dated}, its best undated part, and for each undated part, its best among
     * {@code dated} (the highest mean cosine that reaches {@link AverageLink#JOIN}, with dates and key events
     * that agree). An undated part's best over all blocks is the {@link #better} of its answers for each block;
     * the matches are {@link #join joined} with those of {@link #links}.
     */
    public static List<Link> attach(Collection<StoryPart> undated, Collection<StoryPart> dated) {
        List<StoryPart> parts = sorted(undated);
        java.util.BitSet wanted = new java.util.BitSet();
        wanted.set(0, parts.size());
        parts.addAll(sorted(dated));
        Map<Integer, Link> best = new HashMap<>();
        for (int[] pair : AverageLink.candidates(probes(parts), wanted)) {
            StoryPart u = parts.get(pair[0]);
            StoryPart d = parts.get(pair[1]);
            if (d.block() == UNDATED) {
                continue;
            }
            double score = score(u, d);
            if (score >= AverageLink.JOIN && compatible(u, d)) {
                best.merge(u.id(), Link.of(u, d, score), StoryBlocks::better);
                best.merge(d.id(), Link.of(d, u, score), StoryBlocks::better);
            }
        }
        List<Link> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt((Link l) -> l.from().id()).thenComparingInt(l -> l.to().id()));
        return out;
    }

    /** Of two matches of one part, the better: the higher score, then the lower id. */
    public static Link better(Link a, Link b) {
        if (a.score() != b.score()) {
            return a.score() > b.score() ? a : b;
        }
        return a.to().id() <= b.to().id() ? a : b;
    }

    /**
     * The stories that the best matches make of the parts: the matches taken from the highest score down, each
     * joining the stories of its two parts unless both already hold a part of one block (a block's parts are
     * kept apart by its own clustering, and stay apart) or their dates lie further apart than {@link
     * Stories#STORY_DAYS}. Returns for each part in a match the lowest id of the parts of its story; parts in
     * no match are absent (each is its own story).
     */
    public static Map<Integer, Integer> join(Collection<Link> links) {
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparingDouble(Link::score).reversed()
                .thenComparingInt(l -> Math.min(l.from().id(), l.to().id()))
                .thenComparingInt(l -> Math.max(l.from().id(), l.to().id())));
        Map<Integer, Integer> parent = new HashMap<>();
        Map<Integer, Joined> stories = new HashMap<>();
        for (Link l : sorted) {
            int a = find(parent, l.from().id());
            int b = find(parent, l.to().id());
            if (a == b) {
                continue;
            }
            Joined ja = stories.computeIfAbsent(a, x -> new Joined(l.from()));
            Joined jb = stories.computeIfAbsent(b, x -> new Joined(l.to()));
            if (!java.util.Collections.disjoint(ja.blocks, jb.blocks) || !ja.near(jb)) {
                continue;
            }
            int root = Math.min(a, b);
            int child = Math.max(a, b);
            parent.put(child, root);
            stories.get(root).add(stories.remove(child));
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (Integer p : new ArrayList<>(parent.keySet())) {
            out.put(p, find(parent, p));
        }
        return out;
    }

    /** A story being joined from parts: the blocks it holds a part of, and its first and last dates. */
    private static final class Joined {
        final Set<Long> blocks = new HashSet<>();
        LocalDate first;
        LocalDate last;

        Joined(Side part) {
            blocks.add(part.block());
            first = part.first();
            last = part.last();
        }

        boolean near(Joined o) {
            int w = Stories.STORY_DAYS;
            return first == null || o.first == null
                    || !o.first.isAfter(last.plusDays(w)) && !first.isAfter(o.last.plusDays(w));
        }

        void add(Joined o) {
            blocks.addAll(o.blocks);
            if (o.first != null) {
                first = first == null || o.first.isBefore(first) ? o.first : first;
                last = last == null || o.last.isAfter(last) ? o.last : last;
            }
        }
    }

    /** The average-link score of two parts: the mean cosine of the pairs of their documents. */
    static double score(StoryPart a, StoryPart b) {
        return StoryPart.dot(a, b) / ((double) a.size() * b.size());
    }

    private static boolean compatible(StoryPart a, StoryPart b) {
        return AverageLink.compatible(a.first(), a.last(), a.keys(), a.placed(), b.first(), b.last(), b.keys(),
                b.placed());
    }

    private static List<StoryPart> sorted(Collection<StoryPart> parts) {
        List<StoryPart> out = new ArrayList<>(parts);
        out.sort(Comparator.comparingInt(StoryPart::id));
        return out;
    }

    private static List<List<String>> probes(List<StoryPart> parts) {
        List<List<String>> out = new ArrayList<>(parts.size());
        for (StoryPart p : parts) {
            out.add(p.probes());
        }
        return out;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    private static int find(Map<Integer, Integer> parent, int x) {
        Integer p = parent.get(x);
        if (p == null) {
            parent.put(x, x);
            return x;
        }
        while (p != x) {
            Integer gp = parent.get(p);
            parent.put(x, gp);
            x = p;
            p = gp;
        }
        return x;
    }
}

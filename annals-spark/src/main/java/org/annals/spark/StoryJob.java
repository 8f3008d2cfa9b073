package org.annals.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.annals.core.story.NearDuplicates;
import org.annals.core.story.Stories;
import org.annals.core.story.StoryBlocks;
import org.annals.core.story.StoryInput;
import org.annals.core.story.StoryPart;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.KnownSizeEstimation;

import scala.Tuple2;

/**
 * Stories over a distributed set of analyses, equal to {@link Stories#group} over the same analyses in the
 * same order, with the work spread as the grouping's blocks allow ({@link StoryBlocks}):
 * <ol>
 * <li>each document's {@link StoryInput} (story profile and MinHash signature), in the canonical order of the
 * whole set (a distributed sort);</li>
 * <li>near-copies: documents grouped on each of their LSH band keys, each checked against the latest
 * {@link NearDuplicates#MAX_CHAIN} before it with the same key, as {@link NearDuplicates} does in one table;
 * the driver follows each copy to the first document of its group (a few bytes a copy);</li>
 * <li>document frequencies of terms over the whole set (a reduce), handed to each block for its terms;</li>
 * <li>each block of dates clustered into parts on its own;</li>
 * <li>parts linked across blocks, each block with the parts of the blocks around it; the driver joins the
 * links into stories (a few bytes a part) and numbers the stories in input order;</li>
 * <li>each document's placement, for the caller to place its analysis ({@link Stories#place}).</li>
 * </ol>
 * Nothing of the size of the corpus comes to the driver but a few numbers for each story, part and copy, and
 * the placements.
 */
final class StoryJob {

    /**
     * Where each document goes, and how many stories and near-copies there are.
     *
     * @param placements each document's placement, by its position (broadcast: about 100 bytes a document)
     * @param anchors each story's earliest publication date, for {@link Stories#place}
     * @param steps the seconds each step took, in order
     */
    record Result(Broadcast<Map<Position, Stories.Placement>> placements, Broadcast<Map<String, LocalDate>> anchors,
                  int stories, int duplicates, Map<String, Double> steps) {
    }

    /** The seconds of each step, as the steps end. */
    private static final class Clock {
        final Map<String, Double> steps = new java.util.LinkedHashMap<>();
        long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            steps.put(step, (now - last) / 1e9);
            last = now;
        }
    }

    /*
     * The values shuffled and grouped here tell Spark their size (KnownSizeEstimation, a public interface of
     * Spark's, though not a documented one): its own estimate walks their object graphs, which cost more than
     * the grouping itself.
     */

    /** A document in canonical order: where it stands in the input, and what grouping needs of it. */
    private record Doc(Position position, StoryInput input) implements java.io.Serializable, KnownSizeEstimation {
        @Override
        public long estimatedSize() {
            return 100 + input.bytes();
        }
    }

    /** A document of a block, with its place in the canonical order. */
    private record Member(long index, StoryInput input) implements java.io.Serializable, KnownSizeEstimation {
        @Override
        public long estimatedSize() {
            return 50 + input.bytes();
        }
    }

    /** A story part on its way to the blocks around it. */
    private record Part(StoryPart part) implements java.io.Serializable, KnownSizeEstimation {
        @Override
        public long estimatedSize() {
            return 20 + part.bytes();
        }
    }

    private StoryJob() {
    }

    /**
     * Groups the documents given by their story inputs (made with their texts, {@link
     * StoryInput#of(org.annals.core.model.Analysis)}), weeks of more than {@code blockSize} documents split into
     * lanes ({@link StoryBlocks.Blocking}), as {@link Stories#assign(List, int)} does.
     */
    static Result group(JavaSparkContext sc, JavaPairRDD<Position, StoryInput> inputs, int blockSize) {
        StorageLevel keep = StorageLevel.MEMORY_AND_DISK_SER();
        Clock clock = new Clock();
        // only documents whose id repeats need their text, to be ordered by it
        Set<String> repeated = new HashSet<>(inputs
                .mapToPair(t -> new Tuple2<>(t._2().id(), 1L))
                .reduceByKey(Long::sum)
                .filter(t -> t._2() > 1)
                .keys().collect());
        Broadcast<Set<String>> keepText = sc.broadcast(repeated);
        JavaPairRDD<Long, Doc> docs = inputs
                .mapToPair(t -> {
                    StoryInput in = keepText.value().contains(t._2().id()) ? t._2() : t._2().withoutText();
                    return new Tuple2<>(in.sortKey(), new Doc(t._1(), in));
                })
                .sortByKey()
                .values()
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
                .persist(keep);
        long total = docs.count();
        clock.lap("order");

        Map<Long, Long> copies = nearCopies(docs);
        clock.lap("near-copies");
        Broadcast<Map<Long, Long>> copiesB = sc.broadcast(copies);

        // document frequencies over the whole set (by 64-bit term keys), and the blocks' documents with the
        // frequencies of their terms
        JavaPairRDD<Long, Integer> df = docs
                .flatMapToPair(t -> StoryBlocks.terms(t._2().input()).stream()
                        .map(term -> new Tuple2<>(StoryBlocks.termKey(term), 1)).iterator())
                .reduceByKey(Integer::sum);
        // weeks split into lanes when one holds more than a block should
        Map<Long, Long> perWeek = docs
                .filter(t -> !copiesB.value().containsKey(t._1()))
                .map(t -> StoryBlocks.week(t._2().input()))
                .countByValue();
        StoryBlocks.Blocking blocking = StoryBlocks.Blocking.of(perWeek, blockSize);
        JavaPairRDD<Long, Member> originals = docs
                .filter(t -> !copiesB.value().containsKey(t._1()))
                .mapToPair(t -> new Tuple2<>(blocking.block(t._2().input()), new Member(t._1(), t._2().input())));
        JavaPairRDD<Long, Iterable<Tuple2<Long, Integer>>> blockDf = originals
                .flatMapToPair(t -> StoryBlocks.terms(t._2().input()).stream()
                        .map(term -> new Tuple2<>(StoryBlocks.termKey(term), t._1())).iterator())
                .distinct()
                .join(df)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .groupByKey();
        JavaPairRDD<Long, Tuple2<int[], StoryBlocks.Clustered>> clustered = originals.groupByKey()
                .join(blockDf)
                .mapToPair(t -> new Tuple2<>(t._1(), cluster(t._1(), t._2()._1(), t._2()._2(), total)))
                .persist(keep);
        JavaPairRDD<Long, Part> parts = clustered
                .flatMapToPair(t -> t._2()._2().parts().stream().map(p -> new Tuple2<>(t._1(), new Part(p))).iterator())
                .persist(keep);
        parts.count();
        clock.lap("blocks");

        // links across blocks: each block with the dated parts that visit it (those of the blocks around it)
        List<StoryBlocks.Link> links = new ArrayList<>(parts
                .filter(t -> t._1() != StoryBlocks.UNDATED)
                .flatMapToPair(t -> {
                    List<Tuple2<Long, Part>> out = new ArrayList<>();
                    for (long h : blocking.visits(t._2().part())) {
                        out.add(new Tuple2<>(h, t._2()));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMap(t -> {
                    List<StoryPart> window = new ArrayList<>();
                    boolean home = false;
                    for (Part p : t._2()) {
                        window.add(p.part());
                        home |= p.part().block() == t._1();
                    }
                    return home ? StoryBlocks.links(t._1(), window).iterator()
                            : Collections.<StoryBlocks.Link>emptyIterator();
                })
                .collect());
        List<StoryPart> undated = parts.filter(t -> t._1() == StoryBlocks.UNDATED).values().map(Part::part).collect();
        if (!undated.isEmpty()) {
            Broadcast<List<StoryPart>> undatedB = sc.broadcast(new ArrayList<>(undated));
            links.addAll(parts
                    .filter(t -> t._1() != StoryBlocks.UNDATED)
                    .groupByKey()
                    .flatMapToPair(t -> {
                        List<StoryPart> dated = new ArrayList<>();
                        t._2().forEach(p -> dated.add(p.part()));
                        return StoryBlocks.attach(undatedB.value(), dated).stream()
                                .map(l -> new Tuple2<>(l.from().id(), l)).iterator();
                    })
                    .reduceByKey(StoryBlocks::better)
                    .values()
                    .collect());
        }
        clock.lap("links");
        Map<Integer, Integer> roots = StoryBlocks.join(links);
        Broadcast<Map<Integer, Integer>> rootsB = sc.broadcast(roots);

        // each document's story, as the id of its first part; a near-copy's is its original's
        Map<Long, List<Long>> copiesOf = new HashMap<>();
        copies.forEach((copy, original) -> copiesOf.computeIfAbsent(original, o -> new ArrayList<>()).add(copy));
        Broadcast<Map<Long, List<Long>>> copiesOfB = sc.broadcast(copiesOf);
        JavaPairRDD<Long, Integer> storyOf = clustered.flatMapToPair(t -> {
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            int[] index = t._2()._1();
            int[] partOf = t._2()._2().partOf();
            for (int i = 0; i < index.length; i++) {
                int story = rootsB.value().getOrDefault(partOf[i], partOf[i]);
                out.add(new Tuple2<>((long) index[i], story));
                for (long copy : copiesOfB.value().getOrDefault((long) index[i], List.of())) {
                    out.add(new Tuple2<>(copy, story));
                }
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Tuple2<Doc, Integer>> placedDocs = docs.join(storyOf).persist(keep);

        // stories numbered in the input order of their first documents, and dated by their earliest one
        List<Tuple2<Integer, Position>> firsts = new ArrayList<>(placedDocs
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1().position()))
                .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
                .collect());
        firsts.sort((a, b) -> a._2().compareTo(b._2()));
        Map<Integer, String> names = new HashMap<>(firsts.size() * 2);
        for (Tuple2<Integer, Position> f : firsts) {
            names.put(f._1(), "s" + (names.size() + 1));
        }
        Broadcast<Map<Integer, String>> namesB = sc.broadcast(names);
        Map<Integer, LocalDate> anchorsByRoot = new HashMap<>(placedDocs
                .filter(t -> t._2()._1().input().published() != null)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1().input().published()))
                .reduceByKey((a, b) -> a.isBefore(b) ? a : b)
                .collectAsMap());
        Map<String, LocalDate> anchors = new HashMap<>();
        anchorsByRoot.forEach((root, date) -> anchors.put(names.get(root), date));
        Set<Long> originalsOfCopies = new HashSet<>(copies.values());
        Broadcast<Set<Long>> originalsB = sc.broadcast(originalsOfCopies);
        Map<Long, String> originalIds = new HashMap<>(docs
                .filter(t -> originalsB.value().contains(t._1()))
                .mapValues(d -> d.input().id())
                .collectAsMap());
        Broadcast<Map<Long, String>> originalIdsB = sc.broadcast(originalIds);
        Map<Position, Stories.Placement> where = new HashMap<>(placedDocs
                .mapToPair(t -> {
                    Long original = copiesB.value().get(t._1());
                    return new Tuple2<>(t._2()._1().position(), new Stories.Placement(
                            namesB.value().get(t._2()._2()),
                            original == null ? null : originalIdsB.value().get(original)));
                })
                .collectAsMap());
        clock.lap("placements");
        docs.unpersist(false);
        clustered.unpersist(false);
        parts.unpersist(false);
        placedDocs.unpersist(false);
        return new Result(sc.broadcast(where), sc.broadcast(anchors), names.size(), copies.size(), clock.steps);
    }

    /** Clusters one block: its documents with their canonical indexes, and the frequencies of their terms. */
    private static Tuple2<int[], StoryBlocks.Clustered> cluster(long block, Iterable<Member> members,
                                                                 Iterable<Tuple2<Long, Integer>> frequencies,
                                                                 long total) {
        TreeMap<Long, StoryInput> sorted = new TreeMap<>();
        members.forEach(m -> sorted.put(m.index(), m.input()));
        Map<Long, Integer> df = new HashMap<>();
        frequencies.forEach(f -> df.put(f._1(), f._2()));
        int[] index = new int[sorted.size()];
        List<StoryInput> inputs = new ArrayList<>(sorted.size());
        int i = 0;
        for (Map.Entry<Long, StoryInput> e : sorted.entrySet()) {
            index[i++] = Math.toIntExact(e.getKey());
            inputs.add(e.getValue());
        }
        return new Tuple2<>(index, StoryBlocks.cluster(block, index, inputs,
                t -> df.getOrDefault(StoryBlocks.termKey(t), 0), total));
    }

    /**
     * The near-copies, each with the index of the first document of its group: the answers of {@link
     * NearDuplicates#add} over the documents in canonical order, found by grouping them on their band keys.
     */
    private static Map<Long, Long> nearCopies(JavaPairRDD<Long, Doc> docs) {
        double threshold = NearDuplicates.DEFAULT_THRESHOLD;
        // in each band, the documents with the same key, each checked against the latest ones before it: the
        // first similar one is its answer in that band (as its band order and rank from the latest)
        List<Tuple2<Long, Long>> matches = docs
                .filter(t -> t._2().input().signature() != null)
                .flatMapToPair(t -> {
                    int[] sig = t._2().input().signature();
                    List<Tuple2<Tuple2<Integer, Long>, Tuple2<Long, int[]>>> out = new ArrayList<>(NearDuplicates.BANDS);
                    for (int b = 0; b < NearDuplicates.BANDS; b++) {
                        out.add(new Tuple2<>(new Tuple2<>(b, NearDuplicates.bandKey(sig, b)), new Tuple2<>(t._1(), sig)));
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(t -> {
                    List<Tuple2<Long, int[]>> same = new ArrayList<>();
                    t._2().forEach(same::add);
                    List<Tuple2<Long, Tuple2<Integer, Long>>> out = new ArrayList<>();
                    if (same.size() > 1) {
                        same.sort((x, y) -> Long.compare(x._1(), y._1()));
                        for (int j = 1; j < same.size(); j++) {
                            for (int r = 1; r <= NearDuplicates.MAX_CHAIN && j - r >= 0; r++) {
                                if (NearDuplicates.similar(same.get(j - r)._2(), same.get(j)._2(), threshold)) {
                                    int order = t._1()._1() * (NearDuplicates.MAX_CHAIN + 1) + r;
                                    out.add(new Tuple2<>(same.get(j)._1(), new Tuple2<>(order, same.get(j - r)._1())));
                                    break;
                                }
                            }
                        }
                    }
                    return out.iterator();
                })
                .reduceByKey((a, b) -> a._1() <= b._1() ? a : b)
                .mapValues(Tuple2::_2)
                .collect();
        TreeMap<Long, Long> first = new TreeMap<>();
        matches.forEach(m -> first.put(m._1(), m._2()));
        Map<Long, Long> group = new HashMap<>();
        for (Map.Entry<Long, Long> e : first.entrySet()) {
            group.put(e.getKey(), group.getOrDefault(e.getValue(), e.getValue()));
        }
        return group;
    }
}

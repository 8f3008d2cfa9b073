package org.annals.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.core.model.Analysis;
import org.annals.core.story.Stories;
import org.annals.core.story.StoryInput;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import scala.Tuple2;

/**
 * Stories over a distributed set of analyses, equal to {@link Stories#group} over the same analyses in the
 * same order:
 * <ol>
 * <li>on the executors, in parallel: each document's {@link StoryInput} (story profile and MinHash signature of
 * its text), and the ids that occur more than once (a shuffle of ids), whose texts are kept to break ties;</li>
 * <li>on the driver: {@link Stories#assign} over the compact inputs in input order (MinHash/LSH near-copies and
 * the story index, a single pass in date order, linear in the number of documents);</li>
 * <li>on the executors: each analysis placed in its story ({@link Stories#place}), with the placements and the
 * story anchors broadcast.</li>
 * </ol>
 */
final class StoryJob {

    /** The placed analyses, and how many stories and near-copies there are. */
    record Result(JavaPairRDD<Position, Analysis> placed, int stories, int duplicates) {
    }

    private StoryJob() {
    }

    static Result group(JavaSparkContext sc, JavaPairRDD<Position, Analysis> analyses) {
        Set<String> repeated = new HashSet<>(analyses
                .mapToPair(t -> new Tuple2<>(t._2().document().id(), 1L))
                .reduceByKey(Long::sum)
                .filter(t -> t._2() > 1)
                .keys().collect());
        Broadcast<Set<String>> keepText = sc.broadcast(repeated);
        List<Tuple2<Position, StoryInput>> collected = new ArrayList<>(analyses
                .mapValues(a -> StoryInput.of(a, keepText.value().contains(a.document().id())))
                .collect());
        collected.sort(Comparator.comparing(Tuple2::_1));
        List<StoryInput> inputs = new ArrayList<>(collected.size());
        for (Tuple2<Position, StoryInput> t : collected) {
            inputs.add(t._2());
        }
        List<Stories.Placement> placements = Stories.assign(inputs);
        Map<String, LocalDate> anchors = Stories.anchors(inputs, placements);
        Map<Position, Stories.Placement> where = new HashMap<>(placements.size() * 2);
        Set<String> stories = new HashSet<>();
        int duplicates = 0;
        for (int i = 0; i < placements.size(); i++) {
            Stories.Placement p = placements.get(i);
            where.put(collected.get(i)._1(), p);
            stories.add(p.story());
            duplicates += p.duplicateOf() == null ? 0 : 1;
        }
        Broadcast<Map<Position, Stories.Placement>> placementsB = sc.broadcast(where);
        Broadcast<Map<String, LocalDate>> anchorsB = sc.broadcast(new HashMap<>(anchors));
        JavaPairRDD<Position, Analysis> placed = analyses.mapToPair(t -> {
            Stories.Placement p = placementsB.value().get(t._1());
            return new Tuple2<>(t._1(), Stories.place(t._2(), p, anchorsB.value().get(p.story())));
        });
        return new Result(placed, stories.size(), duplicates);
    }
}

package org.annals.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.annals.core.tag.NerTagger.Entity;

/**
 * Scores predicted entities against gold ones as conlleval does: an entity is right only when its start,
 * end and type are all the gold's; precision, recall and F1 are micro-averaged over entities, in total and
 * per type. Entities of types outside the scored set are left out on both sides (MISC, for annals).
 */
public final class NerScorer {

    /** Counts of one type or of all: gold entities, predicted entities, and predicted ones that are right. */
    public record Score(int gold, int predicted, int correct) {

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** The house line: {@code name: P=0.912 R=0.874 F1=0.893 (n=1234)}, n being the gold entities. */
        public String line(String name) {
            return String.format(Locale.ROOT, "%s: P=%.3f R=%.3f F1=%.3f (n=%d)", name, precision(), recall(), f1(),
                    gold);
        }

        Score plus(int g, int p, int c) {
            return new Score(gold + g, predicted + p, correct + c);
        }
    }

    private final Set<String> types;
    private final Map<String, Score> byType = new TreeMap<>();
    private Score total = new Score(0, 0, 0);

    /** A scorer of the entities of {@code types} (e.g. PER, ORG, LOC). */
    public NerScorer(Set<String> types) {
        this.types = Set.copyOf(types);
        for (String t : types) {
            byType.put(t, new Score(0, 0, 0));
        }
    }

    /** Adds one sentence or document: its gold entities and the predicted ones, over the same token indices. */
    public void add(List<Entity> gold, List<Entity> predicted) {
        Set<Entity> g = scored(gold);
        Set<Entity> p = scored(predicted);
        for (Entity e : g) {
            count(e.type(), 1, 0, p.contains(e) ? 1 : 0);
        }
        for (Entity e : p) {
            count(e.type(), 0, 1, 0);
        }
    }

    /** Adds a predicted entity that cannot be right (its edges fall inside gold tokens). */
    public void addUnaligned(String type) {
        if (types.contains(type)) {
            count(type, 0, 1, 0);
        }
    }

    public Score total() {
        return total;
    }

    /** The score of one type (zeros for a type never seen). */
    public Score of(String type) {
        return byType.getOrDefault(Objects.requireNonNull(type), new Score(0, 0, 0));
    }

    private Set<Entity> scored(List<Entity> entities) {
        Set<Entity> out = new HashSet<>();
        for (Entity e : entities) {
            if (types.contains(e.type())) {
                out.add(e);
            }
        }
        return out;
    }

    private void count(String type, int g, int p, int c) {
        byType.put(type, byType.get(type).plus(g, p, c));
        total = total.plus(g, p, c);
    }
}

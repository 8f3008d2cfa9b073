package org.annals.eval;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores coded events against PLOVER gold records, a sentence at a time. The system's events of a sentence are
 * given as {@link Coded} values (category and the country parts of the actors' codes).
 *
 * <ul>
 *   <li>{@code events-category}: the record's category is among the sentence's events. Precision counts the
 *   sentences where the system coded something, recall all records.</li>
 *   <li>{@code events-dyad}: an event of that category whose source countries include the gold source's and whose
 *   target countries include the gold target's; for a reciprocal record (SRC/TAR) the two sides are taken
 *   together, in any order.</li>
 *   <li>{@code events-counts}: over the records that report dead or injured, a count of that kind and number.</li>
 * </ul>
 */
public final class EventScorer {

    /** An event as the scorer sees it. */
    public record Coded(String category, Set<String> source, Set<String> target) {
    }

    /** A count as the scorer sees it. */
    public record Counted(String kind, double value) {
    }

    private int records;
    private int coded;
    private int category;
    private int dyad;
    private int countRecords;
    private int countsCoded;
    private int countsRight;

    /** Adds one record with what the system coded from its sentence. */
    public void add(PloverGsr.Record gold, List<Coded> events, List<Counted> counts) {
        records++;
        if (!events.isEmpty()) {
            coded++;
        }
        boolean cat = false;
        boolean pair = false;
        for (Coded e : events) {
            if (!e.category().equals(gold.category())) {
                continue;
            }
            cat = true;
            pair |= dyad(gold, e);
        }
        category += cat ? 1 : 0;
        dyad += pair ? 1 : 0;
        if (gold.dead() >= 0 || gold.injured() >= 0) {
            countRecords++;
            if (!counts.isEmpty()) {
                countsCoded++;
            }
            boolean dead = gold.dead() < 0 || counts.stream().anyMatch(c -> c.kind().equals("killed")
                    && c.value() == gold.dead());
            boolean injured = gold.injured() < 0 || counts.stream().anyMatch(c -> c.kind().equals("wounded")
                    && c.value() == gold.injured());
            countsRight += dead && injured ? 1 : 0;
        }
    }

    static boolean dyad(PloverGsr.Record gold, Coded e) {
        if (gold.reciprocal()) {
            Set<String> all = new TreeSet<>(e.source());
            all.addAll(e.target());
            Set<String> want = new TreeSet<>(gold.source());
            want.addAll(gold.target());
            return all.containsAll(want);
        }
        return e.source().containsAll(gold.source()) && e.target().containsAll(gold.target());
    }

    /** The category score: correct = records whose category was coded. */
    public NerScorer.Score category() {
        return new NerScorer.Score(records, coded, category);
    }

    /** The dyad score. */
    public NerScorer.Score dyad() {
        return new NerScorer.Score(records, coded, dyad);
    }

    /** The count score, over the records that report dead or injured. */
    public NerScorer.Score counts() {
        return new NerScorer.Score(countRecords, countsCoded, countsRight);
    }
}

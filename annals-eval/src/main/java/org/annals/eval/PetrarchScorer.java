package org.annals.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores codings against PETRARCH unit-test records: a record passes when the events coded from its sentence
 * are exactly the expected ones (source code, target code and CAMEO code; order and repetitions aside). A
 * record that expects an error ({@code storydiscard}, ...) or no event passes when nothing is coded.
 */
public final class PetrarchScorer {

    private final Map<String, int[]> byCategory = new LinkedHashMap<>();
    private int passed;
    private int total;

    /** Adds one record with what was coded; true when it passes. */
    public boolean add(PetrarchRecords.Record r, Collection<PetrarchRecords.Coding> coded) {
        boolean ok = key(r.expected()).equals(key(coded));
        int[] c = byCategory.computeIfAbsent(r.category(), k -> new int[2]);
        c[1]++;
        total++;
        if (ok) {
            c[0]++;
            passed++;
        }
        return ok;
    }

    private static Set<String> key(Collection<PetrarchRecords.Coding> codings) {
        Set<String> out = new TreeSet<>();
        for (PetrarchRecords.Coding c : codings) {
            out.add(c.toString());
        }
        return out;
    }

    public int passed() {
        return passed;
    }

    public int total() {
        return total;
    }

    /** {@code petrarch: passed N/M}, then {@code petrarch-CATEGORY: passed n/m} in the order categories came. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("petrarch: passed " + passed + "/" + total);
        byCategory.forEach((k, v) -> out.add("petrarch-" + k + ": passed " + v[0] + "/" + v[1]));
        return out;
    }
}

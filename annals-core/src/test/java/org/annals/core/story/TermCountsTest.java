package org.annals.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Term counts by key, and a profile's sorted terms. */
class TermCountsTest {

    @Test
    void countsEveryKeyAsABoxedMapWouldThroughGrowth() {
        TermCounts counts = new TermCounts(1);
        Map<Long, Integer> expected = new HashMap<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            // keys alike in their low bits, 0 and the extremes among them
            long key = i % 3 == 0 ? (long) random.nextInt(500) << 40 : i % 3 == 1 ? random.nextInt(3000)
                    : List.of(0L, Long.MIN_VALUE, Long.MAX_VALUE, -1L).get(i % 4);
            counts.add(key);
            expected.merge(key, 1, Integer::sum);
        }
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), counts.get(e.getKey()), "key " + e.getKey());
        }
        assertEquals(0, counts.get(12345L << 20));
        assertEquals(0, new TermCounts(0).get(0L));
    }

    @Test
    void termsAreSortedWithTheirCountsAndKeys() {
        java.util.SortedMap<String, Double> counted = new java.util.TreeMap<>();
        counted.put("w:talks", 2.0);
        counted.put("a:countries/chl", 3.0);
        counted.put("c:santiago", 1.0);
        Terms terms = Terms.of(counted);
        assertEquals(List.of("a:countries/chl", "c:santiago", "w:talks"), List.copyOf(terms.asSet()));
        assertEquals(3.0, terms.count(0));
        assertEquals(2.0, terms.count(2));
        assertEquals(StoryBlocks.termKey("c:santiago"), terms.key(1));
        assertTrue(terms.asSet().contains("w:talks"));
        assertFalse(terms.asSet().contains("w:talk"));
        assertEquals(terms, Terms.sorted(terms.toArray(), new double[] {3, 1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> Terms.sorted(new String[] {"w:b", "w:a"}, new double[] {1, 1}));
    }
}

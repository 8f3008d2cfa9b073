package org.annals.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A profile's sorted terms. */
class TermsTest {

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

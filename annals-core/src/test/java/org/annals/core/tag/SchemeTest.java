package org.annals.core.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchemeTest {

    // two types: 0 and 1
    private static final int[] STARTS = {0, 3};
    private static final int[] ENDS = {3, 4};
    private static final int[] TYPES = {1, 0};

    @Test
    void bilouMarksTheFirstInnerLastAndSingleTokens() {
        int[] labels = new int[5];
        Scheme.BILOU.encode(STARTS, ENDS, TYPES, 2, 5, labels);
        Scheme s = Scheme.BILOU;
        assertArrayEquals(new int[] {s.label(1, Scheme.B), s.label(1, Scheme.I), s.label(1, Scheme.L),
                s.label(0, Scheme.U), 0}, labels);
        assertEquals(9, s.labels(2));
    }

    @Test
    void bioMarksTheFirstTokenAndTheRest() {
        int[] labels = new int[5];
        Scheme.BIO.encode(STARTS, ENDS, TYPES, 2, 5, labels);
        Scheme s = Scheme.BIO;
        assertArrayEquals(new int[] {s.label(1, Scheme.B), s.label(1, Scheme.I), s.label(1, Scheme.I),
                s.label(0, Scheme.B), 0}, labels);
        assertEquals(5, s.labels(2));
    }

    @Test
    void insideGoesOnlyAfterTheSameType() {
        Scheme s = Scheme.BIO;
        assertFalse(s.allowed(-1, s.label(0, Scheme.I)));
        assertFalse(s.allowed(0, s.label(0, Scheme.I)));
        assertTrue(s.allowed(s.label(0, Scheme.B), s.label(0, Scheme.I)));
        assertFalse(s.allowed(s.label(1, Scheme.B), s.label(0, Scheme.I)));
        assertTrue(s.allowed(s.label(1, Scheme.B), s.label(0, Scheme.B)));
    }

    @Test
    void bilouClosesWhatItOpens() {
        Scheme s = Scheme.BILOU;
        int b = s.label(0, Scheme.B);
        assertTrue(s.allowed(b, s.label(0, Scheme.I)));
        assertTrue(s.allowed(b, s.label(0, Scheme.L)));
        assertFalse(s.allowed(b, 0));
        assertFalse(s.allowed(b, s.label(0, Scheme.U)));
        assertFalse(s.allowed(s.label(0, Scheme.U), s.label(0, Scheme.L)));
        assertTrue(s.allowed(s.label(0, Scheme.L), s.label(1, Scheme.U)));
    }
}

package org.annals.core.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordClustersTest {

    /** A table in the format annals-tools writes: comments, then word TAB path. */
    static final String TABLE = """
            # a made-up table for the tests
            the\t000
            a\t000
            London\t0110
            Paris\t0110
            Kent\t0111
            Smith\t10
            said\t110
            000\t1110
            0.0\t1111
            house\t0100
            Qorvath\t0101
            """;

    static WordClusters table() {
        try {
            return WordClusters.read(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWordHasThePathOfItsCluster() {
        WordClusters c = table();
        assertEquals(11, c.size());
        assertEquals(9, c.clusters());
        assertEquals("0110", c.path("London"));
        assertEquals("0110", c.path("Paris"));
        assertEquals("10", c.path("Smith"));
        assertNull(c.path("Berlin"));
    }

    @Test
    void wordsAreLookedUpAsWrittenWithDigitsAsZero() {
        WordClusters c = table();
        assertNull(c.path("london"));
        assertNull(c.path("LONDON"));
        assertEquals("1110", c.path("996"));
        assertEquals("1111", c.path("4.5"));
        assertEquals("1110", c.path("000"));
        assertEquals("4.5".length(), WordClusters.form("4.5").length());
        assertEquals("0.0", WordClusters.form("4.5"));
        assertEquals("0000-00-00", WordClusters.form("1996-08-30"));
    }

    @Test
    void formNormalisesLikeThePipeline() {
        // curly apostrophe and en dash become the plain characters the tokens carry
        assertEquals("'s", WordClusters.form("\u2019s"));
        assertEquals("0-0", WordClusters.form("2\u20131"));
    }

    @Test
    void wordsInCapitalsAreTriedInTitleCaseAndCapitalisedOnesInLowerCase() {
        WordClusters c = table();
        int london = c.lookup("London", WordClusters.AS_WRITTEN);
        assertTrue(london >= 0);
        assertEquals(-1, c.lookup("LONDON", WordClusters.AS_WRITTEN));
        assertEquals(london, c.lookup("LONDON", WordClusters.TITLE_CASE));
        assertEquals(-1, c.lookup("House", WordClusters.AS_WRITTEN));
        assertEquals(c.lookup("house", WordClusters.AS_WRITTEN), c.lookup("House", WordClusters.LOWER_CASE));
        assertEquals(c.lookup("house", WordClusters.AS_WRITTEN), c.lookup("HOUSE", WordClusters.LOWER_CASE));
    }

    @Test
    void prefixesOfAPathLongerThanThePathAreThePath() {
        WordClusters c = table();
        int london = c.lookup("London", WordClusters.AS_WRITTEN);
        int kent = c.lookup("Kent", WordClusters.AS_WRITTEN);
        int smith = c.lookup("Smith", WordClusters.AS_WRITTEN);
        // 4 bits: 0110 and 0111 differ; every longer prefix is the whole path
        assertNotEquals(c.prefix(london, 0), c.prefix(kent, 0));
        assertEquals(c.prefix(london, 0), c.prefix(london, WordClusters.PREFIXES.length - 1));
        assertEquals(c.prefix(smith, 0), c.prefix(smith, 1));
    }

    @Test
    void theFingerprintFollowsTheContent() {
        WordClusters a = WordClusters.of(Map.of("London", "01", "Paris", "01"));
        WordClusters b = WordClusters.of(Map.of("Paris", "01", "London", "01"));
        WordClusters c = WordClusters.of(Map.of("London", "01", "Paris", "00"));
        assertEquals(a.fingerprint(), b.fingerprint());
        assertNotEquals(a.fingerprint(), c.fingerprint());
        assertEquals(-1, WordClusters.empty().lookup("London", WordClusters.AS_WRITTEN));
    }

    @Test
    void badTablesAreRefusedWithTheirLine() {
        IOException notBits = assertThrows(IOException.class, () -> WordClusters.read(
                new ByteArrayInputStream("# c\nLondon\t01\nParis\t0x1\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(notBits.getMessage().startsWith("word clusters, line 3: "), notBits.getMessage());
        IOException noTab = assertThrows(IOException.class, () -> WordClusters.read(
                new ByteArrayInputStream("London 01\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(noTab.getMessage().startsWith("word clusters, line 1: "), noTab.getMessage());
        IOException twice = assertThrows(IOException.class, () -> WordClusters.read(
                new ByteArrayInputStream("1996\t01\n2024\t10\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    }

    @Test
    void theBuiltInTableClustersCommonWords() {
        WordClusters c = WordClusters.builtin();
        assertTrue(c.size() > 10_000, c.size() + " words");
        assertEquals(c.path("London"), c.path("Paris"));
        assertNotEquals(c.path("London"), c.path("said"));
    }
}

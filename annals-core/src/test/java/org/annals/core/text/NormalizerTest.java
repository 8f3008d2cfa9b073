package org.annals.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The normalised copy keeps the original's length, so offsets carry over one to one. */
class NormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u201CYes,\u201D she said | \"Yes,\" she said",
        "Russia\u2019s view        | Russia's view",
        "1948 \u2013 1967          | 1948 - 1967",
        "a \u2014 b                | a - b",
        "10\u00A0km                | 10 km",
        "\u00ABNon\u00BB           | \"Non\"",
        "wait\u2026                | wait.",
    })
    void oddCharactersBecomePlainOnesOfTheSameLength(String in, String out) {
        String n = Normalizer.normalize(in);
        assertEquals(out, n);
        assertEquals(in.length(), n.length());
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String s = "Nothing to change here.";
        assertSame(s, Normalizer.normalize(s));
    }
}

package org.annals.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading numbers written in digits and in words. */
class NumberReaderTest {

    private static final NumberReader READER = new NumberReader(CountLexicon.standard());

    private static Amount read(String text) {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(text);
        return READER.read(tokens, 0, tokens.size());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "40,000;40000", "1,234,567;1234567", "1.5;1.5", "1.5 million;1500000", "15m;15000000", "2bn;2000000000",
        "10k;10000", "twelve;12", "twenty-five;25", "twenty five;25", "two hundred and fifty;250", "a hundred;100",
        "a dozen;12", "two dozen;24", "three thousand five hundred;3500", "forty thousand;40000",
        "dozens of;12", "tens of thousands of;10000"})
    @DisplayName("reads")
    void reads(String text, double value) {
        Amount a = read(text);
        assertEquals(value, a.value());
        assertEquals(Tokenizer.INSTANCE.tokenize(text).size(), a.end(), "the whole phrase is read");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2021-11-23", "10:30", "7th", "1990s", "1,5", "a", "many"})
    @DisplayName("is not a number")
    void notNumbers(String text) {
        assertNull(read(text));
    }

    @Test
    @DisplayName("marks a bare four-digit number from 1800 to 2100 as a possible year")
    void yearShape() {
        assertTrue(read("2014").year());
        assertEquals(false, read("2,014").year());
        assertEquals(false, read("2014 million").year());
    }

    @Test
    @DisplayName("stops before a second number")
    void stopsBeforeSecondNumber() {
        assertEquals(1, read("12 30").end());
        assertEquals(1, read("one two").end());
    }
}

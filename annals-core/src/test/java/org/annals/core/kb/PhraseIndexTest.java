package org.annals.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The phrase dictionary: the longest phrase at a token within a limit, its values in the order added, matched
 * as written or in any case, and found whatever the vocabulary knew when the tokens were made.
 */
class PhraseIndexTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.INSTANCE.tokenize(text);
    }

    private static String[] words(String phrase) {
        return Tokenizer.INSTANCE.words(phrase);
    }

    private static <V> String found(PhraseIndex.Match<V> m) {
        return m == null ? null : m.start() + "-" + m.end() + " " + m.values();
    }

    @Test
    void theLongestPhraseAtATokenWithinTheLimit() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add(words("New York"), "state");
        index.add(words("New York City"), "city");
        index.add(words("York"), "english city");
        index.add(words("New York City Council"), "council");
        List<Token> ts = tokens("in New York City today");
        assertEquals("1-4 [city]", found(index.longest(ts, 1, ts.size())));
        assertEquals("1-3 [state]", found(index.longest(ts, 1, 3)), "no phrase past the limit");
        assertNull(index.longest(ts, 1, 2), "'New' alone is no phrase");
        assertEquals("2-3 [english city]", found(index.longest(ts, 2, ts.size())));
        assertNull(index.longest(ts, 0, ts.size()));
        assertNull(index.longest(ts, 4, ts.size()), "a prefix of a longer phrase is not a phrase");
        assertNull(index.longest(ts, 2, 2), "an empty range holds no phrase");
    }

    @Test
    void valuesKeepTheirOrderAndComeOnce() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add(words("Georgia"), "GEO");
        index.add(words("Georgia"), "USA");
        index.add(words("Georgia"), "GEO");
        assertEquals(2, index.size());
        assertEquals("0-1 [GEO, USA]", found(index.longest(tokens("Georgia votes"), 0, 2)));
        assertEquals(List.of("GEO", "USA"), index.get(words("Georgia")));
    }

    @Test
    void caseCountsUnlessTheIndexOrThePhraseIgnoresIt() {
        PhraseIndex<String> exact = new PhraseIndex<>(false);
        exact.add(words("Turkey"), "TUR");
        assertEquals("0-1 [TUR]", found(exact.longest(tokens("Turkey said"), 0, 2)));
        assertNull(exact.longest(tokens("turkey dinner"), 0, 2));

        PhraseIndex<String> folded = new PhraseIndex<>(true);
        folded.add(words("Prime Minister"), "GOV");
        assertEquals("0-2 [GOV]", found(folded.longest(tokens("PRIME minister"), 0, 2)));

        exact.addIgnoringCase(words("TURKEY"), "PETRARCH");
        exact.addIgnoringCase(words("RECEP TAYYIP ERDOGAN"), "TURGOV");
        assertEquals("0-1 [TUR, PETRARCH]", found(exact.longest(tokens("Turkey said"), 0, 2)),
                "the same tokens: the values of the exact phrase first");
        assertEquals("0-1 [PETRARCH]", found(exact.longest(tokens("turkey dinner"), 0, 2)));
        assertEquals("0-3 [TURGOV]", found(exact.longest(tokens("Recep Tayyip Erdogan"), 0, 3)));
    }

    @Test
    void anAdditionAfterAWalkCounts() {
        List<Token> ts = tokens("the National Unity Assembly met");
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add(words("National Unity"), "short");
        assertEquals("1-3 [short]", found(index.longest(ts, 1, ts.size())));

        index.add(words("National Unity Assembly"), "long");
        index.add(words("Assembly"), "one word");
        assertEquals("1-4 [long]", found(index.longest(ts, 1, ts.size())));
        assertEquals("3-4 [one word]", found(index.longest(ts, 3, ts.size())));
    }

    @Test
    void manyPhrasesSharingWordsAreEachFoundWhole() {
        // enough first words that the filter of first words is made again larger, twice
        PhraseIndex<Integer> index = new PhraseIndex<>(true);
        for (int a = 0; a < 200; a++) {
            for (int b = 0; b < 20; b++) {
                index.add(new String[] {"w" + a, "w" + b}, a * 100 + b);
            }
            index.add(new String[] {"w" + a}, a);
        }
        for (int a = 0; a < 200; a++) {
            for (int b = 0; b < 20; b += 7) {
                List<Token> ts = tokens("W" + a + " w" + b + " x");
                assertEquals("0-2 [" + (a * 100 + b) + "]", found(index.longest(ts, 0, ts.size())));
                assertEquals("0-1 [" + a + "]", found(index.longest(ts, 0, 1)));
            }
        }
        assertEquals("0-1 [1]", found(index.longest(tokens("w1 w20"), 0, 2)));
        assertNull(index.longest(tokens("w200 w1"), 0, 2));
        assertNull(index.longest(tokens("x w1"), 0, 2));
    }

    @Test
    void inCapitalsAWordIsReadAsANameIsWritten() {
        PhraseIndex<String> index = new PhraseIndex<>(false);
        index.add(words("Addis Ababa"), "ETH");
        List<Token> ts = tokens("ADDIS ABABA (Reuters)");
        assertNull(index.longest(ts, 0, ts.size()));
        assertEquals("0-2 [ETH]", found(index.longestInCapitals(ts, 0, ts.size())));
    }
}

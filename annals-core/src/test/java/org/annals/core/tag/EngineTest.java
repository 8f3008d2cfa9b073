package org.annals.core.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The features of tokens: what they depend on, and that computing them costs no garbage. */
class EngineTest {

    private static final String SENTENCE = "Foreign Minister Hakan Fidan told reporters in Ankara that Turkey "
            + "would host talks between Russian and Ukrainian officials next week.";

    private static Engine engine() {
        return new Engine(NerModel.builtin().layout(), KnowledgeBase.builtin(), WordClusters.builtin());
    }

    private static List<int[]> features(Engine e, List<Token> tokens, int from, int to) {
        e.sentence(tokens, from, to);
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < to - from; j++) {
            out.add(e.staticFeatures(j));
        }
        return out;
    }

    @Test
    void theSameTokensGiveTheSameFeaturesInAnyEngine() {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(SENTENCE);
        Engine a = engine();
        List<int[]> first = features(a, tokens, 0, tokens.size());
        features(a, Tokenizer.INSTANCE.tokenize("Something else entirely, in Kyiv."), 0, 7);
        List<int[]> again = features(a, tokens, 0, tokens.size());
        List<int[]> other = features(engine(), tokens, 0, tokens.size());
        for (int j = 0; j < tokens.size(); j++) {
            assertArrayEquals(first.get(j), again.get(j), "token " + j);
            assertArrayEquals(first.get(j), other.get(j), "token " + j);
        }
    }

    @Test
    void featuresDependOnTheWordsNotOnWhereTheyStand() {
        List<Token> alone = Tokenizer.INSTANCE.tokenize(SENTENCE);
        List<Token> later = Tokenizer.INSTANCE.tokenize("Talks failed. " + SENTENCE);
        List<int[]> a = features(engine(), alone, 0, alone.size());
        List<int[]> b = features(engine(), later, 3, later.size());
        for (int j = 0; j < alone.size(); j++) {
            assertArrayEquals(a.get(j), b.get(j), "token " + j);
        }
    }

    @Test
    void aWordInAKnownNameHasItsGazetteerFeature() {
        List<Token> known = Tokenizer.INSTANCE.tokenize("They met in Ankara.");
        List<Token> unknown = Tokenizer.INSTANCE.tokenize("They met in Zqxwville.");
        int[] ankara = features(engine(), known, 0, known.size()).get(3);
        int[] other = features(engine(), unknown, 0, unknown.size()).get(3);
        // same context and shape, but Ankara is a place of the knowledge base: it has more features
        assertTrue(ankara.length > other.length, ankara.length + " vs " + other.length);
        assertNotEquals(ankara[1], other[1]);
    }

    @Test
    void computingFeaturesOfAMixedCaseSentenceMakesNoGarbage() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                && t.isThreadAllocatedMemoryEnabled(), "the JVM does not count allocated bytes");
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) threads;
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(SENTENCE);
        assertEquals(21, tokens.size());
        Engine e = engine();
        for (int i = 0; i < 20_000; i++) {
            e.sentence(tokens, 0, tokens.size());
        }
        int rounds = 2_000;
        long before = t.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < rounds; i++) {
            e.sentence(tokens, 0, tokens.size());
        }
        long perToken = (t.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / rounds
                / tokens.size();
        // the knowledge base's phrase index makes a small match object for each name it finds, and the
        // role index a lower-case copy of a capitalised word; nothing else is allocated per token
        assertTrue(perToken <= 48, perToken + " bytes per token");
    }
}

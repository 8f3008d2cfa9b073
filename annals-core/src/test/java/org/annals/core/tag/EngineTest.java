package org.annals.core.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;
import org.annals.core.tag.NerTagger.Entity;
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

    // ---------------------------------------------------------------------------------------------------
    // the feature groups of word clusters, runs of capitalised words, tables and contexts

    /** An engine for the built-in model's layout without the feature group {@code without}. */
    private static Engine engineWithout(NerModel.Feature without) {
        NerModel.Layout l = NerModel.builtin().layout();
        Set<NerModel.Feature> f = EnumSet.copyOf(l.features());
        f.remove(without);
        return new Engine(new NerModel.Layout(l.hashBits(), l.scheme(), l.types(), f, l.clusters()),
                KnowledgeBase.builtin(), WordClusters.builtin());
    }

    /** The features of token {@code j} of a one-sentence document. */
    private static int[] featuresOf(Engine e, String sentence, int j) {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(sentence);
        e.startDocument(tokens, new int[] {0}, new int[] {tokens.size()}, 1);
        e.sentence(tokens, 0, tokens.size());
        int[] f = e.staticFeatures(j);
        Arrays.sort(f);
        return f;
    }

    @Test
    void theBuiltInModelUsesEveryFeatureGroup() {
        assertEquals(EnumSet.allOf(NerModel.Feature.class), EnumSet.copyOf(NerModel.builtin().features()));
    }

    @Test
    void aWordOfACapitalisedRunSeesTheRunsLastWord() {
        // "Inc" and "Ltd" are three words after "Roosevelt": out of the window, inside the run
        String inc = "Shares of Roosevelt Financial Group Inc rose on Friday.";
        String ltd = "Shares of Roosevelt Financial Group Ltd rose on Friday.";
        assertNotEquals(Arrays.toString(featuresOf(engine(), inc, 2)), Arrays.toString(featuresOf(engine(), ltd, 2)));
        Engine without = engineWithout(NerModel.Feature.RUNS);
        assertArrayEquals(featuresOf(without, inc, 2), featuresOf(without, ltd, 2));
    }

    @Test
    void aRowOfNamesAndNumbersIsATable() {
        String row = "Rotor Volgograd 2 Alania Vladikavkaz 1";
        int[] with = featuresOf(engine(), row, 3);
        int[] without = featuresOf(engineWithout(NerModel.Feature.TABLE), row, 3);
        assertEquals(3, with.length - without.length);
        // a sentence with a lower-case word of more than three letters is not a table
        String prose = "Rotor Volgograd beat Alania Vladikavkaz 2";
        assertEquals(featuresOf(engineWithout(NerModel.Feature.TABLE), prose, 3).length,
                featuresOf(engine(), prose, 3).length);
    }

    @Test
    void aCapitalisedWordOutsideTheClustersIsSeenThroughItsLowerCaseForm() {
        // the test table has "house" but not "House", and neither "zqxw" nor "Zqxw"
        WordClusters table = WordClustersTest.table();
        NerModel.Layout l = NerModel.builtin().layout();
        Engine e = new Engine(new NerModel.Layout(l.hashBits(), l.scheme(), l.types(), l.features(),
                table.fingerprint()), KnowledgeBase.builtin(), table);
        int[] house = featuresOf(e, "They left the House on Friday.", 3);
        int[] unknown = featuresOf(e, "They left the Zqxw on Friday.", 3);
        // the same features but for the two prefixes of the lower-case form's cluster
        assertEquals(unknown.length + 2, house.length);
        // a word in a cluster has one feature for each prefix length instead of one saying it is in none
        int[] known = featuresOf(e, "They left the Qorvath on Friday.", 3);
        assertEquals(unknown.length - 1 + WordClusters.PREFIXES.length, known.length);
    }

    @Test
    void aWordSeesTheNeighboursOfItsOtherOccurrencesInTheDocument() {
        assertNotEquals(Arrays.toString(lastRotor(engine(), "won")), Arrays.toString(lastRotor(engine(), "lost")));
        Engine without = engineWithout(NerModel.Feature.CONTEXTS);
        assertArrayEquals(lastRotor(without, "won"), lastRotor(without, "lost"));
    }

    /** The features of "Rotor" in the second sentence of "Rotor VERB at home . Fans cheered Rotor ." */
    private static int[] lastRotor(Engine e, String verb) {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize("Rotor " + verb + " at home. Fans cheered Rotor.");
        int split = 5;
        assertEquals(".", tokens.get(split - 1).text());
        e.startDocument(tokens, new int[] {0, split}, new int[] {split, tokens.size()}, 2);
        e.sentence(tokens, split, tokens.size());
        int[] f = e.staticFeatures(2);
        Arrays.sort(f);
        return f;
    }

    @Test
    void everyCharacterIsReadAsCharacterReadsIt() {
        for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
            assertEquals(Character.toLowerCase(ch), Engine.toLowerCase(ch), () -> "lower case");
            char shape = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x'
                    : Character.isDigit(ch) ? 'd' : Character.isLetter(ch) ? 'x' : ch;
            assertEquals(shape, Engine.shapeClass(ch), () -> "shape");
        }
    }

    @Test
    void theSecondPassTagsAsIfItComputedEverythingAgain() {
        NerModel model = NerModel.builtin();
        for (TaggedDocument doc : TinyNews.documents()) {
            List<Token> tokens = NerTrainer.tokens(TinyNews.words(doc));
            List<Sentence> sentences = TinyNews.sentences(doc, tokens);
            assertEquals(twoFullPasses(model, tokens, sentences),
                    NerTagger.builtin().tagDocument(tokens, sentences), doc.id());
        }
    }

    @Test
    void keptWordScoresGiveTheSameNamesWhateverTheTaggerMetBefore() {
        NerModel model = NerModel.builtin();
        NerTagger seasoned = NerTagger.builtin();
        // the tagger first meets the same words in capitals (where clusters are looked up as titles), then as
        // written, in other documents: the scores it kept for them are those computed afresh
        for (TaggedDocument doc : TinyNews.documents()) {
            List<Token> tokens = NerTrainer.tokens(TinyNews.words(doc));
            List<Token> capitals = new ArrayList<>();
            for (Token t : tokens) {
                capitals.add(new Token(t.span(), t.text().toUpperCase(Locale.ROOT), t.kind()));
            }
            seasoned.tagDocument(capitals, TinyNews.sentences(doc, capitals));
        }
        for (TaggedDocument doc : TinyNews.documents()) {
            List<Token> tokens = NerTrainer.tokens(TinyNews.words(doc));
            List<Sentence> sentences = TinyNews.sentences(doc, tokens);
            List<Entity> expected = twoFullPasses(model, tokens, sentences);
            assertEquals(expected, seasoned.tagDocument(tokens, sentences), doc.id());
            assertEquals(expected, seasoned.tagDocument(tokens, sentences), doc.id() + ", tagged again");
        }
    }

    @Test
    void aWordsKeptScoresAreThoseOfItsFeaturesWhereverTheWordWasMetFirst() {
        Engine.Weights weights = NerModel.builtin().weights();
        Engine kept = engine();
        kept.keepWordScores(weights);
        // first met in a sentence in capitals, where a word's cluster is looked up in title case too
        firstPass(kept, weights, "OFFICIALS IN MOSCOW TOLD REUTERS ON FRIDAY THAT LONDON WOULD WAIT.");
        String mixed = "Officials in MOSCOW told REUTERS on Friday that LONDON would wait for Moscow.";
        List<Token> tokens = firstPass(kept, weights, mixed);
        Engine afresh = engine();
        firstPass(afresh, weights, mixed);
        int compared = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isCapitalized()) { // scored always; a lower-case word after no name is not
                assertArrayEquals(afresh.keptScores(i), kept.keptScores(i), tokens.get(i).text());
                compared++;
            }
        }
        assertEquals(6, compared);
    }

    /** Decodes one sentence as the tagger's first pass does; returns its tokens. */
    private static List<Token> firstPass(Engine e, Engine.Weights weights, String sentence) {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(sentence);
        e.startDocument(tokens, new int[] {0}, new int[] {tokens.size()}, 1);
        e.sentence(tokens, 0, tokens.size());
        e.decode(weights, null, null);
        return tokens;
    }

    /** What the tagger does, with every feature computed again in the second pass. */
    private static List<Entity> twoFullPasses(NerModel model, List<Token> tokens, List<Sentence> sentences) {
        Engine e = new Engine(model.layout(), KnowledgeBase.builtin(), WordClusters.builtin());
        int count = sentences.size();
        int[] s = new int[count];
        int[] t = new int[count];
        for (int k = 0; k < count; k++) {
            s[k] = sentences.get(k).firstToken();
            t[k] = sentences.get(k).endToken();
        }
        e.startDocument(tokens, s, t, count);
        for (int k = 0; k < count; k++) {
            e.sentence(tokens, s[k], t[k]);
            e.decode(model.weights(), null, null);
            e.remember();
            e.keepFirstPass();
        }
        e.startReview();
        List<Entity> out = new ArrayList<>();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        int[] types = new int[tokens.size()];
        for (int k = 0; k < count; k++) {
            e.sentence(tokens, s[k], t[k]);
            // one call with the training flag off but no caching: the label-independent part computed again
            e.decode(model.weights(), null, null);
            e.remember();
            int n = e.entities(starts, ends, types);
            for (int x = 0; x < n; x++) {
                out.add(new Entity(starts[x], ends[x], model.types().get(types[x])));
            }
        }
        return out;
    }
}

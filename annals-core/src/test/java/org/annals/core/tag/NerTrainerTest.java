package org.annals.core.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Token;
import org.junit.jupiter.api.Test;

class NerTrainerTest {

    private static final NerTrainer.Settings SMALL = NerTrainer.Settings.defaults().withIterations(8)
            .withHashBits(16).withRuns(1);

    private static NerModel train(NerTrainer.Settings settings, List<String> log) {
        return new NerTrainer(KnowledgeBase.builtin(), log::add).train(TinyNews.documents(), List.of(), settings);
    }

    @Test
    void learnsToTagTheNewsItWasTrainedOn() {
        NerModel model = train(SMALL, new ArrayList<>());
        NerTagger tagger = new NerTagger(model, KnowledgeBase.builtin());
        for (TaggedDocument doc : TinyNews.documents()) {
            List<Token> tokens = NerTrainer.tokens(TinyNews.words(doc));
            assertEquals(TinyNews.show(TinyNews.gold(doc), tokens),
                    TinyNews.show(tagger.tagDocument(tokens, TinyNews.sentences(doc, tokens)), tokens), doc.id());
        }
    }

    @Test
    void learnsWithEitherLabelScheme() {
        NerModel model = train(SMALL.withScheme(Scheme.BIO), new ArrayList<>());
        NerTagger tagger = new NerTagger(model, KnowledgeBase.builtin());
        TaggedDocument doc = TinyNews.documents().get(0);
        List<Token> tokens = NerTrainer.tokens(TinyNews.words(doc));
        assertEquals(Scheme.BIO, model.scheme());
        assertEquals(TinyNews.show(TinyNews.gold(doc), tokens),
                TinyNews.show(tagger.tagDocument(tokens, TinyNews.sentences(doc, tokens)), tokens));
    }

    @Test
    void theSameDataAndSeedGiveTheSameModelBytes() throws IOException {
        assertArrayEquals(bytes(train(SMALL, new ArrayList<>())), bytes(train(SMALL, new ArrayList<>())));
    }

    @Test
    void reportsTheDevScoreAfterEveryIteration() {
        List<String> log = new ArrayList<>();
        new NerTrainer(KnowledgeBase.builtin(), log::add).train(TinyNews.documents(), TinyNews.documents(),
                SMALL.withIterations(3));
        assertTrue(log.get(0).startsWith("training on 3 documents, 132 tokens, 1 style; types [LOC, MISC, ORG, "
                + "PER]"), log.get(0));
        for (int i = 1; i <= 3; i++) {
            assertTrue(log.get(i).matches("iteration " + i + ": [0-9,]+ training errors, dev F1=[01]\\.\\d{4} "
                    + "PER/ORG/LOC F1=[01]\\.\\d{4} \\(\\d+ s\\)"), log.get(i));
        }
        assertTrue(log.get(4).startsWith("model: "), log.get(4));
    }

    @Test
    void severalRunsWithTheNextSeedsAreAveragedIntoOneModel() throws IOException {
        List<String> log = new ArrayList<>();
        NerModel two = train(SMALL.withIterations(2).withRuns(2), log);
        assertEquals(List.of("iteration 1", "iteration 2", "run 2 of 2, seed 2", "iteration 1", "iteration 2",
                "model"), log.subList(1, log.size()).stream().map(l -> l.replaceAll("(: .*|,? \\(.*)$", ""))
                .toList());
        NerTagger tagger = new NerTagger(two, KnowledgeBase.builtin());
        TaggedDocument doc = TinyNews.documents().get(0);
        List<Token> tokens = NerTrainer.tokens(TinyNews.words(doc));
        assertTrue(TinyNews.show(tagger.tagDocument(tokens, TinyNews.sentences(doc, tokens)), tokens)
                .contains("PER[Vladimir Putin]"));
    }

    @Test
    void aTagOutsideIobIsRejectedWithItsDocument() {
        TaggedDocument bad = new TaggedDocument("bad#0", List.of(new TaggedSentence(List.of("Kyiv", "said"),
                List.of("S-LOC", "O"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NerTrainer(KnowledgeBase.builtin(), s -> { }).train(List.of(bad), List.of(), SMALL));
        assertEquals("bad#0: tag 'S-LOC' is neither O nor B-TYPE / I-TYPE", e.getMessage());
    }

    @Test
    void iob1AndIob2TagsGiveTheSameEntities() {
        List<String> types = List.of("LOC", "ORG", "PER");
        List<String> iob1 = List.of("I-PER", "I-PER", "I-ORG", "O", "I-LOC", "B-LOC");
        List<String> iob2 = List.of("B-PER", "I-PER", "B-ORG", "O", "B-LOC", "B-LOC");
        List<String> expected = List.of("[0, 2, 2]", "[2, 3, 1]", "[4, 5, 0]", "[5, 6, 0]");
        assertEquals(expected, NerTrainer.spans(iob1, types, "x").stream().map(java.util.Arrays::toString).toList());
        assertEquals(expected, NerTrainer.spans(iob2, types, "x").stream().map(java.util.Arrays::toString).toList());
    }

    @Test
    void trainingTokensAreNormalisedAndOneSpaceApart() {
        List<Token> tokens = NerTrainer.tokens(List.of("\u201CWe", "left", "Kyiv", "."));
        assertEquals("\"We", tokens.get(0).text());
        assertEquals(List.of(0, 4, 9, 14), tokens.stream().map(Token::start).toList());
        assertEquals(Token.Kind.PUNCT, tokens.get(3).kind());
    }

    static byte[] bytes(NerModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}

package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.annals.core.tag.NerTagger.Entity;
import org.junit.jupiter.api.Test;

class NerScorerTest {

    private static final List<Entity> GOLD = List.of(new Entity(0, 2, "PER"), new Entity(3, 4, "LOC"),
            new Entity(5, 7, "ORG"), new Entity(8, 9, "LOC"), new Entity(10, 11, "MISC"));

    @Test
    void anEntityIsRightOnlyWithItsExactSpanAndType() {
        NerScorer s = new NerScorer(Set.of("PER", "ORG", "LOC"));
        s.add(GOLD, List.of(
                new Entity(0, 2, "PER"),   // right
                new Entity(3, 4, "ORG"),   // right span, wrong type
                new Entity(5, 6, "ORG"),   // right type, span too short
                new Entity(8, 9, "LOC"),   // right
                new Entity(10, 11, "MISC"))); // not scored
        assertEquals(new NerScorer.Score(4, 4, 2), s.total());
        assertEquals(0.5, s.total().precision());
        assertEquals(0.5, s.total().recall());
        assertEquals(new NerScorer.Score(2, 1, 1), s.of("LOC"));
        assertEquals(new NerScorer.Score(1, 2, 0), s.of("ORG"));
    }

    @Test
    void precisionRecallAndF1AreMicroAveragedOverSentences() {
        NerScorer s = new NerScorer(Set.of("PER", "ORG", "LOC"));
        s.add(GOLD, List.of(new Entity(0, 2, "PER")));
        s.add(List.of(new Entity(0, 1, "LOC")), List.of(new Entity(0, 1, "LOC"), new Entity(2, 3, "PER")));
        // gold 5, predicted 3, right 2
        NerScorer.Score t = s.total();
        assertEquals(new NerScorer.Score(5, 3, 2), t);
        assertEquals("ner: P=0.667 R=0.400 F1=0.500 (n=5)", t.line("ner"));
        assertEquals("ner-PER: P=0.500 R=1.000 F1=0.667 (n=1)", s.of("PER").line("ner-PER"));
    }

    @Test
    void nothingPredictedScoresZeroAndAnUnalignedNameCountsAsWrong() {
        NerScorer s = new NerScorer(Set.of("PER", "ORG", "LOC"));
        s.add(GOLD, List.of());
        assertEquals("ner: P=0.000 R=0.000 F1=0.000 (n=4)", s.total().line("ner"));
        s.addUnaligned("PER");
        s.addUnaligned("MISC");
        assertEquals(new NerScorer.Score(4, 1, 0), s.total());
    }
}

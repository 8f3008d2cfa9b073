package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.eval.TimexScorer.Extent;
import org.junit.jupiter.api.Test;

/** TempEval-3 scoring on hand-made cases whose figures are worked out in the comments. */
class TimexScorerTest {

    private static final String TEXT = "Talks began on Monday and lasted two weeks in March 2020.";

    /** The extent of the first occurrence of {@code words} in {@link #TEXT}. */
    private static Extent at(String words, String type, String value) {
        int start = TEXT.indexOf(words);
        return new Extent(start, start + words.length(), type, value);
    }

    private static final List<Extent> GOLD = List.of(at("Monday", "DATE", "2020-03-02"),
            at("two weeks", "DURATION", "P2W"), at("March 2020", "DATE", "2020-03"));

    /** One extent too wide, one right with a wrong value, one too narrow, one that is no time. */
    private static final List<Extent> FOUND = List.of(at("on Monday", "DATE", "2020-03-02"),
            at("two weeks", "DURATION", "P14D"), at("2020", "DATE", "2020"), at("began", "DATE", null));

    @Test
    void scoresExtentsStrictAndRelaxedAndAttributesOverRelaxedMatches() {
        TimexScorer s = new TimexScorer();
        s.add(TEXT, GOLD, FOUND);
        // relaxed: the three gold expressions are each overlapped: P = 3/4, R = 3/3
        assertEquals(new TimexScorer.Score(0.75, 1.0, 3), s.relaxed());
        // strict: only "two weeks" covers the same tokens: P = 1/4, R = 1/3
        assertEquals(new TimexScorer.Score(0.25, 1.0 / 3, 3), s.strict());
        // value: right for "Monday" alone, 1 of 3 relaxed matches: accuracy 1/3 times the relaxed figures
        assertEquals(0.25, s.value().precision(), 1e-9);
        assertEquals(1.0 / 3, s.value().recall(), 1e-9);
        // type: right for all three
        assertEquals(s.relaxed(), s.type());
    }

    @Test
    void printsTheHouseLines() {
        TimexScorer s = new TimexScorer();
        s.add(TEXT, GOLD, FOUND);
        assertEquals(List.of("timex-strict: P=0.250 R=0.333 F1=0.286 (n=3)",
                "timex-relaxed: P=0.750 R=1.000 F1=0.857 (n=3)",
                "timex-value: P=0.250 R=0.333 F1=0.286 (n=3)",
                "timex-type: P=0.750 R=1.000 F1=0.857 (n=3)"), s.lines("timex"));
    }

    @Test
    void documentsAddUp() {
        TimexScorer s = new TimexScorer();
        s.add(TEXT, GOLD, FOUND);
        s.add(TEXT, GOLD, GOLD);
        // 6 gold, 7 found, 6 relaxed pairs, 4 strict
        assertEquals(new TimexScorer.Score(6.0 / 7, 1.0, 6), s.relaxed());
        assertEquals(new TimexScorer.Score(4.0 / 7, 4.0 / 6, 6), s.strict());
    }

    @Test
    void pairsEachGoldExpressionWithOneFoundExpressionAtMost() {
        String text = "The outbreak of 2009-2010 was mild.";
        int start = text.indexOf("2009");
        List<Extent> gold = List.of(new Extent(start, start + 4, "DATE", "2009"),
                new Extent(start + 5, start + 9, "DATE", "2010"));
        List<Extent> found = List.of(new Extent(start, start + 9, "DATE", "2009"));
        TimexScorer s = new TimexScorer();
        List<TimexScorer.Pair> pairs = s.add(text, gold, found);
        assertEquals(found.get(0), pairs.get(0).found());
        assertFalse(pairs.get(0).strict());
        assertNull(pairs.get(1).found(), "the second year is missed");
        assertEquals(new TimexScorer.Score(1.0, 0.5, 2), s.relaxed());
        assertEquals(1.0, s.value().precision(), 1e-9);
    }

    @Test
    void extentsAreComparedByTheTokensTheyCover() {
        String text = "Growth slowed in mid-2020 at 10:30, 3.5 days later.";
        assertEquals(List.of("Growth", "slowed", "in", "mid", "-", "2020", "at", "10:30", ",", "3.5", "days", "later",
                "."), TimexScorer.tokens(text).stream().map(t -> text.substring(t[0], t[1])).toList());
        int mid = text.indexOf("mid");
        // an extent cut inside a token covers the whole token: "id-2020" is "mid-2020"
        TimexScorer s = new TimexScorer();
        s.add(text, List.of(new Extent(mid, mid + 8, "DATE", "2020")),
                List.of(new Extent(mid + 1, mid + 8, "DATE", "2020")));
        assertEquals(1.0, s.strict().f1(), 1e-9);
        // "2020" alone overlaps "mid-2020" but is not the same extent
        TimexScorer t = new TimexScorer();
        t.add(text, List.of(new Extent(mid, mid + 8, "DATE", "2020")),
                List.of(new Extent(mid + 4, mid + 8, "DATE", "2020")));
        assertEquals(0.0, t.strict().f1(), 1e-9);
        assertEquals(1.0, t.relaxed().f1(), 1e-9);
    }

    @Test
    void nothingFoundAndNothingToFindScoreZeroNotNaN() {
        TimexScorer s = new TimexScorer();
        s.add("No time here.", List.of(), List.of());
        assertEquals("timex-relaxed: P=0.000 R=0.000 F1=0.000 (n=0)", s.relaxed().line("timex-relaxed"));
        assertTrue(s.lines("timex").stream().noneMatch(l -> l.contains("NaN")));
    }
}

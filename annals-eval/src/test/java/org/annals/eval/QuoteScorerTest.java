package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.model.Span;
import org.annals.eval.Brat.Relation;
import org.annals.eval.NerScorer.Score;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Scoring quotes against attribution relations: content, then source and cue given the content. */
class QuoteScorerTest {

    private static final String TEXT = "“The dam is safe,” the engineer said. Farmers said the water rose.";

    private static Span span(String words) {
        int at = TEXT.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Relation rel(String content, String source, String cue) {
        return Relation.of(span(content), source == null ? null : span(source), cue == null ? null : span(cue));
    }

    @Test
    @DisplayName("a content matches when the two share half of the longer: the quote marks do not matter")
    void contentOverlap() {
        assertEquals(1.0, QuoteScorer.overlap(List.of(span("The dam is safe")), List.of(span("The dam is safe"))));
        assertTrue(QuoteScorer.overlap(List.of(span("“The dam is safe,”")), List.of(span("The dam is safe")))
                >= QuoteScorer.MIN_OVERLAP);
        assertTrue(QuoteScorer.overlap(List.of(span("dam")), List.of(span("The dam is safe")))
                < QuoteScorer.MIN_OVERLAP, "a tenth of the gold is no match");
        assertEquals(0.0, QuoteScorer.overlap(List.of(), List.of(span("dam"))));
    }

    @Test
    @DisplayName("precision over the predicted quotes, recall over the gold ones, each matched once")
    void contentScore() {
        QuoteScorer s = new QuoteScorer();
        List<Relation> gold = List.of(rel("“The dam is safe,”", "the engineer", "said"),
                rel("the water rose", "Farmers", "said the"));
        List<Relation> found = List.of(rel("The dam is safe", "engineer", "said"),
                rel("The dam is safe", null, null), rel("the engineer said", null, null));
        QuoteScorer.Result r = s.add(TEXT, gold, found);
        assertEquals(new Score(2, 3, 1), s.content());
        assertEquals(1, r.matched().size());
        assertEquals(1, r.missed().size());
        assertEquals(2, r.spurious().size(), "the second copy of the same quote is not matched again");
    }

    @Test
    @DisplayName("source and cue are scored over matched contents only, with the same half-overlap rule")
    void sourceAndCueGivenContent() {
        QuoteScorer s = new QuoteScorer();
        s.add(TEXT, List.of(rel("“The dam is safe,”", "the engineer", "said"), rel("the water rose", "Farmers", null)),
                List.of(rel("The dam is safe", "engineer", "said"), rel("the water rose", "Farmers", "said the")));
        // "engineer" is 8 of 12 characters of "the engineer": a match; the second gold quote has no cue
        assertEquals(new Score(2, 2, 2), s.source());
        assertEquals(new Score(1, 2, 1), s.cue());
    }

    @Test
    @DisplayName("direct quotes: content opening and closing with a quotation mark, in it or right outside it")
    void direct() {
        assertTrue(QuoteScorer.isDirect(TEXT, List.of(span("“The dam is safe,”"))));
        assertTrue(QuoteScorer.isDirect(TEXT, List.of(span("The dam is safe"))), "marks right outside");
        assertFalse(QuoteScorer.isDirect(TEXT, List.of(span("the water rose"))));
        QuoteScorer s = new QuoteScorer();
        s.add(TEXT, List.of(rel("“The dam is safe,”", "the engineer", "said"), rel("the water rose", "Farmers", null)),
                List.of(rel("The dam is safe", "the engineer", "said"), rel("the water rose", "Farmers", null)));
        assertEquals(new Score(1, 1, 1), s.directContent());
        assertEquals(new Score(2, 2, 2), s.content());
    }

    @Test
    @DisplayName("six lines in the house format")
    void lines() {
        QuoteScorer s = new QuoteScorer();
        s.add(TEXT, List.of(rel("the water rose", "Farmers", "said the")), List.of());
        List<String> lines = s.lines("quotes");
        assertEquals("quotes-content: P=0.000 R=0.000 F1=0.000 (n=1)", lines.get(0));
        assertEquals(List.of("quotes-content", "quotes-source", "quotes-cue", "quotes-direct-content",
                "quotes-direct-source", "quotes-direct-cue"), lines.stream().map(l -> l.split(":")[0]).toList());
    }
}

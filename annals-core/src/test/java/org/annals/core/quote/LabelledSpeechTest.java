package org.annals.core.quote;

import static org.annals.core.quote.QuoteTesting.analyze;
import static org.annals.core.quote.QuoteTesting.covered;
import static org.annals.core.quote.QuoteTesting.describe;
import static org.annals.core.quote.QuoteTesting.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.Fixtures;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Quote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Speech whose speaker a label names: transcript turns and embedded posts. */
class LabelledSpeechTest {

    /** A transcript of two speakers, a turn of two paragraphs, and a rule that ends the last turn. */
    private static final String TRANSCRIPT = """
            Transcript of the debate on transport

            Moderator Paul Grey: Welcome to the debate. Our first question is about the bridge.

            Let us begin with the mayor.

            Mayor Lena Dahl: Thank you. The minister told me “the bridge is safe”, and I believe him.

            Moderator Paul Grey: Thank you, Mayor.

            * * *

            The debate ended at nine, organisers said.
            """;

    private static List<Quote> turns(Analysis a) {
        return a.quotes().stream().filter(q -> q.kind() == Quote.Kind.TURN).toList();
    }

    @Test
    @DisplayName("each turn is one quote from after the label's colon to the end of the turn's last paragraph")
    void turnSpans() {
        Analysis a = analyze(TRANSCRIPT);
        List<Quote> turns = turns(a);
        assertEquals(3, turns.size(), () -> describe(a));
        assertEquals("Welcome to the debate. Our first question is about the bridge.\n\nLet us begin with the mayor.",
                turns.get(0).text());
        assertEquals("Thank you. The minister told me “the bridge is safe”, and I believe him.", turns.get(1).text());
        assertEquals("Thank you, Mayor.", turns.get(2).text());
    }

    @Test
    @DisplayName("a lone labelled line (a headline) is its own turn: the article after it is read as prose")
    void aLoneLabelledLineIsNoTranscript() {
        Analysis a = analyze("Harbour Watch Exclusive: Port Deal Signed In Secret.\n\n"
                + "The port authority signed the lease last week, officials said.\n\n"
                + "\u201cWe were never consulted,\u201d the mayor said on Monday.\n");
        List<Quote> turns = turns(a);
        assertEquals(1, turns.size(), () -> describe(a));
        assertEquals("Port Deal Signed In Secret.", turns.get(0).text());
        assertEquals("We were never consulted", quote(a, "We were never consulted").text());
        assertEquals("the mayor", covered(a, quote(a, "We were never consulted").speakerSpan()));
    }

    @Test
    @DisplayName("the speaker span is the label; there is no cue")
    void turnLabels() {
        Analysis a = analyze(TRANSCRIPT);
        List<Quote> turns = turns(a);
        assertEquals("Moderator Paul Grey", covered(a, turns.get(0).speakerSpan()));
        assertEquals("Mayor Lena Dahl", covered(a, turns.get(1).speakerSpan()));
        assertNull(turns.get(0).cue());
    }

    @Test
    @DisplayName("quotes inside a turn are part of it; prose after a rule is read as usual")
    void insideAndAfterTurns() {
        Analysis a = analyze(TRANSCRIPT);
        assertEquals(4, a.quotes().size(), () -> describe(a));
        Quote after = quote(a, "The debate ended at nine");
        assertEquals(Quote.Kind.INDIRECT, after.kind());
        assertEquals("organisers", covered(a, after.speakerSpan()));
    }

    @Test
    @DisplayName("the speaker of a turn is the person mentioned in its label, and only that")
    void turnSpeakers() {
        Analysis a = Fixtures.analyze(TRANSCRIPT);
        List<Quote> turns = turns(a);
        assertEquals(3, turns.size(), () -> describe(a));
        Actor grey = Fixtures.actorOf(a, "Paul Grey");
        Actor dahl = Fixtures.actorOf(a, "Lena Dahl");
        assertEquals("Paul Grey", grey.name());
        assertEquals("Lena Dahl", dahl.name());
        assertEquals(grey.id(), turns.get(0).speaker());
        assertEquals(dahl.id(), turns.get(1).speaker());
        assertEquals(grey.id(), turns.get(2).speaker());

        Analysis unnamed = Fixtures.analyze("""
                Mayor Lena Dahl: Thank you. The bridge is safe.

                MODERATOR: Thank you, Mayor.
                """);
        List<Quote> unnamedTurns = turns(unnamed);
        assertEquals(2, unnamedTurns.size(), () -> describe(unnamed));
        assertEquals(Fixtures.actorOf(unnamed, "Lena Dahl").id(), unnamedTurns.get(0).speaker());
        assertNull(unnamedTurns.get(1).speaker(), "no person in the moderator's label, no guess");
    }

    /** An article with a post pasted into it, the post quoting someone in turn. */
    private static final String EMBED = """
            The city thanked the rescue teams on Monday.

            Our thanks to every team. The mayor said “we owe them everything”. pic.twitter.com/abc123 \
            — City of Lagos (@lagosgov) May 1, 2023

            “It was a long night,” a rescuer said.
            """;

    @Test
    @DisplayName("a post with an author line is a direct quote of its author, marked embedded")
    void postIsQuote() {
        Analysis a = Fixtures.analyze(EMBED);
        Quote post = quote(a, "Our thanks to every team. The mayor said “we owe them everything”.");
        assertEquals(Quote.Kind.DIRECT, post.kind());
        assertTrue(post.embedded());
        assertEquals("City of Lagos (@lagosgov)", covered(a, post.speakerSpan()));
        Actor lagos = Fixtures.actorOf(a, "Lagos");
        assertEquals("NGA", lagos.code());
        assertEquals(lagos.id(), post.speaker());
    }

    @Test
    @DisplayName("quotes inside a post are embedded, quotes in the article's prose are not")
    void embeddedFlag() {
        Analysis a = analyze(EMBED);
        Quote inPost = quote(a, "we owe them everything");
        assertTrue(inPost.embedded());
        assertEquals("The mayor", covered(a, inPost.speakerSpan()));
        assertFalse(quote(a, "It was a long night").embedded());
    }
}

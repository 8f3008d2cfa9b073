package org.annals.core.quote;

import static org.annals.core.quote.QuoteTesting.analyze;
import static org.annals.core.quote.QuoteTesting.covered;
import static org.annals.core.quote.QuoteTesting.describe;
import static org.annals.core.quote.QuoteTesting.only;
import static org.annals.core.quote.QuoteTesting.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.model.Analysis;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Quotes between quotation marks: where they are, what kind, and who said them. */
class DirectQuotesTest {

    @Nested
    @DisplayName("the content span")
    class Content {

        @Test
        @DisplayName("is the quoted words without the marks, in the original text with its curly quotes")
        void contentWithoutMarks() {
            Analysis a = analyze("“The talks were useful,” Ostrov said.");
            Quote q = only(a);
            assertEquals("The talks were useful", q.text());
            assertEquals(q.text(), covered(a, q.span()));
            assertEquals('“', a.text().charAt(q.span().start() - 1));
        }

        @Test
        @DisplayName("keeps the final full stop that sits inside the marks")
        void keepsFinalStop() {
            Analysis a = analyze("Ostrov said: “We will rebuild the bridge.”");
            assertEquals("We will rebuild the bridge.", only(a).text());
        }

        @Test
        @DisplayName("runs over several sentences")
        void severalSentences() {
            Analysis a = analyze("“We have done everything we could. The other side refused to listen,” Berg said.");
            assertEquals("We have done everything we could. The other side refused to listen", only(a).text());
        }

        @Test
        @DisplayName("continues into the next paragraph when a paragraph opens a quote and does not close it")
        void severalParagraphs() {
            String text = "Berg spoke after the vote.\n\n“We will keep talking. We owe it to the farmers.\n\n"
                    + "“There is no other way,” Berg said.";
            Analysis a = analyze(text);
            Quote q = only(a);
            assertEquals("We will keep talking. We owe it to the farmers.\n\n“There is no other way", q.text());
            assertEquals("Berg", covered(a, q.speakerSpan()));
        }

        @Test
        @DisplayName("ends with its paragraph when the next one does not open with a quotation mark")
        void unclosedEndsWithParagraph() {
            Analysis a = analyze("Dahl said: “We will win the vote on Sunday.\n\nThe polls open at eight.");
            assertEquals("We will win the vote on Sunday.", only(a).text());
        }

        @Test
        @DisplayName("pairs straight double quotes by alternation within a paragraph")
        void straightQuotesAlternate() {
            Analysis a = analyze("\"We agree with the plan,\" she said, \"but only in part.\"");
            assertEquals(2, a.quotes().size(), () -> describe(a));
            assertEquals("We agree with the plan", a.quotes().get(0).text());
            assertEquals("but only in part.", a.quotes().get(1).text());
        }

        @Test
        @DisplayName("reads two apostrophes written together as a double mark, as some archives print quotes")
        void doubledApostrophes() {
            Analysis a = analyze("''We will rebuild the bridge,'' the mayor said. ''It won't take long.''");
            assertEquals(2, a.quotes().size(), () -> describe(a));
            assertEquals("We will rebuild the bridge", a.quotes().get(0).text());
            assertEquals("the mayor", covered(a, a.quotes().get(0).speakerSpan()));
            assertEquals("It won't take long.", a.quotes().get(1).text());
        }

        @Test
        @DisplayName("reads single quotes too, curly or straight, but not apostrophes")
        void singleQuotes() {
            assertEquals("We thank every worker who helped.",
                    only(analyze("The mayor wrote: ‘We thank every worker who helped.’")).text());
            assertEquals("We thank every worker who helped",
                    only(analyze("'We thank every worker who helped,' the mayor wrote.")).text());
            assertTrue(analyze("The workers' union met the farmers' leaders on Monday.").quotes().isEmpty());
        }

        @Test
        @DisplayName("leaves a quote nested inside another quote alone")
        void nestedQuote() {
            Analysis a = analyze("“They called us ‘partners’ and then walked away,” she said.");
            assertEquals("They called us ‘partners’ and then walked away", only(a).text());
        }

        @Test
        @DisplayName("numbers quotes q1, q2, ... in text order")
        void idsInTextOrder() {
            Analysis a = analyze("“First,” Dahl said. “Second,” Berg said.\n\n“Third,” Ostrov said.");
            assertEquals(3, a.quotes().size());
            for (int i = 0; i < 3; i++) {
                assertEquals("q" + (i + 1), a.quotes().get(i).id());
            }
            assertEquals("Third", a.quotes().get(2).text());
        }
    }

    @Nested
    @DisplayName("the speaker and the cue")
    class Attribution {

        @Test
        @DisplayName("“...,” X said")
        void speakerThenCueAfter() {
            Analysis a = analyze("“The talks were useful,” Foreign Minister Anna Berg told reporters in Geneva.");
            Quote q = only(a);
            assertEquals("Foreign Minister Anna Berg", covered(a, q.speakerSpan()));
            assertEquals("told reporters", q.cue());
            assertEquals("told reporters", covered(a, q.cueSpan()));
        }

        @Test
        @DisplayName("“...,” said X, with an appositive")
        void cueThenSpeakerAfter() {
            Analysis a = analyze("“It is a sad day,” said Jonas Weller, the head of the delegation.");
            Quote q = only(a);
            assertEquals("Jonas Weller, the head of the delegation", covered(a, q.speakerSpan()));
            assertEquals("said", q.cue());
        }

        @Test
        @DisplayName("X said: “...” and X said “...”")
        void speakerBefore() {
            Analysis colon = analyze("Weller, who arrived late, said: “Nobody wants another winter like this.”");
            assertEquals("Weller", covered(colon, only(colon).speakerSpan()));
            Analysis bare = analyze("Dahl said “we are ready for the next step in this process” before leaving.");
            assertEquals("Dahl", covered(bare, only(bare).speakerSpan()));
            assertEquals("said", only(bare).cue());
        }

        @Test
        @DisplayName("X called the attack, which killed 12 according to officials, “...”: the source of the clause is not X")
        void aCueInARelativeClauseIsNotTheQuotes() {
            Analysis a = analyze("Interior Minister Anna Holm called the explosion, which injured nine people according "
                    + "to hospital staff, \u201ca cowardly act against ordinary families\u201d.");
            assertEquals("Interior Minister Anna Holm", covered(a, only(a).speakerSpan()));
            assertEquals("called", only(a).cue());
        }

        @Test
        @DisplayName("“...,” X was quoted as saying")
        void quotedAsSaying() {
            Analysis a = analyze("“We are aware of the risks,” Dahl was quoted as saying.");
            assertEquals("quoted as saying", only(a).cue());
            assertEquals("Dahl", covered(a, only(a).speakerSpan()));
        }

        @Test
        @DisplayName("“...,” the minister said, pledging to “...”: both quotes have the same speaker")
        void secondQuoteSharesSpeaker() {
            Analysis a = analyze(
                    "“We are not going anywhere,” the minister said, pledging to “keep every channel open.”");
            assertEquals(2, a.quotes().size(), () -> describe(a));
            Quote first = a.quotes().get(0);
            Quote second = a.quotes().get(1);
            assertEquals("the minister", covered(a, first.speakerSpan()));
            assertEquals("the minister", covered(a, second.speakerSpan()));
            assertEquals("said", first.cue());
            assertEquals("pledging", second.cue());
        }

        @Test
        @DisplayName("X stressed that ... “...”: the reported clause with the quoted words in it is one partial quote")
        void cueThatPartial() {
            Analysis a = analyze("Berg stressed that Norland’s “position on this issue has not changed.”");
            Quote q = only(a);
            assertEquals(Quote.Kind.PARTIAL, q.kind());
            assertEquals("Norland’s “position on this issue has not changed.", q.text());
            assertEquals("Berg", covered(a, q.speakerSpan()));
            assertEquals("stressed", q.cue());
        }

        @Test
        @DisplayName("X said the plan was “...”: a partial quote inside reported speech is reported with its clause")
        void partialInsideReportedSpeech() {
            Analysis a = analyze("Dahl said the campaign had “a real chance” in the north.");
            Quote q = only(a);
            assertEquals(Quote.Kind.PARTIAL, q.kind());
            assertEquals("the campaign had “a real chance” in the north", q.text());
            assertEquals("Dahl", covered(a, q.speakerSpan()));
        }

        @Test
        @DisplayName("a partial quote with a cue of its own stays apart from the clause before it")
        void partialWithItsOwnCue() {
            Analysis a = analyze("Dahl said the talks went well, but “the problems remain,” Berg added.");
            assertEquals("Berg", covered(a, quote(a, "the problems remain").speakerSpan()));
        }

        @Test
        @DisplayName("“...” — X, with no cue")
        void dash() {
            Analysis a = analyze("“The roads are safe again” — Karl Ostrov");
            Quote q = only(a);
            assertEquals("Karl Ostrov", covered(a, q.speakerSpan()));
            assertNull(q.cue());
            assertEquals(Span.NONE, q.cueSpan());
        }

        @Test
        @DisplayName("“...!” X said, in a short sentence of its own")
        void speakerInNextShortSentence() {
            Analysis a = analyze("“This is unacceptable!” Dahl said.");
            assertEquals("Dahl", covered(a, only(a).speakerSpan()));
        }

        @Test
        @DisplayName("X told reporters: at the end of the paragraph before the quote")
        void colonInParagraphBefore() {
            Analysis a = analyze("The minister told reporters:\n\n“We will not allow this to happen again.”");
            assertEquals("The minister", covered(a, only(a).speakerSpan()));
            assertEquals("told reporters", only(a).cue());
        }

        @Test
        @DisplayName("a cue right after the quote wins over a cue earlier in the sentence")
        void tightCueAfterWins() {
            Analysis a = analyze("Dahl said the talks went well, but “the problems remain,” Berg added.");
            Quote q = quote(a, "the problems remain");
            assertEquals("Berg", covered(a, q.speakerSpan()));
            assertEquals("added", q.cue());
        }

        @Test
        @DisplayName("a quote of its own after an attributed one keeps that speaker")
        void followingQuoteInheritsSpeaker() {
            Analysis a = analyze("“The bridge will reopen in May,” said Karl Ostrov. “Nobody will pay a toll.”");
            Quote second = quote(a, "Nobody will pay a toll.");
            assertEquals("Karl Ostrov", covered(a, second.speakerSpan()));
            assertNull(second.cue());
        }
    }

    @Nested
    @DisplayName("the kind")
    class Kinds {

        @Test
        @DisplayName("a sentence is direct, a phrase set into the reporter's words is partial")
        void directAndPartial() {
            Analysis a = analyze("“We have reached a fair agreement,” Costa said. She called the talks "
                    + "“difficult but honest.”");
            assertEquals(Quote.Kind.DIRECT, quote(a, "We have reached a fair agreement").kind());
            Quote partial = quote(a, "difficult but honest.");
            assertEquals(Quote.Kind.PARTIAL, partial.kind());
            assertEquals("called", partial.cue());
        }

        @Test
        @DisplayName("a long clause set into prose is still partial when it does not open with a capital")
        void longLowercaseIsPartial() {
            Analysis a = analyze("Berg said the union’s “demands on wages and hours have not changed at all.”");
            assertEquals(Quote.Kind.PARTIAL, only(a).kind());
        }

        @Test
        @DisplayName("a short lower-case fragment standing before its cue is partial")
        void shortFragmentIsPartial() {
            Analysis a = analyze("“deeply regrettable,” the minister said of the decision.");
            assertEquals(Quote.Kind.PARTIAL, only(a).kind());
        }
    }

    @Nested
    @DisplayName("scare quotes")
    class ScareQuotes {

        @Test
        @DisplayName("one to three words with no cue in the sentence are not quotes")
        void shortWithoutCue() {
            assertTrue(analyze("The government accused its 'partners' of bad faith.").quotes().isEmpty());
            assertTrue(analyze("The plan was blocked by “some parties” in the council.").quotes().isEmpty());
        }

        @Test
        @DisplayName("a number in quotation marks, with no word, is not a quote")
        void numberOnly() {
            Analysis a = analyze("The post <post id=\"78584254\"> was shared widely, she said.");
            assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("78584254")), () -> describe(a));
        }

        @Test
        @DisplayName("a short phrase after a noun that is no cue of speech (“the plan”) is still a scare quote")
        void nounCueIsNoSpeech() {
            assertTrue(analyze("The plan was blocked by “some parties” in the council.").quotes().isEmpty());
        }

        @Test
        @DisplayName("a name in quotation marks set into prose is not a quote")
        void nameInQuotes() {
            assertTrue(analyze("The operation, known as “Iron Gate”, began at dawn.").quotes().isEmpty());
        }

        @Test
        @DisplayName("a short quote after “so-called” is a scare quote even with a cue in the sentence")
        void soCalled() {
            Analysis a = analyze("Critics described the so-called “partners” as unreliable.");
            assertTrue(a.quotes().isEmpty(), () -> describe(a));
        }

        @Test
        @DisplayName("a short quote with a cue is kept")
        void shortWithCue() {
            Analysis a = analyze("“No,” he said.");
            assertEquals("No", only(a).text());
            assertFalse(only(a).embedded());
        }
    }
}

package org.annals.core.time;

import static org.annals.core.time.Tagging.PUBLISHED;
import static org.annals.core.time.Tagging.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Sentence;
import org.annals.core.model.Timex;
import org.junit.jupiter.api.Test;

/** Spans point into the original text; the output depends on the input alone; odd text does no harm. */
class SpansAndDeterminismTest {

    private static final String ARTICLE = """
            Published: 2021-11-23

            \u201CWe held talks on Tuesday,\u201D the envoy said on 23\u00A0November\u00A02021, adding that \
            the ministers will meet again on Friday\u00A0morning.

            The two leaders last spoke in December 2020 \u2013 nearly a year ago \u2013 and have met every \
            week since early November. More than 40,000 people fled in 1948, and 700 tonnes of aid arrived \
            two years ago.
            """;

    @Test
    void spansCoverTheOriginalTextWithItsCurlyQuotesAndNoBreakSpaces() {
        Analysis a = analyze(ARTICLE, null);
        assertTrue(a.times().size() >= 8, a.times().toString());
        for (Timex t : a.times()) {
            assertEquals(ARTICLE.substring(t.span().start(), t.span().end()), t.text());
        }
        assertTrue(a.times().stream().anyMatch(t -> t.text().equals("23\u00A0November\u00A02021")
                && "2021-11-23".equals(t.value())), a.times().toString());
        assertTrue(a.times().stream().anyMatch(t -> t.text().equals("Friday\u00A0morning")), a.times().toString());
    }

    @Test
    void theHeaderDateAnchorsTheArticle() {
        Analysis a = analyze(ARTICLE, null);
        assertEquals(PUBLISHED, a.publication().date());
        Timex tuesday = a.times().stream().filter(t -> t.text().equals("Tuesday")).findFirst().orElseThrow();
        assertEquals("2021-11-23", tuesday.value());
        Timex friday = a.times().stream().filter(t -> t.text().startsWith("Friday")).findFirst().orElseThrow();
        assertEquals("2021-11-26TMO", friday.value());
    }

    @Test
    void noTimexCrossesASentence() {
        Analysis a = analyze(ARTICLE, PUBLISHED);
        for (Timex t : a.times()) {
            assertTrue(a.sentences().stream().map(Sentence::span).anyMatch(s -> s.contains(t.span())),
                    t + " crosses a sentence");
        }
    }

    @Test
    void theSameInputGivesTheSameOutput() {
        List<Timex> first = analyze(ARTICLE, PUBLISHED).times();
        List<Timex> again = analyze(ARTICLE, PUBLISHED).times();
        List<Timex> fresh = Annals.textPipeline().then(new TimeTagger())
                .analyze(new Document("other", "other", ARTICLE,
                        org.annals.core.model.Metadata.of(PUBLISHED, "x"))).times();
        assertEquals(first, again);
        assertEquals(first, fresh);
    }

    @Test
    void randomTextDoesNotBreakTheTagger() {
        String[] words = {"in", "the", "1990s", "May", "Nov.", "23", ",", "2021", "last", "next", "week", "ago",
            "two", "-", "year", "10:30", "a.m.", "early", "of", "end", "'s", "every", "Tuesday", "99/99/9999",
            "2021-13-45", "31", "February", "30", "'", "90s", "third", "quarter", "more", "than", "the", "day",
            "before", "later", "1,000", "people", "0:99", "24:00", "12pm", "fall", "summer", ".", "\u00A0"};
        Random r = new Random(42);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                sb.append(words[r.nextInt(words.length)]).append(r.nextInt(5) == 0 ? "" : " ");
            }
            String text = sb.toString();
            Analysis a = analyze(text, doc % 2 == 0 ? PUBLISHED : null);
            for (Timex t : a.times()) {
                assertNotNull(t.type());
                assertEquals(text.substring(t.span().start(), t.span().end()), t.text());
            }
        }
    }
}

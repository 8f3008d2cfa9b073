package org.annals.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;

/** Shared helpers of the quote tests: run the finder over a short text and pick quotes out. */
final class QuoteTesting {

    private QuoteTesting() {
    }

    /** The text stages and the quote finder, with no mentions. */
    static Analysis analyze(String text) {
        return Annals.textPipeline().then(new QuoteFinder()).analyze(Document.of("test", text));
    }

    /** The single quote of the analysis. */
    static Quote only(Analysis a) {
        assertEquals(1, a.quotes().size(), () -> "quotes: " + describe(a));
        return a.quotes().get(0);
    }

    /** The quote whose text is {@code content}. */
    static Quote quote(Analysis a, String content) {
        for (Quote q : a.quotes()) {
            if (q.text().equals(content)) {
                return q;
            }
        }
        return fail("no quote [" + content + "] in " + describe(a));
    }

    /** The original text a span covers ({@code ""} for {@link Span#NONE}). */
    static String covered(Analysis a, Span span) {
        return a.covered(span);
    }

    /** The quotes as readable text, for failure messages. */
    static String describe(Analysis a) {
        List<String> parts = a.quotes().stream()
                .map(q -> q.kind().label() + " [" + q.text() + "] by [" + a.covered(q.speakerSpan()) + "] cue="
                        + q.cue())
                .toList();
        return String.join("; ", parts);
    }
}

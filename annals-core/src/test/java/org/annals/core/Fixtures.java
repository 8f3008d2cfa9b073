package org.annals.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Mention;
import org.annals.core.model.Metadata;
import org.annals.core.model.Span;

/** Shared helpers of the core's tests: analysing a short text, finding records, checking spans. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The whole default pipeline over {@code text}, without a publication date. */
    public static Analysis analyze(String text) {
        return Annals.analyze(Document.of("test", text));
    }

    /** The whole default pipeline over {@code text}, published on {@code date}. */
    public static Analysis analyze(String text, String date) {
        return Annals.analyze(new Document("test", "test", text, Metadata.of(LocalDate.parse(date), "test")));
    }

    /** The actor that a mention with exactly this text resolves to. */
    public static Actor actorOf(Analysis a, String mentionText) {
        return mention(a, mentionText).map(m -> a.actor(m.actor()))
                .orElseThrow(() -> new AssertionError("no mention '" + mentionText + "' among "
                        + a.mentions().stream().map(Mention::text).toList()));
    }

    public static Optional<Mention> mention(Analysis a, String text) {
        return a.mentions().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    /** Every span of every layer covers, in the original text, exactly the text its record says. */
    public static void assertSpansCoverText(Analysis a) {
        for (Mention m : a.mentions()) {
            assertEquals(m.text(), a.covered(m.span()), "mention " + m.id());
        }
        a.times().forEach(t -> assertEquals(t.text(), a.covered(t.span()), "time " + t.id()));
        a.quotes().forEach(q -> assertEquals(q.text(), a.covered(q.span()), "quote " + q.id()));
        a.events().forEach(e -> assertTrue(e.span().contains(e.trigger()), "event " + e.id() + " trigger in sentence"));
        List<Span> sentences = a.sentences().stream().map(s -> s.span()).toList();
        for (Mention m : a.mentions()) {
            assertTrue(sentences.stream().anyMatch(s -> s.contains(m.span())), "mention " + m.id() + " inside a sentence");
        }
    }
}

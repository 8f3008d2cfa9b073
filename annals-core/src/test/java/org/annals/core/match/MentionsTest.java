package org.annals.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Span;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Look-ups over the mentions of an analysis. */
class MentionsTest {

    private static final String TEXT = "Lena Dahl met Ivan Sorel and the Oslo mayor in Bergen.";

    /** A mention of the words {@code words} of {@link #TEXT}, of {@code actor} (or none). */
    private static Mention mention(String id, String words, EntityType type, String actor) {
        int start = TEXT.indexOf(words);
        return new Mention(id, new Span(start, start + words.length()), words, type, MentionKind.NAME, actor);
    }

    private static final Mention DAHL = mention("m1", "Lena Dahl", EntityType.PERSON, "a1");
    private static final Mention SOREL = mention("m2", "Ivan Sorel", EntityType.PERSON, "a2");
    private static final Mention OSLO = mention("m3", "Oslo", EntityType.LOCATION, "a3");
    private static final Mention MAYOR = mention("m4", "the Oslo mayor", EntityType.PERSON, null);
    private static final Mention BERGEN = mention("m5", "Bergen", EntityType.LOCATION, "a4");

    private static final Mentions MENTIONS = new Mentions(Analysis.start(Document.of("d", TEXT)).withEntities(
            List.of(DAHL, SOREL, MAYOR, OSLO, BERGEN),
            List.of(actor("a1", EntityType.PERSON), actor("a2", EntityType.PERSON), actor("a3", EntityType.LOCATION),
                    actor("a4", EntityType.LOCATION))));

    private static Actor actor(String id, EntityType type) {
        return new Actor(id, id, type, null, null, null, null, new Span(0, 1));
    }

    private static Span span(String from, String to) {
        return new Span(TEXT.indexOf(from), TEXT.indexOf(to) + to.length());
    }

    @Test
    @DisplayName("inside a span: the mentions of the type, with an actor, that lie wholly in it, in text order")
    void inside() {
        assertEquals(List.of(DAHL, SOREL), MENTIONS.inside(new Span(0, TEXT.length()), EntityType.PERSON));
        assertEquals(List.of(OSLO, BERGEN), MENTIONS.inside(new Span(0, TEXT.length()), EntityType.LOCATION));
        // Dahl starts before the span, Bergen ends after it; the mayor has no actor
        assertEquals(List.of(SOREL), MENTIONS.inside(span("Dahl", "mayor"), EntityType.PERSON));
        assertEquals(List.of(OSLO), MENTIONS.inside(new Span(TEXT.indexOf("Dahl"), TEXT.indexOf("Bergen") + 3),
                EntityType.LOCATION));
        assertEquals(List.of(SOREL), MENTIONS.inside(span("Ivan", "Sorel"), EntityType.PERSON));
        assertEquals(List.of(), MENTIONS.inside(span("met", "met"), EntityType.PERSON));
    }

    @Test
    @DisplayName("last before an offset: the last mention of the type, with an actor, that ends by then")
    void lastBefore() {
        int end = TEXT.length();
        assertEquals(BERGEN, MENTIONS.lastBefore(end, EntityType.LOCATION, List.of()));
        assertEquals(OSLO, MENTIONS.lastBefore(end, EntityType.LOCATION, List.of(span("Bergen", "Bergen"))));
        assertEquals(SOREL, MENTIONS.lastBefore(TEXT.indexOf(" and"), EntityType.PERSON, List.of()));
        assertEquals(DAHL, MENTIONS.lastBefore(TEXT.indexOf(" met"), EntityType.PERSON, List.of()));
        assertEquals(null, MENTIONS.lastBefore(TEXT.indexOf("Dahl"), EntityType.PERSON, List.of()));
        assertEquals(OSLO, MENTIONS.lastHolding(end, EntityType.LOCATION, "oslo"));
    }

    @Test
    @DisplayName("best over a span: a person before an organisation before a place, with an actor")
    void best() {
        assertEquals(OSLO, MENTIONS.best(span("Oslo", "mayor")));
        assertEquals(SOREL, MENTIONS.best(span("Sorel", "Bergen")));
        assertEquals(null, MENTIONS.best(span("met", "met")));
    }
}

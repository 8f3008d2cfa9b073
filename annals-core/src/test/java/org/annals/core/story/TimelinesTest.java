package org.annals.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.annals.core.model.Span;
import org.junit.jupiter.api.Test;

/** Timelines: an actor's or a pair's merged events, in date order, undated last. */
class TimelinesTest {

    private static final StoryEvent.Party BORIC = new StoryEvent.Party("Gabriel Boric", "CHLGOV");
    private static final StoryEvent.Party MILEI = new StoryEvent.Party("Javier Milei", "ARGGOV");
    private static final StoryEvent.Party PERU = new StoryEvent.Party("Peru", "PER");

    private static StoryEvent event(String id, String type, String date, List<StoryEvent.Party> source,
                                    List<StoryEvent.Party> target) {
        return new StoryEvent(id, type, null, null, source, target, date, List.of(), null,
                List.of(new StoryEvent.Report("d", "e1", date, Span.NONE, Span.NONE)));
    }

    private static final List<Story> STORIES = List.of(
            new Story("s1", List.of("d1"), 0, List.of(
                    event("s1.e1", "CONSULT", "2024-03-05", List.of(BORIC, MILEI), List.of()),
                    event("s1.e2", "ACCUSE", null, List.of(PERU), List.of(BORIC))), "2024-03-05", "2024-03-05",
                    List.of()),
            new Story("s2", List.of("d2"), 0, List.of(
                    event("s2.e1", "AID", "2023-11-02", List.of(MILEI), List.of(PERU))), "2023-11-02",
                    "2023-11-02", List.of()));

    @Test
    void anActorsTimelineIsInDateOrderWithUndatedEventsLast() {
        List<String> ids = Timelines.actor(STORIES, "boric").stream().map(e -> e.event().id()).toList();
        assertEquals(List.of("s1.e1", "s1.e2"), ids);
        assertEquals(List.of("s2.e1", "s1.e1"),
                Timelines.actor(STORIES, "Milei").stream().map(e -> e.event().id()).toList());
    }

    @Test
    void anActorIsFoundByCodeOrCountryCodeToo() {
        assertEquals(2, Timelines.actor(STORIES, "ARGGOV").size());
        assertEquals(2, Timelines.actor(STORIES, "per").size());
    }

    @Test
    void aDyadTakesEitherDirectionAndBothPartiesOfAMeeting() {
        assertEquals(List.of("s1.e2"), Timelines.dyad(STORIES, "Boric", "Peru").stream()
                .map(e -> e.event().id()).toList());
        assertEquals(List.of("s1.e1"), Timelines.dyad(STORIES, "Milei", "Boric").stream()
                .map(e -> e.event().id()).toList());
        assertEquals(List.of(), Timelines.dyad(STORIES, "Boric", "Nobody"));
    }

    @Test
    void anEmptyQueryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Timelines.actor(STORIES, " "));
    }
}

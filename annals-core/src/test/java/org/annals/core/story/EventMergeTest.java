package org.annals.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.model.Analysis;
import org.junit.jupiter.api.Test;

/** Event merge: within a story, the reports of one real-world event become one record that keeps its sources. */
class EventMergeTest {

    private static final String FIRST = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Santiago on Tuesday to discuss lithium exports.";
    private static final String SECOND = "Argentina's Javier Milei and Chile's Gabriel Boric held talks in "
            + "Santiago on Tuesday, officials in both capitals said.";

    private static List<Story> stories(Analysis... docs) {
        return Stories.merge(Stories.group(List.of(docs)));
    }

    @Test
    void twoReportsOfOneMeetingAreOneEventWithBothSources() {
        List<Story> stories = stories(StoriesTest.doc("a", "2024-03-05", FIRST), StoriesTest.doc("b", null, SECOND));
        assertEquals(1, stories.size());
        StoryEvent meeting = stories.get(0).headline();
        assertEquals("CONSULT", meeting.type());
        assertEquals(2, meeting.sources());
        assertEquals(List.of("a", "b"), meeting.reports().stream().map(StoryEvent.Report::document).distinct()
                .toList());
        assertEquals("2024-03-05", meeting.date(), "the second outlet's Tuesday is dated through the first");
        assertEquals("Santiago", meeting.place());
        assertEquals(List.of("a", "b"), stories.get(0).documents());
    }

    @Test
    void eachPartyIsListedOnceWhateverSideAReportPutsItOn() {
        StoryEvent meeting = stories(StoriesTest.doc("a", "2024-03-05", FIRST), StoriesTest.doc("b", null, SECOND))
                .get(0).headline();
        List<String> names = new java.util.ArrayList<>();
        meeting.source().forEach(p -> names.add(p.name()));
        meeting.target().forEach(p -> names.add(p.name()));
        assertEquals(names.stream().distinct().count(), names.size(), names.toString());
        assertTrue(names.contains("Gabriel Boric") && names.contains("Javier Milei"), names.toString());
    }

    @Test
    void datesThatDisagreeWithinTheWindowAreKeptNotHidden() {
        String other = "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on "
                + "4 March 2024 to discuss lithium exports.";
        Story s = stories(StoriesTest.doc("a", "2024-03-05", FIRST), StoriesTest.doc("b", "2024-03-06", other)).get(0);
        StoryEvent meeting = s.headline();
        assertEquals(2, meeting.sources());
        assertEquals(1, meeting.otherDates().size());
        assertTrue(List.of("2024-03-04", "2024-03-05").contains(meeting.date()));
        assertTrue(List.of("2024-03-04", "2024-03-05").contains(meeting.otherDates().get(0)));
    }

    @Test
    void anEventWithTheSameTypeButOtherPartiesStaysApart() {
        String text = FIRST + " Separately, Chilean President Gabriel Boric met Peruvian President Dina Boluarte "
                + "in Lima on Friday.";
        Story s = stories(StoriesTest.doc("a", "2024-03-05", text)).get(0);
        assertEquals(2, s.events().stream().filter(e -> e.type().equals("CONSULT")).count());
    }
}

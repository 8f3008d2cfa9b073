package org.annals.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The story index takes documents one at a time, as a stream brings them, and never regroups the past. */
class StoryIndexTest {

    private static final String FIRST = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Santiago on Tuesday to discuss lithium exports and a new border crossing.";
    private static final String SECOND = "Argentina's Javier Milei and Chile's Gabriel Boric held talks on lithium "
            + "exports in Santiago on Tuesday, officials in both capitals said.";
    private static final String ELSEWHERE = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Buenos Aires, a year after their first meeting.";
    private static final String UNRELATED = "Farmers in northern Portugal blocked a motorway with tractors to "
            + "protest against the price of diesel.";

    @Test
    void aReportOfTheSameMeetingJoinsItsStoryAndAnotherMeetingStartsOne() {
        StoryIndex index = new StoryIndex();
        assertEquals("s1", index.add(StoriesTest.doc("a", "2024-03-05", FIRST)).story());
        assertEquals("s1", index.add(StoriesTest.doc("b", "2024-03-05", SECOND)).story());
        assertEquals("s2", index.add(StoriesTest.doc("c", "2025-03-01", ELSEWHERE)).story());
        assertEquals("s3", index.add(StoriesTest.doc("d", "2024-03-05", UNRELATED)).story());
        assertEquals(3, index.stories());
    }

    @Test
    void aReportDatedFarFromTheStoryStartsAnotherEvenWithTheSameWords() {
        StoryIndex index = new StoryIndex();
        index.add(StoriesTest.doc("a", "2024-03-05", FIRST));
        assertEquals("s2", index.add(StoriesTest.doc("b", "2024-04-20", SECOND)).story());
    }

    @Test
    void aNearCopyGoesWhereItsOriginalWentAndNamesIt() {
        StoryIndex index = new StoryIndex();
        index.add(StoriesTest.doc("a", "2024-03-05", FIRST));
        index.add(StoriesTest.doc("d", "2024-03-05", UNRELATED));
        Stories.Placement copy = index.add(StoriesTest.doc("a2", "2024-03-06", "WORLD | " + FIRST + " Share this."));
        assertEquals(new Stories.Placement("s1", "a"), copy);
    }
}

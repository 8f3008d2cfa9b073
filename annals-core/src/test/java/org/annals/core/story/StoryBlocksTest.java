package org.annals.core.story;

import static org.annals.core.story.StoriesTest.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.annals.core.model.Analysis;
import org.junit.jupiter.api.Test;

/** Blocks of story grouping: weeks, split into lanes by signature when a week is too full for one task. */
class StoryBlocksTest {

    private static final String MEETING = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Santiago on Tuesday to discuss lithium exports, Boric's office said.";
    private static final String MEETING_AGAIN = "Gabriel Boric of Chile and Javier Milei of Argentina held talks on "
            + "lithium exports on Tuesday in Santiago, Boric's spokeswoman said.";
    private static final String FOLLOW_UP = "Chilean President Gabriel Boric said the lithium accord he discussed "
            + "with Argentine President Javier Milei in Santiago would be signed within a month.";
    private static final String FLOODS = "Floods in western Kenya killed 14 people in Kisumu on Monday, the Kenya "
            + "Red Cross said, as the Nyando river burst its banks.";
    private static final String FIRE = "A wildfire near Coimbra forced firefighters to evacuate three villages on "
            + "Monday, the mayor of Coimbra said.";
    private static final String FIRE_AGAIN = "Firefighters fought a wildfire outside Coimbra on Monday as villages "
            + "near Coimbra were evacuated.";

    private static final String BORIC_LED = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Santiago on Tuesday. Boric said the talks on lithium exports went well. Boric will travel to "
            + "Buenos Aires in May.";
    private static final String MILEI_LED = "Argentine President Javier Milei met Chilean President Gabriel Boric "
            + "in Santiago on Tuesday. Milei said the talks on lithium exports went well. Milei will host Boric in "
            + "Buenos Aires in May.";

    @Test
    void weeksUnderTheBlockSizeAreNotSplit() {
        assertEquals(1, StoryBlocks.Blocking.of(Map.of(2800L, 20_000L, 2801L, 12L), 20_000).lanes());
        assertEquals(1, StoryBlocks.Blocking.of(Map.of(), 20_000).lanes());
    }

    @Test
    void theFullestWeekSetsHowManyLanesEveryWeekHas() {
        assertEquals(2, StoryBlocks.Blocking.of(Map.of(2800L, 20_001L, 2801L, 5L), 20_000).lanes());
        assertEquals(8, StoryBlocks.Blocking.of(Map.of(2800L, 100_000L), 20_000).lanes(),
                "five blocks' worth is spread over the next power of two");
    }

    @Test
    void undatedDocumentsDoNotCountTowardsLanes() {
        assertEquals(1, StoryBlocks.Blocking.of(Map.of(StoryBlocks.UNDATED, 1_000_000L), 20_000).lanes());
    }

    @Test
    void aBlockSizeBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StoryBlocks.Blocking.of(Map.of(), 0));
    }

    @Test
    void reportsNamingTheSameProtagonistFallInOneLaneAndOthersApart() {
        StoryBlocks.Blocking many = new StoryBlocks.Blocking(1 << 16);
        long meeting = many.block(StoryInput.of(doc("a", "2024-03-05", MEETING)));
        long again = many.block(StoryInput.of(doc("b", "2024-03-06", MEETING_AGAIN)));
        long floods = many.block(StoryInput.of(doc("c", "2024-03-06", FLOODS)));
        assertEquals(meeting, again, "two outlets of one meeting, one week, one lane");
        assertNotEquals(meeting, floods, "floods in Kenya are in another lane of the same week");
        assertEquals(StoryBlocks.weekOf(meeting), StoryBlocks.weekOf(floods));
    }

    @Test
    void anUndatedDocumentIsInTheUndatedBlockWhateverItsLanes() {
        StoryBlocks.Blocking many = new StoryBlocks.Blocking(64);
        assertEquals(StoryBlocks.UNDATED, many.block(StoryInput.of(doc("a", null, MEETING))));
    }

    @Test
    void aLaneReachesTheSameLaneOfTheWeeksAround() {
        StoryBlocks.Blocking four = new StoryBlocks.Blocking(4);
        long home = four.block(StoryInput.of(doc("a", "2024-03-05", MEETING)));
        long[] reach = four.reach(home);
        assertEquals(2 * StoryBlocks.REACH + 1, reach.length);
        for (long b : reach) {
            assertEquals(StoryBlocks.laneOf(home), StoryBlocks.laneOf(b));
        }
        assertEquals(StoryBlocks.weekOf(home) - StoryBlocks.REACH, StoryBlocks.weekOf(reach[0]));
        assertEquals(StoryBlocks.weekOf(home) + StoryBlocks.REACH, StoryBlocks.weekOf(reach[reach.length - 1]));
    }

    @Test
    void splitIntoLanesTheStoriesAreTheSameWhenEachStoryHasOneProtagonist() {
        List<Analysis> docs = List.of(doc("a", "2024-03-05", MEETING), doc("b", "2024-03-06", MEETING_AGAIN),
                doc("c", "2024-03-13", FOLLOW_UP), doc("d", "2024-03-04", FIRE), doc("e", "2024-03-05", FIRE_AGAIN));
        List<String> whole = Stories.group(docs).stream().map(Analysis::story).toList();
        // a block size of one document: the first week's four documents are spread over four lanes
        List<String> laned = Stories.group(docs, 1).stream().map(Analysis::story).toList();
        assertEquals(List.of("s1", "s1", "s1", "s2", "s2"), whole);
        assertEquals(whole, laned);
        // the case is the one meant: the meeting in one lane of two weeks, the fire in another lane
        StoryBlocks.Blocking four = new StoryBlocks.Blocking(4);
        List<Long> blocks = docs.stream().map(d -> four.block(StoryInput.of(d))).toList();
        assertEquals(blocks.get(0), blocks.get(1));
        assertEquals(StoryBlocks.laneOf(blocks.get(0)), StoryBlocks.laneOf(blocks.get(2)));
        assertEquals(blocks.get(3), blocks.get(4));
        assertNotEquals(blocks.get(0), blocks.get(3));
    }

    @Test
    void reportsOfOneMeetingLedByEitherLeaderAreOneStoryAcrossLanes() {
        List<Analysis> docs = List.of(doc("a", "2024-03-05", BORIC_LED), doc("b", "2024-03-06", MILEI_LED),
                doc("c", "2024-03-04", FIRE), doc("d", "2024-03-05", FIRE_AGAIN), doc("e", "2024-03-06", FLOODS));
        // five documents a week in blocks of one: eight lanes, and the two reports in two of them
        StoryBlocks.Blocking eight = StoryBlocks.Blocking.of(Map.of(StoryBlocks.week(StoryInput.of(docs.get(0))), 5L), 1);
        assertEquals(8, eight.lanes());
        assertNotEquals(eight.block(StoryInput.of(docs.get(0))), eight.block(StoryInput.of(docs.get(1))),
                "one report names Boric most, the other Milei");
        List<String> laned = Stories.group(docs, 1).stream().map(Analysis::story).toList();
        assertEquals(laned.get(0), laned.get(1), "each names the other enough to be linked across lanes: " + laned);
        assertEquals(Stories.group(docs).stream().map(Analysis::story).toList(), laned);
    }

    @Test
    void aPersonLeadsBeforeACountryNamedMoreOften() {
        Profile p = StoryInput.of(doc("a", "2024-03-05", "Kenya's President William Ruto said Kenya would send "
                + "more police officers to the mission.")).profile();
        assertEquals("a:countries/KEN", p.leads().get(p.leads().size() - 1), "the country comes last: " + p.leads());
        assertNotEquals("a:countries/KEN", p.lead(), "too many reports name a country for it to spread them");
    }
}

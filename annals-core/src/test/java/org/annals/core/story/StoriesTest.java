package org.annals.core.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.annals.core.model.Timex;
import org.junit.jupiter.api.Test;

/** Stories: reports of one real-world event grouped, dates resolved through the story. */
class StoriesTest {

    /** An analysed document with an id, a publication date ({@code null}: none) and a text. */
    static Analysis doc(String id, String date, String text) {
        return Annals.analyze(new Document(id, id, text,
                Metadata.of(date == null ? null : LocalDate.parse(date), id)));
    }

    private static final String OUTLET_A = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Santiago on Tuesday to discuss lithium exports.";
    private static final String OUTLET_B = "Argentina's Javier Milei and Chile's Gabriel Boric held talks on "
            + "Tuesday in Santiago, officials in both capitals said.";
    private static final String LATER = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Buenos Aires, a year after their first meeting.";

    @Test
    void twoOutletsReportingOneMeetingAreOneStory() {
        List<Analysis> out = Stories.group(List.of(doc("a", "2024-03-05", OUTLET_A), doc("b", null, OUTLET_B)));
        assertEquals(out.get(0).story(), out.get(1).story());
    }

    @Test
    void aMeetingOfTheSameLeadersElsewhereIsAnotherStory() {
        List<Analysis> out = Stories.group(List.of(doc("a", "2024-03-05", OUTLET_A), doc("c", null, LATER)));
        assertNotEquals(out.get(0).story(), out.get(1).story());
    }

    @Test
    void aRelativeDateIsResolvedThroughTheStory() {
        List<Analysis> out = Stories.group(List.of(doc("a", "2024-03-05", OUTLET_A), doc("b", null, OUTLET_B)));
        Analysis b = out.get(1);
        Timex tuesday = b.times().stream().filter(t -> t.text().equals("Tuesday")).findFirst().orElseThrow();
        assertEquals("2024-03-05", tuesday.value());
        assertEquals("story", tuesday.anchoredTo());
        assertEquals("2024-03-05", b.events().get(0).date());
    }

    @Test
    void storyIdsFollowTheOrderOfTheDocumentsAndAreStable() {
        List<Analysis> docs = List.of(doc("c", null, LATER), doc("a", "2024-03-05", OUTLET_A),
                doc("b", null, OUTLET_B));
        List<Analysis> out = Stories.group(docs);
        assertEquals(List.of("s1", "s2", "s2"), out.stream().map(Analysis::story).toList());
        assertEquals(out.stream().map(Analysis::story).toList(),
                Stories.group(docs).stream().map(Analysis::story).toList());
    }

    @Test
    void theSameSetGivesTheSameStoriesWhateverTheOrder() {
        Analysis a = doc("a", "2024-03-05", OUTLET_A);
        Analysis b = doc("b", null, OUTLET_B);
        Analysis c = doc("c", null, LATER);
        List<Analysis> forward = Stories.group(List.of(a, b, c));
        List<Analysis> backward = Stories.group(List.of(c, b, a));
        assertEquals(forward.get(0).story(), forward.get(1).story());
        assertEquals(backward.get(2).story(), backward.get(1).story());
        assertNotEquals(forward.get(0).story(), forward.get(2).story());
        assertNotEquals(backward.get(2).story(), backward.get(0).story());
    }

    @Test
    void aStoryThatRunsOverSeveralWeeksIsOneStoryAcrossBlocksOfDates() {
        String followUp = "Exporters praised the Santiago meeting of Chilean President Gabriel Boric and "
                + "Argentine President Javier Milei on lithium exports.";
        String later = "Chilean President Gabriel Boric and Argentine President Javier Milei named envoys to "
                + "draft a lithium export accord after their Santiago meeting.";
        List<Analysis> docs = List.of(doc("a", "2024-03-05", OUTLET_A), doc("b", "2024-03-13", followUp),
                doc("c", "2024-03-27", later));
        List<Long> blocks = docs.stream().map(d -> StoryBlocks.week(StoryInput.of(d))).distinct().toList();
        assertEquals(3, blocks.size(), "three blocks of dates: " + blocks);
        List<Analysis> out = Stories.group(docs);
        assertEquals(List.of("s1", "s1", "s1"), out.stream().map(Analysis::story).toList());
    }

    @Test
    void reportsMonthsApartAreNotLinkedHoweverAlike() {
        String again = "Chilean President Gabriel Boric and Argentine President Javier Milei discussed lithium "
                + "exports in Santiago.";
        List<Analysis> out = Stories.group(List.of(doc("a", "2024-03-05", OUTLET_A), doc("b", "2024-06-20", again)));
        assertNotEquals(out.get(0).story(), out.get(1).story());
    }

    @Test
    void aNearCopyIsMarkedAndJoinsItsOriginalsStory() {
        Analysis original = doc("a", "2024-03-05", OUTLET_A + " " + OUTLET_B);
        Analysis copy = doc("a2", "2024-03-06", "WORLD NEWS | " + OUTLET_A + " " + OUTLET_B + " Share this.");
        List<Analysis> out = Stories.group(List.of(copy, original));
        assertEquals("a", out.get(0).duplicateOf());
        assertEquals(null, out.get(1).duplicateOf());
        assertEquals(out.get(0).story(), out.get(1).story());
    }

    @Test
    void analysesKeptWithoutTheirTokensGiveTheSameStories() {
        List<Analysis> full = List.of(doc("a", "2024-03-05", OUTLET_A), doc("b", null, OUTLET_B),
                doc("c", null, LATER));
        List<Analysis> slim = full.stream().map(x -> x.withTokens(List.of(), x.sentences())).toList();
        assertEquals(Stories.group(full).stream().map(Analysis::story).toList(),
                Stories.group(slim).stream().map(Analysis::story).toList());
        assertEquals(Profile.of(full.get(0)).terms(), Profile.of(slim.get(0)).terms());
    }
}

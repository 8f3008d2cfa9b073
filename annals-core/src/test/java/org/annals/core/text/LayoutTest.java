package org.annals.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How the text is cut into header, title, body, embedded posts and transcript turns, and the publication date. */
class LayoutTest {

    private static Analysis text(String s) {
        return Annals.textPipeline().analyze(Document.of("t", s));
    }

    private static List<Block.Kind> kinds(Analysis a) {
        return a.blocks().stream().map(Block::kind).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Published: 2023-03-14                                  | 2023-03-14",
        "Date: 2024-06-13T19:42:00+00:00                        | 2024-06-13",
        "Published 9 August 2022                                | 2022-08-09",
        "Friday, February 9, 2024                               | 2024-02-09",
        "Friday 3rd February, 2023                              | 2023-02-03",
        "Global Wire / Thursday 18 January 2024 / 15:42 GMT     | 2024-01-18",
        "Updated May 6, 2024 18:40 EAT                          | 2024-05-06",
        "Tue 11 Jun 2024 09.15 BST                              | 2024-06-11",
    })
    void aHeaderLineGivesThePublicationDate(String header, String date) {
        Analysis a = text(header + "\n\nThe minister arrived in the capital on Monday for two days of talks.");
        assertEquals(LocalDate.parse(date), a.publication().date());
        assertEquals("header", a.publication().from());
        assertEquals(Block.Kind.HEADER, a.blocks().get(0).kind());
    }

    @Test
    void aDatePrefixOnTheFirstLineIsHeaderAndTheRestIsBody() {
        Analysis a = text(" date 2022-05-04 On Wednesday, the two ministers met in Vienna.");
        assertEquals(LocalDate.parse("2022-05-04"), a.publication().date());
        assertEquals(List.of(Block.Kind.HEADER, Block.Kind.BODY), kinds(a));
        assertEquals("On Wednesday, the two ministers met in Vienna.", a.covered(a.blocks().get(1).span()));
    }

    @Test
    void aTitleMayComeBeforeTheDateLine() {
        Analysis a = text("Floods displace thousands in the delta\n\nMon 4 Mar 2024 08.00 GMT\n\nRivers rose overnight.");
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.HEADER, Block.Kind.BODY), kinds(a));
        assertEquals(LocalDate.parse("2024-03-04"), a.publication().date());
    }

    @Test
    void withoutHeaderThePublicationDateIsUnknownEvenWhenTheBodyHasDates() {
        Analysis a = text("The ministers met on March 3, 2023 in Geneva. They will meet again next year.");
        assertNull(a.publication().date());
        assertNull(a.publication().from());
    }

    @Test
    void metadataWinsOverTheHeader() {
        Analysis a = Annals.textPipeline().analyze(new Document("t", "t", "Published: 2023-03-14\n\nText.",
                Metadata.of(LocalDate.parse("2023-03-15"), "feed")));
        assertEquals(LocalDate.parse("2023-03-15"), a.publication().date());
        assertEquals("metadata", a.publication().from());
    }

    @Test
    void transcriptLinesOpenSpeakerTurns() {
        String s = "Opening of the talks\n"
                + "President of Chile Gabriel Boric: Welcome, Prime Minister. It is good to see you.\n"
                + "We have much to discuss.\n"
                + "Prime Minister of Spain Pedro Sanchez (via interpreter): Thank you, Mr President.\n";
        Analysis a = text(s);
        assertEquals(List.of(Block.Kind.TITLE, Block.Kind.TURN, Block.Kind.BODY, Block.Kind.TURN), kinds(a));
        assertEquals("President of Chile Gabriel Boric", a.covered(a.blocks().get(1).label()));
        assertEquals("Prime Minister of Spain Pedro Sanchez", a.covered(a.blocks().get(3).label()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Note: the figures are provisional.",
        "#Lima: crowds gathered.",
        "He said: we will not give up.",
        "Background: the dispute began in 2019.",
        "Senator Wade on the Pipeline Deal to Canada: 'Reckless,' 'Shameful.'",
        "EDITOR'S NOTE: This story has been amended to correct a date.",
    })
    void ordinaryLinesWithAColonAreNotTurns(String line) {
        assertEquals(0, Layout.speakerLabelEnd(line));
    }

    @Test
    void aPastedSocialMediaPostIsAnEmbedWithItsAuthor() {
        String s = "The president received the delegation.\n\n"
                + "#Quito: President met the visiting envoys https://t.co/Ab12Cd pic.twitter.com/Xy98 \u2014 "
                + "Press Office (@PressOfficeEC) May 5, 2024\n\nTalks continue on Friday.";
        Analysis a = text(s);
        assertEquals(List.of(Block.Kind.BODY, Block.Kind.EMBED, Block.Kind.BODY), kinds(a));
        assertEquals("Press Office (@PressOfficeEC)", a.covered(a.blocks().get(1).label()));
    }

    @Test
    void separatorLinesAreRules() {
        assertEquals(List.of(Block.Kind.BODY, Block.Kind.RULE, Block.Kind.BODY), kinds(text("One.\n* * *\nTwo.")));
    }

    @Test
    void wrappedLinesJoinIntoOneParagraph() {
        String s = "The foreign ministers of the three countries met on Monday in the capital to\n"
                + "discuss the border dispute that has strained relations for years.";
        Analysis a = text(s);
        assertEquals(1, a.blocks().size());
        assertEquals(1, a.sentences().size());
    }
}

package org.annals.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.junit.jupiter.api.Test;

/** The annals/1 contract as written: field names, nulls, numbers, determinism. */
class AnnalsJsonTest {

    private static final String TEXT = "Published: 2023-05-02\n\nTurkish President Recep Tayyip Erdogan met "
            + "Azerbaijani President Ilham Aliyev in Baku on Monday. \u201CWe are brothers,\u201D Erdogan said. "
            + "At least 12 people were killed.";

    private static Analysis analysis() {
        return Annals.analyze(new Document("d1", "baku.txt", TEXT, Metadata.of(null, "in/baku.txt")));
    }

    @Test
    void theDocumentObjectCarriesTheContractsFields() {
        String json = AnnalsJson.toJson(analysis());
        assertTrue(json.startsWith("{\"schema\":\"annals/1\",\"document\":{\"id\":\"d1\",\"source\":\"baku.txt\","
                + "\"published\":\"2023-05-02\",\"published_from\":\"header\",\"language\":\"en\",\"story\":null,"
                + "\"duplicate_of\":null,\"origin\":\"in/baku.txt\"}"), json);
        for (String layer : new String[] {"\"mentions\":[", "\"actors\":[", "\"times\":[", "\"quotes\":[",
            "\"events\":[", "\"counts\":["}) {
            assertTrue(json.contains(layer), layer);
        }
    }

    @Test
    void spansAreOffsetsIntoTheOriginalText() {
        Analysis a = analysis();
        String json = AnnalsJson.toJson(a);
        int at = TEXT.indexOf("Baku");
        assertTrue(json.contains("\"span\":[" + at + "," + (at + 4) + "],\"text\":\"Baku\""), json);
    }

    @Test
    void placingALineInAStoryGivesTheBytesOfThePlacedAnalysis() {
        Analysis a = analysis();
        String line = AnnalsJson.toJson(a);
        assertEquals(AnnalsJson.toJson(a.withStory("s7", null)), AnnalsJson.withStory(line, "s7", null));
        // an id that JSON must escape is escaped as the writer escapes it
        String odd = "wire \"copy\" \u00e9";
        assertEquals(AnnalsJson.toJson(a.withStory("s2", odd)), AnnalsJson.withStory(line, "s2", odd));
    }

    @Test
    void onlyALineWithoutAStoryCanBePlaced() {
        String placed = AnnalsJson.toJson(analysis().withStory("s1", null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnnalsJson.withStory(placed, "s2", null));
    }

    @Test
    void theSameAnalysisGivesTheSameBytes() {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        try (AnnalsJson.Lines l = AnnalsJson.lines(one)) {
            l.write(analysis());
        }
        try (AnnalsJson.Lines l = AnnalsJson.lines(two)) {
            l.write(analysis());
        }
        assertEquals(one.toString(StandardCharsets.UTF_8), two.toString(StandardCharsets.UTF_8));
        assertTrue(one.toString(StandardCharsets.UTF_8).endsWith("}\n"));
    }

    @Test
    void wholeNumbersAreWrittenAsIntegers() {
        String json = AnnalsJson.toJson(analysis());
        assertTrue(json.contains("\"kind\":\"killed\",\"value\":12,"), json);
    }

    @Test
    void anUnknownPublicationDateIsNull() {
        String json = AnnalsJson.toJson(Annals.analyze(new Document("d2", "x.txt", "Talks went on.",
                Metadata.of(null, ""))));
        assertTrue(json.contains("\"published\":null,\"published_from\":null"), json);
        assertTrue(json.contains("\"origin\":null"), json);
    }
}

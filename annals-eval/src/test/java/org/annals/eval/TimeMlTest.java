package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading TimeML: our own two-document fixture in the layout of TimeBank and TempEval-3. */
class TimeMlTest {

    static Path resource(String name) {
        try {
            return Path.of(TimeMlTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTextIsTheTextElementWithItsTagsStrippedAndItsEntitiesDecoded() throws IOException {
        TimeMl.Document d = TimeMl.read(resource("timeml/harbour.tml"));
        assertEquals("harbour.tml", d.name());
        assertTrue(d.text().startsWith("\nThe harbour reopened yesterday after a storm that lasted three days."),
                d.text());
        assertTrue(d.text().contains("Ferries & cargo ships will sail daily from December, the port said."), d.text());
        assertFalse(d.text().contains("Harbour reopens"), "the title is not part of the text");
        assertFalse(d.text().contains("<"), "no tag is left");
    }

    @Test
    void theCreationTimeIsReadAndIsNotAnExpressionToFind() throws IOException {
        TimeMl.Document d = TimeMl.read(resource("timeml/harbour.tml"));
        assertEquals(LocalDate.of(2021, 11, 23), d.dct());
        assertEquals(List.of("t1", "t2", "t3", "t4"), d.timexes().stream().map(TimeMl.Timex3::tid).toList());
        // a creation time with a time of day gives its day
        assertEquals(LocalDate.of(2020, 3, 4), TimeMl.read(resource("timeml/more/orchard.tml")).dct());
    }

    @Test
    void goldOffsetsPointAtTheirWordsInTheStrippedText() throws IOException {
        TimeMl.Document d = TimeMl.read(resource("timeml/harbour.tml"));
        List<String> covered = d.timexes().stream().map(t -> d.text().substring(t.start(), t.end())).toList();
        assertEquals(List.of("yesterday", "three days", "daily", "December"), covered);
        TimeMl.Timex3 first = d.timexes().get(0);
        assertEquals(new TimeMl.Timex3("t1", 22, 31, "DATE", "2021-11-22"), first);
        TimeMl.Timex3 set = d.timexes().get(2);
        assertEquals("SET", set.type());
        assertEquals("P1D", set.value());
    }

    @Test
    void aFolderIsReadRecursivelyInTheOrderOfItsPaths() throws IOException {
        List<TimeMl.Document> docs = TimeMl.readAll(resource("timeml"));
        assertEquals(List.of("harbour.tml", "more/orchard.tml"), docs.stream().map(TimeMl.Document::name).toList());
        assertEquals(List.of("February", "Tuesday"), docs.get(1).timexes().stream()
                .map(t -> docs.get(1).text().substring(t.start(), t.end())).toList());
    }

    @Test
    void aFileWithoutTextOrNotWellFormedIsNamed() {
        Path noText = resource("timeml-broken/notext.tml");
        TimeMl.FormatException e = assertThrows(TimeMl.FormatException.class, () -> TimeMl.read(noText));
        assertEquals(noText + ": no <TEXT> element", e.getMessage());
        Path unclosed = resource("timeml-broken/unclosed.tml");
        e = assertThrows(TimeMl.FormatException.class, () -> TimeMl.read(unclosed));
        assertTrue(e.getMessage().startsWith(unclosed + ": not well-formed TimeML"), e.getMessage());
    }
}

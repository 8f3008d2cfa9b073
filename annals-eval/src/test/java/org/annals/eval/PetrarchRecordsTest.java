package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading PETRARCH unit-test records and scoring codings against them; the records are written for the test. */
class PetrarchRecordsTest {

    private static final String XML = """
            <Validation>
            <Environment><Verbfile>my.verbs.txt</Verbfile><Actorfile>my.actors.txt</Actorfile></Environment>
            <Sentences>
            <!-- a comment between records -->
            <Sentence date="20200105" id="A-01" category="BASIC" sentence="true">
            <EventCoding sourcecode="ZEM" targetcode="RUR" eventcode="111"></EventCoding>
            <EventCoding sourcecode="RUR" targetcode="ZEM" eventcode="112"></EventCoding>
            <Text>
            Zembla scolded Ruritania,
              which protested.
            </Text>
            <Parse>(ROOT (S (NP (NNP Zembla))))</Parse>
            </Sentence>
            <Sentence category="NONE-EXPECTED">
            <EventCoding noevents = "True"></EventCoding>
            <Text>Nothing happened &amp; nobody came.</Text>
            </Sentence>
            <Sentence date="20200105" id="A-03" category="ERROR">
            <EventCoding error="sentencediscard"></EventCoding>
            <Text>A croquet final.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    private static PetrarchRecords.Validation read(String xml) throws IOException {
        return PetrarchRecords.readValidation(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
    }

    @Test
    void recordsWithTheirDatesTextsAndExpectedEvents() throws IOException {
        PetrarchRecords.Validation v = read(XML);
        assertEquals(List.of("my.verbs.txt", "my.actors.txt"), v.dictionaries());
        assertEquals(3, v.records().size());
        PetrarchRecords.Record a = v.records().get(0);
        assertEquals("A-01", a.id());
        assertEquals(LocalDate.of(2020, 1, 5), a.date());
        assertEquals("Zembla scolded Ruritania, which protested.", a.text());
        assertEquals(List.of(new PetrarchRecords.Coding("ZEM", "RUR", "111"),
                new PetrarchRecords.Coding("RUR", "ZEM", "112")), a.expected());
        PetrarchRecords.Record b = v.records().get(1);
        assertEquals("#2", b.id(), "a record without an id is named by its place");
        assertNull(b.date());
        assertEquals("Nothing happened & nobody came.", b.text());
        assertTrue(b.expected().isEmpty());
        assertEquals("sentencediscard", v.records().get(2).error());
    }

    @Test
    void aRecordPassesWhenItsEventsAreExactlyTheExpectedOnes() throws IOException {
        List<PetrarchRecords.Record> rs = read(XML).records();
        PetrarchScorer s = new PetrarchScorer();
        assertTrue(s.add(rs.get(0), List.of(new PetrarchRecords.Coding("RUR", "ZEM", "112"),
                new PetrarchRecords.Coding("ZEM", "RUR", "111"))), "order does not matter");
        assertFalse(s.add(rs.get(0), List.of(new PetrarchRecords.Coding("ZEM", "RUR", "111"))), "one is missing");
        assertTrue(s.add(rs.get(1), List.of()));
        assertFalse(s.add(rs.get(2), List.of(new PetrarchRecords.Coding("ZEM", "RUR", "111"))),
                "a discarded sentence codes nothing");
        assertEquals(List.of("petrarch: passed 2/4", "petrarch-BASIC: passed 1/2",
                "petrarch-NONE-EXPECTED: passed 1/1", "petrarch-ERROR: passed 0/1"), s.lines());
    }

    @Test
    void aFileThatIsNotXmlIsReportedWithItsName() {
        IOException e = assertThrows(IOException.class, () -> read("<Validation><Sentence>"));
        assertTrue(e.getMessage().startsWith("t.xml: not PETRARCH validation records"), e.getMessage());
    }
}

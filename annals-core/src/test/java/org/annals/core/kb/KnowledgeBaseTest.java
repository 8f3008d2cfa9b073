package org.annals.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.annals.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The knowledge base: tables read as they are, dates bounding offices, later tables adding to earlier ones. */
class KnowledgeBaseTest {

    @Test
    void theBuiltInTablesLoadWithoutProblems() {
        KnowledgeBase kb = KnowledgeBase.builtin();
        assertEquals(List.of(), kb.problems());
        assertEquals("Russia", kb.country("RUS").name());
        assertEquals("PSE", kb.adjectives().get(Tokenizer.INSTANCE.words("Palestinian")).get(0));
        assertTrue(kb.isGivenName("Mohammad"));
    }

    @Test
    void anOfficeHoldsOnlyBetweenItsDates() {
        KnowledgeBase kb = KnowledgeBase.builder().add("people.tsv", new StringReader(
                "name\taliases\tcountry\trole\tcode\tfrom\tto\ttitle\n"
                + "Ana Duarte\t\tPRT\tGOV\tPRTGOV\t2010-01-01\t2014-12-31\tForeign Minister\n"
                + "Ana Duarte\t\tPRT\tLEG\tPRTLEG\t2015-01-01\t\tMember of Parliament\n")).build();
        Entry ana = kb.entry("people/ana-duarte");
        assertEquals("PRTGOV", ana.officeOn(LocalDate.parse("2012-06-01")).code());
        assertEquals("PRTLEG", ana.officeOn(LocalDate.parse("2024-06-01")).code());
        assertNull(ana.officeOn(LocalDate.parse("2005-06-01")));
        assertEquals("PRTLEG", ana.officeOn(null).code(), "without a date: the latest office");
        assertEquals("PRTGOV", ana.officeTitled(null, "foreign minister").code(), "the office a title names");
        assertNull(ana.officeTitled("ESP", "Prime Minister"));
    }

    @Test
    void aTownIsFoundByItsNameWrittenWithoutDiacriticsUnlessThatNamesSomeoneElse() {
        KnowledgeBase kb = KnowledgeBase.builder()
                .add("given-names.tsv", new StringReader("name\tnote\n" + "Mira\t\n"))
                .add("people.tsv", new StringReader("name\tcountry\trole\tcode\n" + "Ana Qarīn\tPRT\tGOV\tPRTGOV\n"))
                .add("places.tsv", new StringReader("name\taliases\tcountry\tkind\tpopulation\tfeature\tlat\tlon\n"
                        + "Zāhirābād\t\tAFG\tcity\t250000\tPPLA\t0\t0\n"
                        + "Ṣan‘ā’ al Jadīdah\t\tYEM\tcity\t180000\tPPL\t0\t0\n"
                        + "Lūna\t\tAFG\tcity\t40000\tPPL\t0\t0\n"
                        + "Mīra\t\tAFG\tcity\t300000\tPPL\t0\t0\n"
                        + "Qarin\t\tAFG\tcity\t300000\tPPL\t0\t0\n"
                        + "Qarīn\t\tAFG\tcity\t300000\tPPL\t0\t0\n"
                        + "Ostrovnyy\t\tRUS\tcity\t220000\tPPLA\t0\t0\n")).build();
        assertEquals(1, kb.names().get(Tokenizer.INSTANCE.words("Zahirabad")).size(), "marks taken off");
        assertEquals(1, kb.names().get(Tokenizer.INSTANCE.words("Zāhirābād")).size(), "and kept");
        assertEquals(1, kb.names().get(Tokenizer.INSTANCE.words("Sana al Jadidah")).size(),
                "the signs of ayn and hamza dropped");
        assertEquals(1, kb.names().get(Tokenizer.INSTANCE.words("Ostrovny")).size(), "a Russian name ends in one y");
        assertEquals(List.of(), kb.names().get(Tokenizer.INSTANCE.words("Luna")), "a small town: too many others");
        assertEquals(1, kb.names().get(Tokenizer.INSTANCE.words("Lūna")).size());
        assertEquals(List.of(), kb.names().get(Tokenizer.INSTANCE.words("Mira")), "a given name is a person's");
        assertTrue(kb.names().get(Tokenizer.INSTANCE.words("Qarin")).stream()
                .allMatch(c -> c.entry().id().endsWith("qarin/6")), "a surname: only the town written so");
    }

    @Test
    void aPlaceBelongsToTheCountryItWasPartOfOnTheDate() {
        KnowledgeBase kb = KnowledgeBase.builtin();
        assertEquals("SDN", kb.countryOn("SSD", LocalDate.parse("2005-01-09")), "before South Sudan's independence");
        assertEquals("SSD", kb.countryOn("SSD", LocalDate.parse("2011-07-09")), "from its first day");
        assertEquals("SSD", kb.countryOn("SSD", null), "no date: as it is now");
        assertEquals("KEN", kb.countryOn("KEN", LocalDate.parse("1990-01-01")));
    }

    @Test
    void aSurnameAloneIsAWeakerCandidateForThePerson() {
        KnowledgeBase kb = KnowledgeBase.builder().add("people.tsv", new StringReader(
                "name\tcountry\trole\tcode\n" + "Ana Duarte\tPRT\tGOV\tPRTGOV\n")).build();
        List<KnowledgeBase.Candidate> c = kb.names().get(new String[] {"Duarte"});
        assertEquals(1, c.size());
        assertTrue(c.get(0).partial());
        assertEquals(false, kb.names().get(new String[] {"Ana", "Duarte"}).get(0).partial());
    }

    @Test
    void aRegnalNumberOrAPlaceOfTheNameIsNoSurname() {
        KnowledgeBase kb = KnowledgeBase.builder().add("people.tsv", new StringReader(
                "name\taliases\tcountry\trole\tcode\n"
                + "Olaf IV\tKing Olaf IV\tNOR\tGOV\tNORGOV\n"
                + "Louis of Andorra\t\tAND\tGOV\tANDGOV\n")).build();
        assertEquals(List.of(), kb.names().get(new String[] {"IV"}), "a regnal number names no one alone");
        assertEquals(List.of(), kb.names().get(new String[] {"Andorra"}), "nor the place a ruler is of");
        assertEquals(1, kb.names().get(new String[] {"King", "Olaf", "IV"}).size());
    }

    @Test
    void aMalformedLineIsReportedWithFileAndLineAndSkipped() {
        KnowledgeBase kb = KnowledgeBase.builder().add("my-places.tsv", new StringReader(
                "# my places\nname\tcountry\nSmallville\tUSA\nBad\tline\twith\textra\tcells\nBigtown\tCAN\n")).build();
        assertEquals(List.of("my-places.tsv:4: 5 cells where the header has 2; line skipped"), kb.problems());
        assertNotNull(kb.names().get(new String[] {"Bigtown"}).get(0));
    }

    @Test
    void aTableOfUnknownKindIsReported() {
        KnowledgeBase kb = KnowledgeBase.builder().add("notes.tsv", new StringReader("a\tb\n")).build();
        assertTrue(kb.problems().get(0).startsWith("notes.tsv: unknown kind of table"));
    }
}

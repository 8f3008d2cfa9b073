package org.annals.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.annals.core.kb.PetrarchDictionaries.Actor;
import org.annals.core.kb.PetrarchDictionaries.Agent;
import org.annals.core.kb.PetrarchDictionaries.Code;
import org.annals.core.kb.PetrarchDictionaries.Dictionary;
import org.annals.core.kb.PetrarchDictionaries.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reading PETRARCH, TABARI and Phoenix dictionaries as they are, on small dictionaries written for these tests in
 * the style of the format manual (real people and countries, dates as the files write them).
 */
class PetrarchDictionariesTest {

    static Dictionary read(String name, String text) {
        return PetrarchDictionaries.read(name, new StringReader(text));
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Actors {

        static final String ACTORS = """
                # test.actors.txt: written for the tests, in the manual's style
                RUSSIA_  [RUS]
                +RUSSIAN_FEDERATION_
                +MOSCOW_

                VLADIMIR_PUTIN_  # a comment after the phrase
                +VLADIMIR_VLADIMIROVICH_PUTIN_
                +PRESIDENT_PUTIN_
                \t[RUSELI 700101-990808]
                \t[RUSGOV 19990809-20080507]
                \t[RUSGOV >080508]
                ABDULLAH_GUL_ [TURGOV 20070828-20140828] [TURELI]
                BORIS_YELTSIN_  ; TABARI's comment
                \t[RUSGOV <991231]
                \t[RUSELI]
                """;

        @Test
        void anEntryHasItsPhraseSynonymsAndCodesWithUnderscoresAsBlanks() {
            Dictionary dict = read("test.actors.txt", ACTORS);
            assertEquals(Kind.ACTORS, dict.kind());
            assertEquals(List.of(), dict.problems());
            Actor putin = dict.actors().get(1);
            assertEquals("VLADIMIR PUTIN", putin.phrase());
            assertEquals(List.of("VLADIMIR VLADIMIROVICH PUTIN", "PRESIDENT PUTIN"), putin.synonyms());
            assertEquals(6, putin.line());
            assertEquals(List.of(new Code("RUSELI", d("1970-01-01"), d("1999-08-08"), true),
                    new Code("RUSGOV", d("1999-08-09"), d("2008-05-07"), true),
                    new Code("RUSGOV", d("2008-05-08"), null, true)), putin.codes());
            assertEquals(List.of("RUSSIA", "RUSSIAN FEDERATION", "MOSCOW"), dict.actors().get(0).phrases());
            assertEquals("RUS", dict.actors().get(0).defaultCode());
        }

        @Test
        void datesAreYymmddOrYyyymmddAndTwoDigitYearsUpTo30AreThisCentury() {
            Actor putin = read("t.actors", ACTORS).actors().get(1);
            assertEquals(d("1970-01-01"), putin.codes().get(0).from(), "70 is 1970");
            assertEquals(d("2008-05-08"), putin.codes().get(2).from(), "08 is 2008");
            assertEquals(d("1999-08-09"), putin.codes().get(1).from(), "eight digits as written");
        }

        @Test
        void theCodeOnADateIsTheRestrictionThatHoldsElseTheDefault() {
            List<Actor> a = read("t.actors", ACTORS).actors();
            Actor putin = a.get(1);
            assertEquals("RUSELI", putin.codeOn(d("1995-01-01")));
            assertEquals("RUSGOV", putin.codeOn(d("2010-06-01")));
            assertEquals("RUSGOV", putin.codeOn(d("2008-05-07")), "both ends of a range are included");
            assertNull(putin.codeOn(d("1960-01-01")), "no restriction holds and there is no default");
            Actor gul = a.get(2);
            assertEquals("TURGOV", gul.codeOn(d("2010-01-01")));
            assertEquals("TURELI", gul.codeOn(d("2016-01-01")), "the default outside the ranges");
            Actor yeltsin = a.get(3);
            assertEquals("RUSGOV", yeltsin.codeOn(d("1999-12-31")), "< includes its date");
            assertEquals("RUSELI", yeltsin.codeOn(d("2000-01-01")));
        }

        @Test
        void periodsCutTheTimeLineWhereTheCodeChanges() {
            Actor gul = read("t.actors", ACTORS).actors().get(2);
            assertEquals(List.of(new Code("TURELI", null, d("2007-08-27"), true),
                    new Code("TURGOV", d("2007-08-28"), d("2014-08-28"), true),
                    new Code("TURELI", d("2014-08-29"), null, true)), gul.periods());
            Actor putin = read("t.actors", ACTORS).actors().get(1);
            assertEquals(List.of(new Code("RUSELI", d("1970-01-01"), d("1999-08-08"), true),
                    new Code("RUSGOV", d("1999-08-09"), null, true)), putin.periods(),
                    "neighbouring periods with the same code are one; before 1970 there is none");
        }

        @Test
        void aNarrowerRangeOverridesTheWiderOneItSitsIn() {
            Actor a = read("t.actors", """
                    SALAM_FAYYAD_
                    \t[PSEGOV 20070615-20130606]
                    \t[PSEGOVBUS 20070615-20070701]
                    \t[PSEELI]
                    """).actors().get(0);
            assertEquals("PSEGOVBUS", a.codeOn(d("2007-06-20")));
            assertEquals("PSEGOV", a.codeOn(d("2010-01-01")));
            assertEquals("PSEELI", a.codeOn(d("2014-01-01")));
        }

        @Test
        void blanksInsideTheBracketsAndASingleDateAreRead() {
            Actor a = read("t.actors", """
                    MILO_DJUKANOVIC_
                    \t[MNEGOV > 20121204]
                    \t[MNEELI 19910101 - 19910315]
                    HASHIM_THACI_
                    \t[KSVGOV 080109]
                    """).actors().get(0);
            assertEquals("MNEGOV", a.codeOn(d("2015-01-01")));
            assertEquals("MNEELI", a.codeOn(d("1991-02-01")));
            Actor thaci = read("t.actors", "HASHIM_THACI_\n\t[KSVGOV 080109]\n").actors().get(0);
            assertEquals(d("2008-01-09"), thaci.codes().get(0).from(), "a single date reads as 'on and after'");
        }

        @Test
        void commentsOfEveryKindAreSkipped() {
            Dictionary dict = read("t.actors", """
                    <!-- PETRARCH-style header -->
                    <!-- a comment
                    over two lines -->
                    # a hash comment
                    JORDAN_ [JOR] <!-- inline --> # and a hash
                    EGYPT_ [EGY] ; TABARI's comment
                    <! -- a line opened with <! -->
                    """);
            assertEquals(List.of(), dict.problems());
            assertEquals(List.of("JORDAN", "EGYPT"), dict.actors().stream().map(Actor::phrase).toList());
        }

        @Test
        void phrasesWithoutACodeOfTheirOwnAreSpellingsOfTheRecordBelow() {
            Dictionary dict = read("t.actors", """
                    LEONID_BREZHNEV_
                    LEONID_ILYICH_BREZHNEV
                    +SECRETARY_BREZHNEV
                    \t[RUSGOV 641014-821110]
                    """);
            assertEquals(1, dict.actors().size());
            assertEquals("LEONID BREZHNEV", dict.actors().get(0).phrase());
            assertEquals(List.of("LEONID ILYICH BREZHNEV", "SECRETARY BREZHNEV"), dict.actors().get(0).synonyms());
            assertTrue(dict.notes().get(0).contains("1 phrase line(s) without codes"));
        }

        @Test
        void theNullCodeIsReadAsAKnownPhraseThatCodesNothing() {
            Dictionary dict = read("t.actors", "BOROMIR_ [---]\n");
            assertTrue(dict.actors().get(0).codes().get(0).isNull());
            assertTrue(dict.notes().get(0).contains("null code"));
        }

        @Test
        void aCodeOfSeveralActorsJoinsTheirCodesWithSlashes() {
            Dictionary dict = read("t.actors", "BENELUX_ [bel/nld/LUX]\n");
            assertEquals(List.of(), dict.problems());
            assertEquals("BEL/NLD/LUX", dict.actors().get(0).defaultCode());
        }

        @Test
        void aMalformedLineIsReportedWithFileAndLineAndSkipped() {
            Dictionary dict = read("bad.actors.txt", """
                    +ORPHAN_SYNONYM
                    IVAN_GASPAROVIC_
                    \t[SVKGOV 040615-140615]
                    \t[SVKGOV 0406150-140615]
                    \t[SVKGOV 20140230-20140615]
                    \t[SVK-GOV]
                    \t[SVKELI
                    \t[SVKGOV 140615-040615]
                    ROBERT_FICO_ [SVKGOV >060704] [SVKELI] [SVKOPP]
                    JAN_SLOTA_
                    \t[SVKLEG <2006O101]
                    """);
            assertEquals(List.of(
                    "bad.actors.txt:1: a synonym (+) before any actor; line skipped",
                    "bad.actors.txt:4: '0406150' is not a date (YYMMDD or YYYYMMDD); code skipped",
                    "bad.actors.txt:5: '20140230' is not a date (no such day); code skipped",
                    "bad.actors.txt:6: 'SVK-GOV' is not an actor code (letters and digits); skipped",
                    "bad.actors.txt:7: '[SVKELI' has no closing ]; code skipped",
                    "bad.actors.txt:8: the range 140615-040615 ends before it starts; code skipped",
                    "bad.actors.txt:9: a second default code [SVKOPP]; the first is kept",
                    "bad.actors.txt:11: '<2006O101' is not a date restriction (<DATE, >DATE or DATE-DATE); code "
                            + "skipped",
                    "bad.actors.txt:10: 'JAN SLOTA' has no code that could be read; the record is skipped"),
                    dict.problems());
            assertEquals(List.of("IVAN GASPAROVIC", "ROBERT FICO"), dict.actors().stream().map(Actor::phrase)
                    .toList(), "the good lines are read");
            assertEquals(1, dict.actors().get(0).codes().size());
            assertEquals("SVKELI", dict.actors().get(1).defaultCode());
        }

        @Test
        void aNameWithAControlCharacterIsReportedAndItsRecordSkipped() {
            Dictionary dict = read("t.actors", "LIAMINE_Z\u001aROUAL_\n\t[DZAGOV 940131-990427]\nALGERIA_ [DZA]\n");
            assertEquals(1, dict.problems().size());
            assertTrue(dict.problems().get(0).startsWith("t.actors:1: a control character (U+001A)"));
            assertEquals(List.of("ALGERIA"), dict.actors().stream().map(Actor::phrase).toList());
        }
    }

    @Nested
    class Agents {

        static final String AGENTS = """
                <!-- test.agents.txt: written for the tests -->
                !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
                !MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

                FOREIGN_MINISTER [~GOVFRM] # the manual's example
                DEFENCE_!MINIST! [~GOVMIL]
                POLICE {} [ ~COP]
                ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]
                SECRETARY [~GOV]
                ENVOY [~GOV]
                CHAIRMAN {CHAIRMEN} [~GOV]
                BUSINESS!PERSON! [~BUS]
                PEACEKEEPER [IGO~]
                """;

        @Test
        void anAgentIsAPhraseItsPluralsAndTheCodeItAdds() {
            Dictionary dict = read("test.agents.txt", AGENTS);
            assertEquals(Kind.AGENTS, dict.kind());
            assertEquals(List.of(), dict.problems());
            Agent fm = dict.agents().get(0);
            assertEquals(new Agent("FOREIGN MINISTER", List.of("FOREIGN MINISTERS"), "GOVFRM", false, 5), fm);
        }

        @Test
        void pluralsAreRegularUnlessBracesSayOtherwise() {
            List<Agent> a = read("test.agents.txt", AGENTS).agents();
            assertEquals(List.of(), byPhrase(a, "POLICE").plurals(), "{} means no plural");
            assertEquals(List.of("ATTORNEYS GENERAL"), byPhrase(a, "ATTORNEY GENERAL").plurals());
            assertEquals(List.of("SECRETARIES"), byPhrase(a, "SECRETARY").plurals());
            assertEquals(List.of("ENVOYS"), byPhrase(a, "ENVOY").plurals(), "a vowel before Y takes S");
            assertEquals(List.of("CHAIRMEN"), byPhrase(a, "CHAIRMAN").plurals());
        }

        @Test
        void substitutionSetsExpandWithoutFurtherPlurals() {
            List<Agent> a = read("test.agents.txt", AGENTS).agents();
            assertEquals(List.of("DEFENCE MINISTER", "DEFENCE MINISTERS", "DEFENCE MINISTRY", "DEFENCE MINISTRIES",
                    "BUSINESSMAN", "BUSINESSMEN", "BUSINESSWOMAN", "BUSINESSWOMEN", "BUSINESSPERSON"),
                    a.stream().filter(x -> x.phrase().startsWith("DEFENCE") || x.phrase().startsWith("BUSINESS"))
                            .map(Agent::phrase).toList());
            assertEquals(List.of(), byPhrase(a, "DEFENCE MINISTER").plurals());
            assertEquals("GOVMIL", byPhrase(a, "DEFENCE MINISTRY").code());
        }

        @Test
        void aTildeAfterTheCodePutsItBeforeTheActors() {
            Agent p = byPhrase(read("test.agents.txt", AGENTS).agents(), "PEACEKEEPER");
            assertEquals("IGO", p.code());
            assertTrue(p.before());
            assertEquals("COP", byPhrase(read("test.agents.txt", AGENTS).agents(), "POLICE").code(),
                    "blanks inside the brackets are allowed");
        }

        @Test
        void anAgentWithoutAUsableCodeIsReported() {
            Dictionary dict = read("bad.agents.txt", """
                    ISLAMIC_EXTREMIST
                    ENVIRONMENT_MINISTRY [~ENV}
                    SPOKESMAN [GOV]
                    CONGRESS!PEOPLE! [~LEG]
                    DIPLOMAT [~GOV]
                    """);
            assertEquals(List.of(
                    "bad.agents.txt:1: an agent needs a code in brackets; line skipped",
                    "bad.agents.txt:2: the code has no closing ]; line skipped",
                    "bad.agents.txt:3: '[GOV]' is not an agent code ([~CODE] or [CODE~]); line skipped",
                    "bad.agents.txt:4: the substitution set !PEOPLE! is not defined above; line skipped"),
                    dict.problems());
            assertEquals(List.of("DIPLOMAT"), dict.agents().stream().map(Agent::phrase).toList());
        }

        private static Agent byPhrase(List<Agent> agents, String phrase) {
            return agents.stream().filter(a -> a.phrase().equals(phrase)).findFirst().orElseThrow();
        }
    }

    @Nested
    class WhichDictionary {

        @Test
        void theNameSaysWhenItCan() {
            assertEquals(Kind.AGENTS, read("dicts/Phoenix.agents.txt", "X [~GOV]\n").kind());
            assertEquals(Kind.ACTORS, read("PETR.Validate.actors.txt", "X [GOV~]\n").kind());
        }

        @Test
        void elseTheContentSays() {
            assertEquals(Kind.AGENTS, read("mine.txt", "FOREIGN_MINISTER [~GOVFRM]\nPOLICE [~COP]\n").kind());
            assertEquals(Kind.ACTORS, read("mine.txt", "GEORGIA_ [GEO]\n+TBILISI_\n").kind());
            assertEquals(Kind.VERBS, read("CAMEO.2.0.txt", "--- CONSULT [040] ---\nMEET\n- * WITH [040]\n").kind());
            assertEquals(Kind.ISSUES, read("mine.txt", "<ISSUE CATEGORY=\"X\">\nn:genocide [ATROCITY]\n").kind());
            assertEquals(Kind.DISCARDS, read("mine.txt", "WORLD CUP\n+ACADEMY AWARD\n").kind());
        }

        @Test
        void verbDiscardAndIssueFilesAreNotedNotRead() {
            Dictionary verbs = read("PETR.Validate.verbs.txt", "--- CONSULT [040] ---\n");
            assertEquals(List.of(), verbs.actors());
            assertEquals(List.of(), verbs.problems());
            assertTrue(verbs.notes().get(0).startsWith("PETR.Validate.verbs.txt: a PETRARCH verb dictionary: not read"));
            assertTrue(read("Phoenix.discards.txt", "WORLD CUP\n").notes().get(0).contains("discard list"));
        }
    }

    @Test
    void namesAreShownInTheCaseNewsWritesThem() {
        assertEquals("Vladimir Putin", PetrarchDictionaries.titleCase("VLADIMIR PUTIN"));
        assertEquals("Bashar al-Assad", PetrarchDictionaries.titleCase("BASHAR AL-ASSAD"));
        assertEquals("Osama bin Laden", PetrarchDictionaries.titleCase("OSAMA BIN LADEN"));
        assertEquals("Al-Qaeda", PetrarchDictionaries.titleCase("AL-QAEDA"));
        assertEquals("George W. Bush", PetrarchDictionaries.titleCase("GEORGE W. BUSH"));
        assertEquals("Mr. Obama", PetrarchDictionaries.titleCase("MR. OBAMA"));
        assertEquals("U.N.", PetrarchDictionaries.titleCase("U.N."));
        assertEquals("Abdullah II", PetrarchDictionaries.titleCase("ABDULLAH II"));
        assertEquals("John McCain", PetrarchDictionaries.titleCase("JOHN MCCAIN"));
        assertEquals("Cote D'Ivoire", PetrarchDictionaries.titleCase("COTE D'IVOIRE"));
        assertEquals("PKK", PetrarchDictionaries.titleCase("PKK"));
    }
}

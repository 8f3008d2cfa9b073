package org.annals.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.Metadata;
import org.annals.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH dictionaries in the knowledge base: what their records become, how they override what came before,
 * and, end to end, actors found in text and coded for the article's date. Dictionaries written for the tests.
 */
class PetrarchKnowledgeTest {

    /** A few countries in annals' own format, so that the tests do not depend on the built-in tables. */
    static final String COUNTRIES = """
            iso3\tname\taliases\tadjectives
            UKR\tUkraine\t\tUkrainian|Ukrainians
            RUS\tRussia\tRussian Federation\tRussian|Russians
            PRT\tPortugal\t\tPortuguese
            """;

    static final String PLACES = """
            name\tcountry\tfeature\tpopulation
            Kyiv\tUKR\tPPLC\t2900000
            """;

    static final String ACTORS = """
            # ukraine.actors.txt: written for the tests in the style of the Phoenix dictionaries
            UKRAINE_ [UKR]
            +UKRAINIAN_
            +KYIV_
            +DONBAS_

            VOLODYMYR_ZELENSKY_
            +VOLODYMYR_ZELENSKYY_
            +PRESIDENT_ZELENSKY_
            \t[UKRMED 20030101-20190519]
            \t[UKRGOV >20190520]
            PETRO_POROSHENKO_
            \t[UKRBUS <20140606]
            \t[UKRGOV 20140607-20190519]
            \t[UKROPP]
            SECRETARY-GENERAL_ANTONIO_GUTERRES_
            +ANTONIO_GUTERRES_
            \t[PRTGOV 951028-020406]
            \t[IGOUNOREF 20050615-20151231]
            \t[IGOUNO >20170101]
            UNITED_NATIONS_SECURITY_COUNCIL_ [IGOUNO]
            AZOV_BATTALION_ [UKRMIL]
            WAGNER_GROUP_ [RUSPRM]
            RIGHT_SECTOR_ [UKROPP]
            """;

    static final String AGENTS = """
            # ukraine.agents.txt
            FOREIGN_MINISTER [~GOVFRM]
            RIOT_POLICE {} [~COP]
            PEACEKEEPER [IGO~]
            """;

    static KnowledgeBase fixture() {
        return KnowledgeBase.builder().add("countries.tsv", new StringReader(COUNTRIES))
                .add("places.tsv", new StringReader(PLACES))
                .add("roles.tsv", new StringReader("phrase\trole\ttype\npolice\tCOP\tORGANIZATION\n"))
                .addPetrarch("ukraine.actors.txt", new StringReader(ACTORS))
                .addPetrarch("ukraine.agents.txt", new StringReader(AGENTS)).build();
    }

    static List<KnowledgeBase.Candidate> named(KnowledgeBase kb, String phrase) {
        return kb.names().get(Tokenizer.INSTANCE.words(phrase));
    }

    @Test
    void aPersonWithDatedCodesBecomesAPersonWithOffices() {
        KnowledgeBase kb = fixture();
        assertEquals(List.of(), kb.problems());
        Entry p = kb.entry("people/petro-poroshenko");
        assertEquals("Petro Poroshenko", p.name());
        assertEquals(EntityType.PERSON, p.type());
        assertEquals(List.of(
                new Office("UKR", "BUS", "UKRBUS", null, LocalDate.parse("2014-06-06"), null),
                new Office("UKR", "GOV", "UKRGOV", LocalDate.parse("2014-06-07"), LocalDate.parse("2019-05-19"), null),
                new Office("UKR", "OPP", "UKROPP", LocalDate.parse("2019-05-20"), null, null)), p.offices(),
                "the default fills the time the dated codes leave");
        assertEquals("UKRGOV", p.officeOn(LocalDate.parse("2016-01-01")).code());
    }

    @Test
    void anIgoCodeIsAnOfficeWithoutACountry() {
        Entry g = fixture().entry("people/secretary-general-antonio-guterres");
        assertEquals("Secretary-General Antonio Guterres", g.name(), "the primary phrase, in title case");
        Office un = g.officeOn(LocalDate.parse("2022-01-01"));
        assertEquals("IGOUNO", un.code());
        assertNull(un.country());
        assertEquals("IGO", un.role());
        assertEquals("PRT", g.officeOn(LocalDate.parse("2000-01-01")).country());
        assertNull(g.officeOn(LocalDate.parse("2016-06-01")), "between his UN posts the dictionary gives no code");
    }

    @Test
    void aCountrysPhrasesBecomeNamesOfTheCountryExceptItsCapitalAndAdjective() {
        KnowledgeBase kb = fixture();
        assertEquals("countries/UKR", named(kb, "Donbas").get(0).entry().id());
        assertEquals(List.of("capitals/UKR/kyiv"), named(kb, "Kyiv").stream().map(c -> c.entry().id())
                .map(id -> id.replaceAll("/\\d+$", "")).toList(), "the capital stays the capital");
        assertEquals(List.of(), named(kb, "Ukrainian"), "the adjective stays an adjective");
    }

    @Test
    void otherRecordsBecomeOrganisationsAndGroups() {
        KnowledgeBase kb = fixture();
        Entry unsc = kb.entry("orgs/united-nations-security-council");
        assertEquals("IGOUNO", unsc.code());
        assertEquals(Entry.Kind.ORGANIZATION, unsc.kind());
        assertEquals("UKRMIL", kb.entry("orgs/azov-battalion").code());
        assertEquals(Entry.Kind.GROUP, kb.entry("groups/right-sector").kind(), "an OPP code is a group");
        assertEquals("RUS", kb.entry("orgs/wagner-group").country());
    }

    @Test
    void dictionaryNamesMatchInAnyCase() {
        KnowledgeBase kb = fixture();
        for (String s : List.of("Volodymyr Zelenskyy", "VOLODYMYR ZELENSKYY", "volodymyr zelenskyy")) {
            assertEquals("people/volodymyr-zelensky", named(kb, s).get(0).entry().id(), s);
        }
        assertEquals("people/volodymyr-zelensky", named(kb, "President Zelensky").get(0).entry().id(),
                "synonyms are matched as listed, titles included");
        assertEquals(List.of(), named(kb, "Zelensky"), "no surname is derived from dictionary phrases");
    }

    @Test
    void agentsBecomeRoleTitlesWhoseCodeFollowsTheCountrys() {
        KnowledgeBase kb = fixture();
        RoleTitle fm = kb.roles().get(new String[] {"foreign", "ministers"}).get(0);
        assertEquals(new RoleTitle("foreign minister", "GOVFRM", EntityType.PERSON), fm);
        RoleTitle riot = kb.roles().get(new String[] {"Riot", "Police"}).get(0);
        assertEquals(EntityType.ORGANIZATION, riot.type(), "the type of its ending in the roles table");
        assertEquals("IGO", kb.roles().get(new String[] {"peacekeeper"}).get(0).role());
        assertTrue(kb.notes().contains("ukraine.agents.txt: 3 agents read as role titles"));
    }

    @Test
    void aDictionaryOverridesAnEarlierPersonAndKeepsTheOfficesItAgreesWith() {
        KnowledgeBase kb = KnowledgeBase.builder().add("countries.tsv", new StringReader(COUNTRIES))
                .add("people.tsv", new StringReader("name\taliases\tcountry\trole\tcode\tfrom\tto\ttitle\n"
                        + "Volodymyr Zelensky\tVolodymyr Zelenskyy\tUKR\tGOV\tUKRGOV\t2019-05-20\t\tPresident\n"
                        + "Petro Poroshenko\t\tUKR\tGOV\tUKRGOV\t2014-06-07\t2019-05-20\tPresident\n"))
                .addPetrarch("ukraine.actors.txt", new StringReader(ACTORS)).build();
        Entry z = kb.entry("people/volodymyr-zelensky");
        assertEquals("President", z.officeOn(LocalDate.parse("2022-03-01")).title(),
                "the dictionary gives the same code for all of the office: it is kept with its title");
        assertEquals("UKRMED", z.officeOn(LocalDate.parse("2010-03-01")).code(), "and adds what it knows besides");
        Entry p = kb.entry("people/petro-poroshenko");
        assertEquals("UKROPP", p.officeOn(LocalDate.parse("2019-05-20")).code(), "the dictionary decides");
        assertNull(p.officeOn(LocalDate.parse("2015-01-01")).title(), "an office it disagrees with is gone");
        assertTrue(named(kb, "Volodymyr Zelenskyy").stream().allMatch(c -> c.entry() == z),
                "the earlier names find the same entry");
    }

    @Test
    void aLaterDictionaryTakesAPhraseFromAnEarlierOne() {
        KnowledgeBase kb = KnowledgeBase.builder().add("countries.tsv", new StringReader(COUNTRIES))
                .addPetrarch("first.actors.txt", new StringReader("AZOV_BATTALION_ [UKRPRM]\n+AZOV_\n"))
                .addPetrarch("second.actors.txt", new StringReader("AZOV_REGIMENT_ [UKRMIL]\n+AZOV_\n")).build();
        assertEquals(List.of("orgs/azov-regiment"), named(kb, "Azov").stream().map(c -> c.entry().id()).toList());
        assertEquals(List.of("orgs/azov-battalion"), named(kb, "Azov Battalion").stream().map(c -> c.entry().id())
                .toList());
    }

    @Test
    void aNameOfSeveralActorsHasTheirCodesAndIsFoundWithoutItsArticle() {
        KnowledgeBase kb = mine("THE_BALTIC_STATES_ [EST/LVA/LTU]\n");
        Actor baltics = actorOf(analyze(kb, "Poland and the Baltic States closed their borders on Tuesday.",
                "2021-05-04"), "Baltic States");
        assertEquals(List.of("EST", "LVA", "LTU"), baltics.codes());
    }

    @Test
    void aCountryCodedOtherwiseBeforeADateHasThatCodeThen() {
        KnowledgeBase kb = mine("ZAIRE_ [ZAI <970517]\n\t[COD]\n");
        assertEquals("ZAI", actorOf(analyze(kb, "Zaire closed its border with Rwanda on Tuesday.", "1995-05-02"),
                "Zaire").code());
        assertEquals("COD", actorOf(analyze(kb, "Zaire closed its border with Rwanda on Tuesday.", "2005-05-03"),
                "Zaire").code());
    }

    @Test
    void aRecordWhoseBareDefaultHasRolesOnSomeDatesIsAnActorNotAPlace() {
        KnowledgeBase kb = mine(
                "OLENA_KOVALENKO_ [UKR]\n\t[UKRMIL 20150101-20191231]\n\t[UKRGOV 20200101-20231231]\n");
        Actor in2017 = actorOf(analyze(kb, "Olena Kovalenko inspected troops near Kharkiv on Tuesday.", "2017-05-02"),
                "Olena Kovalenko");
        Actor in2021 = actorOf(analyze(kb, "Olena Kovalenko opened a school near Kharkiv on Tuesday.", "2021-05-04"),
                "Olena Kovalenko");
        assertEquals(EntityType.PERSON, in2017.type());
        assertEquals("UKRMIL", in2017.code());
        assertEquals("UKRGOV", in2021.code());
    }

    @Test
    void aNameCodedWithACountryAloneIsAPersonOfTheTitleBeforeIt() {
        // a dictionary that codes a person with a country alone files them among the country's names
        KnowledgeBase kb = mine("MYKOLA_HRYBENKO_ [UKR]\n");
        Actor pm = actorOf(analyze(kb, "Ukrainian Prime Minister Mykola Hrybenko flew to Warsaw on Tuesday.",
                "2021-05-04"), "Mykola Hrybenko");
        assertEquals(EntityType.PERSON, pm.type());
        assertEquals("UKRGOV", pm.code());
        Actor alone = actorOf(analyze(kb, "Mykola Hrybenko flew to Warsaw on Tuesday.", "2021-05-04"),
                "Mykola Hrybenko");
        assertEquals("UKR", alone.code());
        Actor object = actorOf(analyze(kb, "The army sent reservists against Mykola Hrybenko on Tuesday.",
                "2021-05-04"), "Mykola Hrybenko");
        assertEquals("UKR", object.code());
    }

    @Test
    void aCountrysNameBeforeAnAgentOfItIsWhoseTheAgentIsAndTheAgentIsTheTarget() {
        KnowledgeBase kb = KnowledgeBase.builder().addBuiltin().addPetrarch("mine.agents.txt", new StringReader(
                "MAIN_OPPOSITION_BLOC [~OPP]\n")).build();
        Analysis a = Annals.pipeline(kb).analyze(new Document("t", "t", "Kenya held talks with the Uganda main "
                + "opposition bloc in Nairobi on Tuesday.", Metadata.of(LocalDate.parse("2021-05-04"), "t")));
        assertEquals(1, a.events().size());
        assertEquals("UGAOPP", a.actor(a.events().get(0).target().get(0)).code());
    }

    @Test
    void aDictionaryThatGivesACountrysNameToAnotherCountryTakesIt() {
        // two countries cannot share a name: the dictionary's code is the code, as in PETRARCH
        KnowledgeBase kb = KnowledgeBase.builder().addBuiltin()
                .add("countries.tsv", new StringReader("iso3\tname\nNZE\tAotearoa\n"))
                .addPetrarch("mine.actors.txt", new StringReader("NEW_ZEALAND [NZE]\n")).build();
        assertEquals("NZE", actorOf(analyze(kb, "New Zealand recalled its ambassador on Tuesday.", "2021-05-04"),
                "New Zealand").code());
        assertEquals("AUS", actorOf(analyze(kb, "Australia recalled its ambassador on Tuesday.", "2021-05-04"),
                "Australia").code());
    }

    @Test
    void problemsOfADictionaryAreProblemsOfTheKnowledgeBase() {
        KnowledgeBase kb = KnowledgeBase.builder().addPetrarch("mine.actors.txt",
                new StringReader("MAIA_SANDU_\n\t[MDAGOV 20201224-]\n")).build();
        assertEquals(List.of("mine.actors.txt:2: '20201224-' is not a date restriction (<DATE, >DATE or DATE-DATE); "
                        + "code skipped",
                "mine.actors.txt:1: 'MAIA SANDU' has no code that could be read; the record is skipped"),
                kb.problems());
    }

    // ---- end to end ---------------------------------------------------------------------------------------

    /** The built-in knowledge base with an actor dictionary of the test's own lines on top. */
    static KnowledgeBase mine(String actors) {
        return KnowledgeBase.builder().addBuiltin().addPetrarch("mine.actors.txt", new StringReader(actors)).build();
    }

    static Analysis analyze(KnowledgeBase kb, String text, String date) {
        return Annals.pipeline(kb).analyze(new Document("test", "test", text,
                Metadata.of(LocalDate.parse(date), "test")));
    }

    static Actor actorOf(Analysis a, String text) {
        Mention m = a.mentions().stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' among "
                        + a.mentions().stream().map(Mention::text).toList()));
        return a.actor(m.actor());
    }

    @Test
    void anActorOfADictionaryIsFoundAndCodedForTheArticlesDate() {
        KnowledgeBase kb = KnowledgeBase.builder().addBuiltin()
                .addPetrarch("ukraine.actors.txt", new StringReader(ACTORS)).build();
        Actor in2010 = actorOf(analyze(kb, "Petro Poroshenko opened a confectionery plant near Vinnytsia on "
                + "Tuesday, and Volodymyr Zelensky hosted a comedy show.", "2010-09-14"), "Petro Poroshenko");
        Actor in2022 = actorOf(analyze(kb, "Petro Poroshenko criticised the government in a speech in Kyiv on "
                + "Tuesday.", "2022-09-13"), "Petro Poroshenko");
        assertEquals("UKRBUS", in2010.code());
        assertEquals("UKROPP", in2022.code());
        assertEquals("people/petro-poroshenko", in2022.kb());
        Actor z2010 = actorOf(analyze(kb, "Volodymyr Zelensky hosted a comedy show in Kyiv on Saturday.",
                "2010-09-18"), "Volodymyr Zelensky");
        Actor z2022 = actorOf(analyze(kb, "VOLODYMYR ZELENSKYY addressed parliament in Kyiv on Tuesday.",
                "2022-09-13"), "VOLODYMYR ZELENSKYY");
        assertEquals("UKRMED", z2010.code());
        assertEquals("UKRGOV", z2022.code());
        assertEquals("Volodymyr Zelensky", z2022.name(), "the knowledge base's name, however the text writes it");
    }

    @Test
    void anAgentCodesAPersonWithTheCountryOfTheTitle() {
        KnowledgeBase kb = KnowledgeBase.builder().addBuiltin()
                .addPetrarch("ukraine.agents.txt", new StringReader(AGENTS)).build();
        Actor a = actorOf(analyze(kb, "Ukrainian Foreign Minister Olena Marchuk met reporters on Monday.",
                "2023-02-06"), "Olena Marchuk");
        assertEquals("UKRGOVFRM", a.code());
        assertNotNull(a.role());
    }
}

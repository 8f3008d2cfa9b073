package org.annals.core.entity;

import static org.annals.core.Fixtures.actorOf;
import static org.annals.core.Fixtures.analyze;
import static org.annals.core.Fixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.Fixtures;
import org.annals.core.model.Actor;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.MentionKind;
import org.junit.jupiter.api.Test;

/** Finding actors, resolving mentions to them, and coding them for the document's date. */
class EntityFinderTest {

    @Test
    void countriesCapitalsAndOrganisationsComeFromTheKnowledgeBase() {
        Analysis a = analyze("Delegates from Kenya met in Nairobi with envoys of the African Union and the "
                + "UN Security Council.");
        assertEquals("KEN", actorOf(a, "Kenya").code());
        assertEquals(EntityType.LOCATION, actorOf(a, "Nairobi").type());
        assertEquals("KEN", actorOf(a, "Nairobi").country());
        assertTrue(actorOf(a, "African Union").code().startsWith("IGO"));
        assertTrue(actorOf(a, "UN Security Council").code().startsWith("IGO"));
        Fixtures.assertSpansCoverText(a);
    }

    @Test
    void anUnknownOfficeHolderHoldsOfficeInTheOneCountryHisSentenceNames() {
        Analysis a = analyze("Opposition leaders in Malawi urged President Tamanda Chirwa to dissolve parliament.");
        assertEquals("MWIGOV", actorOf(a, "Tamanda Chirwa").code());
        Analysis two = analyze("Kenya and Uganda welcomed President Tamanda Chirwa to the summit.");
        assertEquals(null, actorOf(two, "Tamanda Chirwa").country(), "two countries named: none is sure");
    }

    @Test
    void aTownIsOfTheCountryItWasInOnTheArticlesDate() {
        Analysis before = analyze("Rebels shelled Juba on Sunday.", "2005-03-06");
        assertEquals("SDN", actorOf(before, "Juba").code(), "Juba was in Sudan in 2005");
        Analysis after = analyze("Rebels shelled Juba on Sunday.", "2016-07-10");
        assertEquals("SSD", actorOf(after, "Juba").code());
    }

    @Test
    void aRoleWordBeforeANounQualifiesItAndNamesNoBody() {
        Analysis a = analyze("Kenya and Uganda pledged military aid and police training on Monday.");
        assertTrue(mention(a, "military").isEmpty(), () -> a.mentions().toString());
        assertTrue(mention(a, "police").isEmpty(), () -> a.mentions().toString());
        Analysis b = analyze("Kenya and Uganda signed a deal on Monday. The military said it would help.");
        assertEquals("MIL", actorOf(b, "The military").role(), () -> b.mentions().toString());
    }

    @Test
    void aMinistryNamedByItsPortfolioIsItsCountrysGovernment() {
        assertEquals("INDGOV", codeOf("India's external affairs ministry rejected the offer.",
                "India's external affairs ministry"));
        assertEquals("JPNGOV", codeOf("The Japanese economy and trade ministry protested.",
                "Japanese economy and trade ministry"));
        // only a ministry or a department: a verb and an adjective before "military" name no body
        Analysis a = analyze("France and Germany held joint military exercises near the border.");
        assertTrue(mention(a, "Germany held joint military").isEmpty(), () -> a.mentions().toString());
    }

    @Test
    void thePeopleOfAnAreaOfOneCountryAreOfThatCountryAndTheJewishStateIsIsrael() {
        assertEquals("RUSREB", codeOf("Chechen separatists attacked a checkpoint.", "Chechen separatists"));
        assertEquals("CHNREL", codeOf("Tibetan monks marched in Lhasa.", "Tibetan monks"));
        assertEquals("ISR", codeOf("The Jewish state recalled its envoy.", "Jewish state"));
        // a people of several states names no country
        Analysis a = analyze("Kurdish fighters attacked a checkpoint.");
        assertTrue(a.mentions().stream().noneMatch(m -> m.actor() != null && a.actor(m.actor()).country() != null),
                () -> a.actors().toString());
    }

    @Test
    void theKingdomOrTheNorthIsTheCountryToldOfLastWhoseNamesHaveTheWord() {
        Analysis a = analyze("South Korea and North Korea met on Monday. The North later accused the South of "
                + "spying. Saudi Arabia hosted them. The kingdom said the talks went well.");
        assertEquals("PRK", actorOf(a, "North").code());
        assertEquals("KOR", actorOf(a, "South").code());
        assertEquals("SAU", actorOf(a, "kingdom").code());
        // a direction in lower case is no such word
        Analysis b = analyze("North Korea protested. Troops moved to the north of the peninsula.");
        assertTrue(mention(b, "north").isEmpty(), () -> b.mentions().toString());
    }

    @Test
    void aKnownSurnameRightBeforeAVerbAtTheStartOfASentenceIsThePerson() {
        // the tagger misses this one there
        Analysis a = analyze("Zelensky said on Monday that the front would hold.", "2024-03-04");
        assertEquals("UKRGOV", actorOf(a, "Zelensky").code(), () -> a.actors().toString());
    }

    /** The code of the actor of the mention {@code text} in {@code article}. */
    private static String codeOf(String article, String text) {
        Analysis a = analyze(article);
        return actorOf(a, text).code();
    }

    @Test
    void aNameEndsBeforeTheHyphenOfACompoundAdjective() {
        assertEquals("USA", codeOf("Chad joined the French-backed force and the US-led talks on Monday.", "US"));
        assertEquals("KOR", codeOf("South Korean envoy Park Ji-won met Chad's foreign minister.", "Park Ji-won")
                .substring(0, 3), "a given name with a hyphen stays whole");
    }

    @Test
    void aPossessiveIsNoPartOfTheNameBeforeIt() {
        Analysis a = analyze("The Taliban's leadership rejected the proposal on Monday.");
        assertEquals("Taliban", actorOf(a, "Taliban").name());
        assertTrue(actorOf(a, "Taliban").code().startsWith("AFG"), () -> a.actors().toString());
    }

    @Test
    void aPeopleNamedByItsDemonymIsItsCountryWhateverCapitalisedWordComesFirst() {
        assertEquals("GHA", codeOf("Young Ghanaians marched through Accra to demand jobs.", "Ghanaians"));
        assertEquals("NZL", codeOf("New Zealanders voted on Saturday.", "New Zealanders"),
                "a demonym of two words stays whole");
    }

    @Test
    void aCapitalBeforeARoleNounIsItsCountrysGroup() {
        Analysis a = analyze("Nairobi officials rejected the plan on Monday.");
        assertEquals("KENGOV", actorOf(a, "officials").code());
    }

    @Test
    void aCountrysPossessiveBeforeATitleIsTheCountryOfTheOffice() {
        Analysis a = analyze("Uganda's Prime Minister Tamanda Chirwa met Kenyan officials in Nairobi.");
        assertEquals("UGAGOV", actorOf(a, "Tamanda Chirwa").code());
    }

    @Test
    void whichHolderOfATitleStandsBeforeItAndADeputyPrimeMinisterGoverns() {
        Analysis a = analyze("Uganda's new Deputy Prime Minister Tamanda Chirwa met Kenyan officials in Nairobi.");
        assertEquals("UGAGOV", actorOf(a, "Tamanda Chirwa").code(), () -> a.mentions().toString());
        Analysis b = analyze("Uganda's first Deputy Minister Amos Kato met Kenyan officials in Nairobi.");
        assertEquals("UGAGOV", actorOf(b, "Amos Kato").code(), () -> b.mentions().toString());
    }

    @Test
    void anUnknownNameRightAfterARoleTitleIsItsHolderWhateverTheTaggerSays() {
        // a country the tagger has never seen makes it read the unknown name after it as a place
        KnowledgeBase kb = KnowledgeBase.builder().addBuiltin()
                .add("countries.tsv", new java.io.StringReader("iso3\tname\nVLD\tValdoria\n")).build();
        Analysis a = org.annals.core.Annals.pipeline(kb).analyze(org.annals.core.model.Document.of("t",
                "Valdoria President Umbardacil has again appealed for peace in Kenya in a message to the spiritual "
                        + "leader of the war-torn nation's influential Douzu community."));
        assertEquals(EntityType.PERSON, actorOf(a, "Umbardacil").type());
        assertEquals("VLDGOV", actorOf(a, "Umbardacil").code());
    }

    @Test
    void anUnknownBodyOfAKnownKindBelongsToTheOneCountryItsSentenceNames() {
        Analysis a = analyze("The Shan Farmers Party called a boycott of the vote in Myanmar on Friday.");
        assertEquals("MMR", actorOf(a, "Shan Farmers Party").country());
    }

    @Test
    void aWeekdayAfterAPlaceIsNoPartOfItButATeamMayCarryOne() {
        Analysis a = analyze("Striker Tom Hale scored twice as Sheffield Wednesday beat Leeds United 2-1 in the "
                + "league on Saturday. Israel Friday reimposed a closure on the West Bank.");
        assertEquals(EntityType.ORGANIZATION, actorOf(a, "Sheffield Wednesday").type());
        assertEquals("ISR", actorOf(a, "Israel").code());
    }

    @Test
    void aTitleWordEndsAKnownNameOnlyWhenTheTitleGoesOn() {
        Analysis a = analyze("The nationalist New Zealand First party joined the coalition.");
        assertEquals("New Zealand First", actorOf(a, "New Zealand First").name());
    }

    @Test
    void aLeadersAdministrationIsHisStatesGovernment() {
        Analysis a = analyze("The Biden administration imposed new tariffs on steel.", "2022-03-01");
        Actor administration = actorOf(a, "Biden administration");
        assertEquals(EntityType.ORGANIZATION, administration.type());
        assertEquals("USAGOV", administration.code());
        Analysis later = analyze("Historians still debate how the Biden administration handled the tariffs.",
                "2026-03-01");
        assertEquals("USAGOV", actorOf(later, "Biden administration").code(), "his last office's state");
    }

    @Test
    void aNationsWarplanesOrTanksAreItsMilitaryAndItsCompaniesAGroupOfItsBusinesses() {
        Analysis a = analyze("Syrian tanks shelled the town while Turkish helicopters circled overhead.");
        assertEquals("SYRMIL", actorOf(a, "Syrian tanks").code());
        assertEquals("TURMIL", actorOf(a, "Turkish helicopters").code());
        // several companies are no one body with a name: a group of Russia's businesses
        Analysis b = analyze("Russian companies signed supply deals in Tehran.");
        assertTrue(b.mentions().stream().noneMatch(m -> m.text().equals("Russian companies")
                && m.kind() == MentionKind.NAME), b.mentions().toString());
        assertEquals("RUSBUS", actorOf(b, "Russian companies").code());
    }

    @Test
    void aPersonIsCodedForTheDocumentsDate() {
        Actor before = actorOf(analyze("Joe Biden spoke in Delaware.", "2012-03-01"), "Joe Biden");
        Actor during = actorOf(analyze("Joe Biden spoke in Delaware.", "2022-03-01"), "Joe Biden");
        assertEquals("USAGOV", during.code());
        assertEquals("USA", during.country());
        assertEquals(before.kb(), during.kb());
    }

    @Test
    void aTitleMakesAnUnknownPersonKnown() {
        Analysis a = analyze("The talks were attended by Deputy Foreign Minister Tomas Vrbka of the Czech "
                + "Republic and by Representative of the Republic of Chile to the United Nations Ines Sotomarin.");
        Actor vrbka = actorOf(a, "Tomas Vrbka");
        assertEquals(EntityType.PERSON, vrbka.type());
        assertEquals("GOV", vrbka.role());
        Actor sotomarin = actorOf(a, "Ines Sotomarin");
        assertEquals("CHLGOV", sotomarin.code());
    }

    @Test
    void aNationalityInTheTitleGivesTheCountry() {
        Analysis a = analyze("Nigerian Defence Minister Bello Adamu Garba visited the base.");
        assertEquals("NGAGOV", actorOf(a, "Bello Adamu Garba").code());
    }

    @Test
    void anAppositionGivesRoleAndCountry() {
        Analysis a = analyze("Yusuf Kamara, an opponent of the Sierra Leonean president, flew to London.");
        Actor kamara = actorOf(a, "Yusuf Kamara");
        assertEquals("OPP", kamara.role());
        assertEquals("SLE", kamara.country());
    }

    @Test
    void aDelegationNamesTheCountryOfTheListThatFollows() {
        Analysis a = analyze("Representing the Kenyan side were Presidential Adviser Wanjiru Otieno and "
                + "Chief of the Defence Forces Kiprono Mutai.");
        assertEquals("KENGOV", actorOf(a, "Wanjiru Otieno").code());
        assertEquals("KENMIL", actorOf(a, "Kiprono Mutai").code());
    }

    @Test
    void surnamesDescriptionsAndPronounsResolveToOnePerson() {
        Analysis a = analyze("Turkish President Recep Tayyip Erdogan arrived in Baku on Monday. "
                + "Erdogan said he expected progress. The Turkish president later left for Ankara.",
                "2023-05-02");
        Actor erdogan = actorOf(a, "Recep Tayyip Erdogan");
        assertEquals("TURGOV", erdogan.code());
        assertEquals(erdogan.id(), actorOf(a, "Erdogan").id());
        assertEquals(erdogan.id(), actorOf(a, "he").id());
        assertEquals(erdogan.id(), actorOf(a, "The Turkish president").id());
        assertEquals(MentionKind.NOMINAL, mention(a, "The Turkish president").orElseThrow().kind());
        assertEquals(MentionKind.PRONOUN, mention(a, "he").orElseThrow().kind());
    }

    @Test
    void aPlaceNameSharedByCountriesIsReadInTheArticlesContext() {
        Analysis ps = analyze("Palestinian officials said the pilgrims reached Bethlehem from Ramallah.");
        assertEquals("PSE", actorOf(ps, "Bethlehem").country());
        Analysis us = analyze("The steel plant in Bethlehem, Pennsylvania, closed after American demand fell.");
        assertEquals("USA", actorOf(us, "Bethlehem").country());
    }

    @Test
    void seatsOfPowerStandForTheirGovernments() {
        Analysis a = analyze("The Kremlin said on Friday that the White House had not replied.");
        assertEquals("RUSGOV", actorOf(a, "Kremlin").code());
        assertEquals("USAGOV", actorOf(a, "White House").code());
        assertEquals(EntityType.ORGANIZATION, actorOf(a, "Kremlin").type());
    }

    @Test
    void capitalisedCommonWordsAreNotPlaces() {
        Analysis a = analyze("Of course the talks will go on. Police said March was calm.");
        assertEquals(0, a.mentions().stream().filter(m -> m.type() == EntityType.LOCATION).count());
    }

    @Test
    void twoPeopleWithTheSameCountryStayTwoActors() {
        Analysis a = analyze("Foreign Minister Ivo Kranjc met Defence Minister Marta Zupan of Slovenia.");
        assertNotEquals(actorOf(a, "Ivo Kranjc").id(), actorOf(a, "Marta Zupan").id());
    }

    @Test
    void aNationalityAndARoleWordCodeAnUnknownPerson() {
        Analysis a = analyze("Palestinian opponent Yusuf Karimi returned from exile.", "2021-06-01");
        assertEquals("PSEOPP", actorOf(a, "Yusuf Karimi").code());
    }

    @Test
    void aDescriptionWithoutANameResolvesToTheOfficeHolderOfTheDate() {
        Analysis a = analyze("The Russian foreign minister arrived in Cairo.", "2022-05-10");
        Actor minister = actorOf(a, "The Russian foreign minister");
        assertEquals("Sergei Lavrov", minister.name());
        assertEquals("RUSGOV", minister.code());
    }

    @Test
    void aLeaderIsThePersonOfThatCountryNamedBefore() {
        Analysis a = analyze("Chilean President Gabriel Boric flew to Lima. The Chilean leader met business "
                + "groups there.", "2023-05-10");
        assertEquals(actorOf(a, "Gabriel Boric").id(), actorOf(a, "The Chilean leader").id());
    }

    @Test
    void anAgencyIsADescriptionCodedWithItsCountryAndRole() {
        Analysis a = analyze("The Sudanese army said it had repelled the attack.");
        Actor army = actorOf(a, "Sudanese army");
        assertEquals("SDNMIL", army.code());
        assertEquals(MentionKind.NOMINAL, mention(a, "Sudanese army").orElseThrow().kind());
    }

    @Test
    void theTaggerFindsPeopleTheKnowledgeBaseDoesNotKnow() {
        Analysis a = analyze("Striker Tomasz Wieczorek scored twice as the visitors won in Gdansk.");
        assertEquals(EntityType.PERSON, actorOf(a, "Tomasz Wieczorek").type());
        assertEquals(EntityType.LOCATION, actorOf(a, "Gdansk").type());
    }

    @Test
    void aNationalityBeforeAnUnknownNameMakesAPersonOfThatCountry() {
        Analysis a = analyze("Norwegian Eskil Brandtzaeg outpointed Kenya's Otieno Wambua in the final in Oslo.");
        Actor skater = actorOf(a, "Eskil Brandtzaeg");
        assertEquals(EntityType.PERSON, skater.type());
        assertEquals("NOR", skater.country());
    }

    @Test
    void aNationalityBeforeCommonWordsIsNoPerson() {
        Analysis a = analyze("He won the Spanish Grand Prix and then the Franco-German summit opened in Lyon.");
        assertTrue(a.actors().stream().noneMatch(x -> x.type() == EntityType.PERSON && !x.name().equals("He")),
                () -> a.actors().toString());
    }

    @Test
    void aClauseBeforeANameIsNoTitle() {
        Analysis a = analyze("Most residents of the valley are Alevis who came there in Ottoman times.");
        assertTrue(mention(a, "Alevis").map(m -> m.type() != EntityType.PERSON).orElse(true),
                () -> a.mentions().toString());
    }

    @Test
    void aNationalityIsTheFirstWordOfAnOrganisationsName() {
        Analysis a = analyze("Rivals accused British Airways of dumping fares, said the head of the Brazilian "
                + "Dental Surgery Society.");
        assertEquals(EntityType.ORGANIZATION, actorOf(a, "British Airways").type());
        assertEquals(EntityType.ORGANIZATION, actorOf(a, "Brazilian Dental Surgery Society").type());
    }

    @Test
    void aCapitalisedInstitutionIsANameAndALowerCaseOneADescription() {
        Analysis a = analyze("The Kenyan Supreme Court annulled the vote, and the Kenyan police dispersed "
                + "the crowd.");
        assertEquals(MentionKind.NAME, mention(a, "Kenyan Supreme Court").orElseThrow().kind());
        assertEquals(MentionKind.NOMINAL, mention(a, "Kenyan police").orElseThrow().kind());
        assertEquals("KEN", actorOf(a, "Kenyan Supreme Court").country());
    }

    @Test
    void inAHeadlineInCapitalsATownsNameIsNoStateBody() {
        Analysis a = analyze("RUGBY UNION - WALES BEAT FIJI .\nCARDIFF 1996-12-06\nWales beat Fiji 34-20 "
                + "on Friday.");
        // Rugby is also a town: in capitals that is no reason to read "union" as its trade union
        assertTrue(mention(a, "RUGBY UNION").map(m -> m.kind() == MentionKind.NAME).orElse(true),
                () -> a.mentions().toString());
    }

    @Test
    void aTitleAloneIsNoName() {
        Analysis a = analyze("The president will visit the Pope in Rome next month, aides said.");
        assertTrue(mention(a, "Pope").map(m -> m.kind() != MentionKind.NAME).orElse(true),
                () -> a.mentions().toString());
    }

    @Test
    void clockTimesAndTimeZonesAreNoNames() {
        Analysis a = analyze("The plane vanished from radar at 1:30 A.M. EST ( 0630 GMT ) over the sea.");
        assertTrue(a.mentions().stream().noneMatch(m -> m.text().contains("A.M.") || m.text().contains("GMT")),
                () -> a.mentions().toString());
    }

    @Test
    void aCountrysPossessiveBeforeAnOfficeDescribesItsHolder() {
        Analysis a = analyze("Russia's foreign minister urged Ukraine to respond to the proposals.", "2022-05-10");
        Actor minister = actorOf(a, "foreign minister");
        assertEquals("RUSGOV", minister.code());
        assertEquals("Sergei Lavrov", minister.name());
    }

    @Test
    void peopleNamedByRoleAndTheirCountryAreAGroupOfThatCountry() {
        assertEquals("UKRMIL", actorOf(analyze("Soldiers from Ukraine cordoned off the roads."), "Soldiers").code());
        assertEquals("FRAGOV", actorOf(analyze("The ambassadors of France presented their credentials."),
                "The ambassadors").code());
    }

    @Test
    void aCountrysPossessiveBeforeAPluralRoleIsAGroupOfThatCountry() {
        Analysis a = analyze("Kenya's lawmakers rejected the budget, and Uganda's soldiers crossed the border.");
        Actor lawmakers = actorOf(a, "lawmakers");
        assertEquals("KENLEG", lawmakers.code(), () -> a.mentions().toString());
        assertEquals("UGAMIL", actorOf(a, "soldiers").code());
        assertEquals("KEN", actorOf(a, "Kenya").code(), "the country keeps its own mention");
    }

    @Test
    void aRoleJoinedToACountrysGroupIsThatCountrysToo() {
        Analysis a = analyze("Kenyan officials and soldiers met the Ugandan government and media on Monday.");
        assertEquals("KENMIL", actorOf(a, "soldiers").code(), () -> a.mentions().toString());
        assertEquals("UGAMED", actorOf(a, "media").code());
    }

    @Test
    void formerHoldersOfARoleNamedAfterTheirCountryAreItsElites() {
        Analysis a = analyze("Kenya former officials met former Uganda soldiers and Uganda soldiers on Monday.");
        assertEquals("KENELI", actorOf(a, "former officials").code(), () -> a.mentions().toString());
        assertEquals(List.of("UGAELI", "UGAMIL"), a.mentions().stream().filter(m -> m.text().equals("soldiers"))
                .map(m -> a.actor(m.actor()).code()).toList(), "the former and the serving are two groups");
    }

    @Test
    void peopleNamedByRoleAndSeveralCountriesAreOneGroupPerCountry() {
        Analysis a = analyze("Lawmakers in Poland and Hungary welcomed the vote.");
        assertEquals("POLLEG", actorOf(a, "Lawmakers in Poland").code(), () -> a.mentions().toString());
        assertEquals("HUNLEG", actorOf(a, "Hungary").code());
        Analysis b = analyze("The ambassadors of Kenya, Uganda, and Ghana presented their credentials.");
        assertEquals("KENGOV", actorOf(b, "The ambassadors of Kenya").code(), () -> b.mentions().toString());
        assertEquals("UGAGOV", actorOf(b, "Uganda").code());
        assertEquals("GHAGOV", actorOf(b, "Ghana").code());
        // a list that also names something else than a country is left as it is: lawmakers of no country
        Analysis c = analyze("Lawmakers in Poland and the European Union welcomed the vote.");
        assertNull(actorOf(c, "Lawmakers").country(), () -> c.mentions().toString());
        assertEquals("POL", actorOf(c, "Poland").code());
    }

    @Test
    void aRegionInATitleGivesItsCountry() {
        assertEquals("USAGOV", actorOf(analyze("Texas Governor Dale Whitcombe vetoed the bill."),
                "Dale Whitcombe").code());
    }

    @Test
    void aShortFormInBracketsNamesTheSameActor() {
        Analysis a = analyze("The Horn Relief Council (HRC) opened an office in Nairobi. HRC staff arrived on Monday.");
        Actor council = actorOf(a, "Horn Relief Council");
        assertEquals(council.id(), actorOf(a, "HRC").id());
        assertEquals(3, a.mentions().stream().filter(m -> council.id().equals(m.actor())).count(),
                () -> a.mentions().toString());
    }

    @Test
    void aNationalityBeforeAPeoplesPluralOrBodiesInThePluralIsAGroupOfThatCountry() {
        Analysis a = analyze("Thousands of Iraqi Kurds demonstrated in Erbil on Sunday.");
        Actor kurds = actorOf(a, "Iraqi Kurds");
        assertEquals("IRQ", kurds.country());
        assertEquals(EntityType.PERSON, kurds.type());
        Actor unions = actorOf(analyze("Nigerian trade unions called off the strike."), "Nigerian trade unions");
        assertEquals("NGALAB", unions.code());
        assertEquals(EntityType.ORGANIZATION, unions.type());
    }

    @Test
    void aNationalityBeforeAKnownNameIsNoPartOfIt() {
        Analysis a = analyze("In an interview with the Russian Sputnik agency, the minister said talks would resume.");
        assertEquals("RUSMED", actorOf(a, "Sputnik").code());
        // a name that starts with a nationality stays whole
        assertEquals("SAU", actorOf(analyze("Norway will help defend Saudi Arabia."), "Saudi Arabia").code());
    }

    @Test
    void aNameNeverStartsWithTheHyphenOfACompound() {
        Analysis a = analyze("The president welcomed the Prime Minister of India at the start of Franco-Indian talks.");
        assertTrue(a.mentions().stream().noneMatch(m -> m.text().startsWith("-")), () -> a.mentions().toString());
    }

    @Test
    void aDamIsAPlaceAndItsShortFormToo() {
        Analysis a = analyze("Talks over the Grand Kenyan Highland Dam (GKHD) collapsed on Monday.");
        assertEquals(EntityType.LOCATION, actorOf(a, "Grand Kenyan Highland Dam").type());
        assertEquals(actorOf(a, "Grand Kenyan Highland Dam").id(), actorOf(a, "GKHD").id());
        assertEquals(EntityType.LOCATION, actorOf(a, "GKHD").type());
    }

    /** The mentions' texts of an analysis, in text order. */
    private static java.util.List<String> mentionTexts(Analysis a) {
        return a.mentions().stream().map(m -> m.text()).toList();
    }

    @Test
    void aHeadlineInTitleCaseNamesNoOneByItsCapitalsAlone() {
        Analysis a = analyze("Governor Claims The Dam Will Open In May\n\nThe governor told reporters on Monday that "
                + "work on the dam was nearly done.\n");
        assertTrue(a.mentions().stream().noneMatch(m -> m.text().contains("Claims")), mentionTexts(a).toString());
        Analysis b = analyze("President Says Talks Will Resume\n\nThe talks will resume next week, the president's "
                + "office said.\n");
        assertTrue(b.mentions().stream().noneMatch(m -> m.type() == EntityType.PERSON), mentionTexts(b).toString());
    }

    @Test
    void aHeadlineNameIsTakenAsFarAsTheBodyOrTheKnowledgeBaseNamesIt() {
        Analysis a = analyze("Mayor Jane Okafor Wins Second Term In Tight Race\n\nJane Okafor won 51 percent of the "
                + "vote, officials said on Sunday.\n");
        assertTrue(mention(a, "Jane Okafor").isPresent(), mentionTexts(a).toString());
        assertTrue(mentionTexts(a).stream().noneMatch(t -> t.contains("Wins")), mentionTexts(a).toString());
        Analysis b = analyze("Scholz Calls Erdogan Over Grain Deal\n\nGerman Chancellor Olaf Scholz spoke to Turkish "
                + "President Recep Tayyip Erdogan by phone on Tuesday.\n");
        assertEquals(actorOf(b, "Olaf Scholz"), actorOf(b, "Scholz"));
        assertEquals(actorOf(b, "Recep Tayyip Erdogan"), actorOf(b, "Erdogan"));
    }

    @Test
    void aLineOfNamesAndFiguresIsNoHeadline() {
        Analysis a = analyze("Results on Saturday:\n\nArsenal 2 Chelsea 1 , Leeds 0 Everton 3\n");
        assertTrue(mentionTexts(a).containsAll(java.util.List.of("Arsenal", "Chelsea")), mentionTexts(a).toString());
    }
    /** An article about Zambia alone: its datelined capital, its country named, its own people and places. */
    private static final String ABOUT_ZAMBIA = "Lusaka rally ends in arrests\n\n"
            + "LUSAKA, March 4, 2025 - Zambia's opposition held its largest rally in years on Saturday in Lusaka. "
            + "Police arrested 30 protesters near the parliament, and the government said troops would guard the city. "
            + "President Chanda Mwale said the courts would hear the case. The president later met lawmakers from "
            + "Ndola and Kitwe. The ambassador of a neighbouring state and WHO Director-General Amos Tembo said little.";

    @Test
    void bodiesAndOfficialsNamedWithoutACountryAreThoseOfTheCountryTheArticleIsAbout() {
        Analysis a = analyze(ABOUT_ZAMBIA);
        assertEquals("ZMBCOP", actorOf(a, "Police").code());
        assertEquals("ZMBGOV", actorOf(a, "the government").code());
        assertEquals("ZMBMIL", actorOf(a, "troops").code());
        assertEquals("ZMBLEG", actorOf(a, "lawmakers").code());
        assertEquals("ZMBCVL", actorOf(a, "protesters").code());
        // an office-holder the knowledge base does not know, and "the president" after him, are one actor
        assertEquals("ZMBGOV", actorOf(a, "Chanda Mwale").code());
        assertEquals(actorOf(a, "Chanda Mwale"), actorOf(a, "The president"));
    }

    @Test
    void postsHeldAbroadOrInInternationalBodiesAreNotTheArticlesCountrys() {
        Analysis a = analyze(ABOUT_ZAMBIA);
        assertTrue(mention(a, "The ambassador").map(m -> a.actor(m.actor()).code()).isEmpty(),
                () -> a.actors().toString());
        String tembo = actorOf(a, "Amos Tembo").code();
        assertTrue(tembo == null || !tembo.startsWith("ZMB"), tembo);
    }

    @Test
    void aWordThatNamesATownAndIsAnOfficeHoldersSurnameIsThePersonOnlyOnceNamedInFull() {
        Analysis flood = analyze("Flood warning\n\nHOUSTON, March 3, 2023 - Heavy rain closed roads across Texas on "
                + "Friday. Austin reported the worst flooding in a decade, and officials in Dallas said schools "
                + "would stay shut.");
        assertEquals(EntityType.LOCATION, actorOf(flood, "Austin").type(), "not the US defence secretary of 2023");
        Analysis talks = analyze("Peace talks\n\nBOGOTA, March 3, 2016 - Colombian President Juan Manuel Santos met "
                + "rebel leaders in Havana on Tuesday. Santos said the talks would go on.");
        assertEquals(actorOf(talks, "Juan Manuel Santos"), actorOf(talks, "Santos"), "not the Brazilian port");
    }

    @Test
    void theTitleOfSomeBodysOfficialIsNotTheArticlesCountrysAndAGroupIsNoHeOrShe() {
        Analysis a = analyze(ABOUT_ZAMBIA + " Mercy Banda, the president of the teachers' union, said workers would "
                + "strike, and she called for talks. ZNUT President Joseph Phiri agreed.");
        assertEquals(null, actorOf(a, "Mercy Banda").code());
        assertEquals(null, actorOf(a, "Joseph Phiri").code());
        assertEquals("ZMBLAB", actorOf(a, "workers").code());
        assertEquals(actorOf(a, "Mercy Banda"), actorOf(a, "she"));
    }

    @Test
    void anArticleAboutTwoCountriesOrAnInternationalBodysBusinessLendsNoCountry() {
        Analysis two = analyze("Kenya and Uganda signed a border deal in Nairobi and Kampala on Monday. "
                + "Kenyan and Ugandan ministers were there. Police said the government would pay for the road.");
        assertNull(actorOf(two, "Police").country(), () -> two.actors().toString());
        assertEquals("COP", actorOf(two, "Police").role(), "a body of its role, of no country");
        assertNull(actorOf(two, "the government").country(), () -> two.actors().toString());
        Analysis eu = analyze("Ministers of the European Union met in Brussels on Monday. The European Union's "
                + "presidency said the EU would vote on the rules in May. Police said 20 farmers were detained.");
        assertNull(actorOf(eu, "Police").country(), () -> eu.actors().toString());
        // the host of a meeting of many countries: Belgium leads, but not all the others together
        Analysis host = analyze("Farm ministers from France, Italy, Poland, Austria and the Netherlands met in "
                + "Brussels on Monday. Belgian police guarded the building, and the Belgian prime minister said the "
                + "talks would go on. Farmers blocked the roads, and a union of European farmers' groups said "
                + "ministers must act.");
        assertNull(actorOf(host, "Farmers").country(), () -> host.actors().toString());
    }

    @Test
    void aCountryNamedOnlyInADescriptionIsAnActorWithNoMentionOfItsOwn() {
        Analysis a = analyze("Kenyan police arrested two smugglers.");
        List<Actor> kenya = a.actors().stream().filter(x -> "KEN".equals(x.code())).toList();
        assertEquals(1, kenya.size(), a.actors()::toString);
        assertEquals("countries/KEN", kenya.get(0).kb());
        assertEquals("Kenyan police", a.covered(kenya.get(0).span()), "the description that names it");
        assertTrue(a.mentions().stream().noneMatch(m -> m.actor().equals(kenya.get(0).id())));
        // a country named by its name is not added twice
        Analysis b = analyze("Kenyan police arrested two smugglers in Kenya.");
        assertEquals(1, b.actors().stream().filter(x -> "KEN".equals(x.code())).count(), b.actors()::toString);
    }

    @Test
    void theOnlyCountryNamedWithABodyOfItsOwnIsTheArticlesCountry() {
        Analysis a = analyze("Belarusian riot police dispersed the protesters.");
        assertEquals("BLRCVL", actorOf(a, "the protesters").code());
        // a body described with its country's name counts as the name does
        assertEquals("MMROPP", actorOf(analyze("Myanmar's junta seized the assets of the opposition."),
                "the opposition").code());
        // one person's nationality says nothing of whose the rebels are
        Analysis b = analyze("The rebels freed a Dutch engineer.");
        assertNull(actorOf(b, "The rebels").code());
    }

    @Test
    void aPeoplesOrACreedsAdjectiveBeforeAGroupIsNoName() {
        Analysis a = analyze("Turkish troops killed 15 Kurdish rebels in clashes in the southeast.");
        assertEquals("TURREB", actorOf(a, "Kurdish rebels").code(), "rebels of the article's country");
        Analysis b = analyze("Maoist rebels set fire to a bus.");
        assertNull(actorOf(b, "Maoist rebels").code(), "rebels of no country named");
    }

    @Test
    void aCountrysPossessiveBeforeABodyMakesItThatCountrysBody() {
        assertEquals("NPLOPP", actorOf(analyze("Nepal's opposition called a general strike."), "opposition").code());
        // one lower-case word may qualify people of a role after a nationality; people of a body take its role
        assertEquals("CHNMIL", actorOf(analyze("Chinese naval forces held drills near Taiwan."),
                "Chinese naval forces").code());
        assertEquals("COLCRM", actorOf(analyze("Colombian cartel gunmen ambushed a patrol."),
                "Colombian cartel gunmen").code());
    }

    @Test
    void statesOfThePastAreCodedAsTheirCodersCodedThem() {
        // a state that no longer exists has a code of its own; a state that changed its name goes on
        assertEquals("SUNMIL", actorOf(analyze("Soviet troops crossed the border.", "1979-12-27"),
                "Soviet troops").code());
        assertEquals("YUG", actorOf(analyze("Yugoslavia recalled its envoy.", "1992-05-01"), "Yugoslavia").code());
        assertEquals("CODMIL", actorOf(analyze("Zairean troops crossed the border.", "1996-10-20"),
                "Zairean troops").code());
        assertEquals("KHM", actorOf(analyze("Kampuchea accused Thailand.", "1985-02-01"), "Kampuchea").code());
    }

    @Test
    void anArabicArticleInLowerCaseOpensAKnownName() {
        Analysis a = analyze("Kenyan troops fought al-Shabaab fighters near the border.");
        assertEquals("SOMREB", actorOf(a, "al-Shabaab").code());
        assertEquals("SOMREB", actorOf(analyze("Al-Shabaab claimed the attack."), "Al-Shabaab").code());
    }

    @Test
    void anOrganisationIsFoundInBritishSpellingToo() {
        Analysis a = analyze("The Organisation of American States suspended Peru's membership.");
        assertEquals("IGOOAS", a.actor(a.mentions().get(0).actor()).code(), () -> a.mentions().toString());
    }

    @Test
    void withoutADateATitleSaysWhichOfSomeonesOfficesTheTextMeans() {
        // Tony Blair was prime minister (1997-2007), then the Quartet's envoy (2007-2015)
        Analysis titled = analyze("British Prime Minister Tony Blair met Yasser Arafat in Gaza.");
        assertEquals("GBRGOV", actorNamed(titled, "Tony Blair").code());
        Analysis bare = analyze("Tony Blair met Yasser Arafat in Gaza.");
        assertEquals("IGOQRT", actorNamed(bare, "Tony Blair").code(), "no title: the latest office");
        Analysis former = analyze("Former British Prime Minister Tony Blair met Mahmoud Abbas in Ramallah.");
        assertEquals("IGOQRT", actorNamed(former, "Tony Blair").code(), "a former office is not held");
    }

    @Test
    void aWordThatQualifiesARoleAfterACountrysPossessiveKeepsTheRoleTheCountrys() {
        Analysis a = analyze("Iran's hardline judiciary closed two newspapers on Sunday.");
        assertEquals("IRNJUD", actorNamed(a, "hardline judiciary").code(), () -> a.actors().toString());
        Analysis b = analyze("Pakistan's former prime minister said the army would stay out of politics.");
        assertEquals("PAKELI", actorNamed(b, "former prime minister").code(), () -> b.actors().toString());
    }

    @Test
    void ofNamesakesWhoHeldOfficeTheOneWhoHeldItLongerIsMeantByTheBareName() {
        // Hosni Mubarak (Egypt, 1981-2011) against Ahmed bin Mubarak (Yemen, 2020-2025)
        Analysis a = analyze("Mubarak said on Sunday that he would not attend the summit.");
        assertEquals("EGYGOV", actorNamed(a, "Hosni Mubarak").code(), () -> a.actors().toString());
    }

    @Test
    void aKnownSurnameOpeningTheSentenceBeforeAndAndAnotherNameIsThePerson() {
        Analysis a = analyze("Chirac and Schroeder met in Nice on Thursday.");
        assertEquals("FRAGOV", actorNamed(a, "Jacques Chirac").code(), () -> a.actors().toString());
    }

    @Test
    void aCountrysPossessiveInAnAppositionSaysWhoseTheOfficeIs() {
        Analysis a = analyze("Tamar Okonjo, Nigeria's deputy foreign minister, accused Ghana of smuggling.");
        assertEquals("NGAGOV", actorNamed(a, "Tamar Okonjo").code(), () -> a.actors().toString());
    }

    private static org.annals.core.model.Actor actorNamed(Analysis a, String name) {
        return a.actors().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(a.actors().toString()));
    }
}

package org.annals.core.event;

import static org.annals.core.Fixtures.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.annals.core.Fixtures;
import org.annals.core.model.Analysis;
import org.annals.core.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Coding events: type, mode, source, target, place, date, evidence. */
class EventCoderTest {

    /** The events of a text as "TYPE[/mode] SRC>TGT @place date", with actors shown by country. */
    private static List<String> events(Analysis a) {
        return a.events().stream().map(e -> describe(a, e)).toList();
    }

    private static String describe(Analysis a, Event e) {
        return e.type() + (e.mode() == null ? "" : "/" + e.mode()) + " " + countries(a, e.source()) + ">"
                + countries(a, e.target()) + (e.place() == null ? "" : " @" + a.actor(e.place()).name())
                + " " + e.date() + (e.negated() ? " negated" : "");
    }

    private static String countries(Analysis a, List<String> ids) {
        return String.join("+", ids.stream().map(id -> String.valueOf(a.actor(id).country())).toList());
    }

    /**
     * Asserts that the text, told on 2024-03-04, codes an event whose description starts with {@code type} and
     * holds {@code dyad} (" RUS>UKR"; empty for any).
     */
    private static void assertCodes(String text, String type, String dyad) {
        List<String> coded = events(analyze(text, "2024-03-04"));
        assertTrue(coded.stream().anyMatch(e -> e.startsWith(type) && e.contains(dyad)), coded::toString);
    }

    /** Asserts that no event of {@code text} starts with any of {@code starts} ("THREATEN", "REQUEST EGY>EGY"). */
    private static void assertNoEvent(String text, String... starts) {
        List<String> coded = events(analyze(text, "2024-03-04"));
        assertTrue(coded.stream().noneMatch(e -> java.util.Arrays.stream(starts).anyMatch(e::startsWith)),
                coded::toString);
    }

    @Test
    void theCrowdATearGasVolleyIsFiredAtIsItsTargetAndThePoliceOfTheArticlesCountryFireIt() {
        Analysis a = analyze("Clashes in Blantyre\n\nBLANTYRE, Malawi - Malawi's opposition marched for a second "
                + "day in Blantyre. Police fired tear gas at protesters near the market.", "2024-03-04");
        assertTrue(events(a).contains("ASSAULT/crowd-control MWI>MWI @Blantyre null"), () -> events(a).toString());
        assertEquals("MWICOP", a.actor(a.events().stream().filter(e -> "ASSAULT".equals(e.type())).findFirst()
                .orElseThrow().source().get(0)).code());
    }

    @Test
    void aStatesInstitutionNamedWithOfActsForItAlongsideOthers() {
        Analysis a = analyze("Kenya and the government of Uganda condemned Somalia on Monday.", "2024-03-04");
        assertEquals(1, a.events().size(), () -> events(a).toString());
        assertEquals(List.of("KEN", "UGAGOV"), a.events().get(0).source().stream().map(id -> a.actor(id).code())
                .toList(), () -> a.mentions().toString());
        Analysis b = analyze("The army of Chad shelled the positions of the rebels on Monday.", "2024-03-04");
        assertEquals("TCDMIL", b.actor(b.events().get(0).source().get(0)).code(), () -> b.mentions().toString());
    }

    @Test
    void aMeetingWithItsPlaceAndTheDateOfItsSentence() {
        Analysis a = analyze("Japanese Prime Minister Fumio Kishida met Indonesian President Joko Widodo in "
                + "Jakarta on September 6, 2023.");
        assertEquals(List.of("CONSULT JPN>IDN @Jakarta 2023-09-06"), events(a));
        Event e = a.events().get(0);
        assertEquals("met", a.covered(e.trigger()));
        assertEquals(a.text(), a.covered(e.span()));
        assertEquals("040", e.cameo());
    }

    @Test
    void aPhoneCallIsConsultWithModePhone() {
        Analysis a = analyze("German Chancellor Olaf Scholz spoke by telephone with Turkish President "
                + "Recep Tayyip Erdogan in August 2022.", "2022-08-09");
        assertEquals(List.of("CONSULT/phone DEU>TUR 2022-08"), events(a));
    }

    @Test
    void adverbsOfDegreeAndNegationBetweenSubjectAndVerbLeaveTheSubjectActing() {
        // (refusals announced: REJECT)
        assertCodes("Kenya can't ever accept the border demands of Somalia, its envoy said.", "REJECT", "KEN>SOM");
        assertCodes("Kenya most certainly will not even meet Somali officials this week.", "REJECT", "KEN>SOM");
    }

    @Test
    void whoReportsAnActIsNoRecipientOfIt() {
        List<String> coded = events(analyze("Kenya will seek military help in Uganda, Reuters reported.", "2024-03-04"));
        assertTrue(coded.stream().anyMatch(e -> e.startsWith("REQUEST") && e.contains("KEN>UGA")), coded::toString);
        coded = events(analyze("Kenya demanded an apology on Monday, the Ethiopian foreign ministry said.",
                "2024-03-04"));
        assertTrue(coded.stream().noneMatch(e -> e.contains(">ETH")), coded::toString);
    }

    @Test
    void whoMadeTheObjectOfAnActByAParticipleReceivesIt() {
        assertCodes("Kenya welcomed the peace plan drawn up by Ethiopia on Monday.", "SUPPORT", "KEN>ETH");
        assertCodes("Kenya rejected the proposals sent by Somalia last week.", "REJECT", "KEN>SOM");
    }

    @Test
    void aVerbAfterAndWithNoSubjectOfItsOwnHasTheSubjectOfTheVerbBefore() {
        assertCodes("The Kenyan government condemned the raid by Somali militants in southern Ethiopia on Thursday "
                + "and promised aid to the victims.", "AGREE", "KEN>");
    }

    @Test
    void neitherNorListsSubjectsAsAndDoes() {
        assertCodes("Neither Kenya nor Uganda condemned the raid on Somalia's border posts.", "ACCUSE", "KEN+UGA>");
    }

    @Test
    void aSubjectWithAPhraseAlongWithOthersStillActs() {
        assertEquals(List.of("REQUEST/yield KEN>SOM null"), events(analyze(
                "Kenya along with its neighbours demanded that Somalia reopen the border crossing.")));
        assertEquals(List.of("REQUEST/yield KEN>SOM null"), events(analyze(
                "Kenya together with Uganda demanded that Somalia reopen the border crossing.")));
    }

    @Test
    void aTimeBetweenTheVerbAndThatLeavesTheClausesSubjectTheTarget() {
        assertEquals(List.of("REQUEST/yield KEN>SOM 2024-03-01"), events(analyze(
                "Kenya demanded on Friday that Somalia reopen the border crossing.", "2024-03-04")));
    }

    @Test
    void withNoOtherRecipientThePlaceWhereItHappenedIsTheTarget() {
        // the place stays the place, and the country where the curfew is lifted is what it is done to
        List<String> coded = events(analyze("Ethiopia lifted the curfew in Eritrea on Sunday.", "2024-03-04"));
        assertEquals(1, coded.size(), coded::toString);
        assertTrue(coded.get(0).startsWith("CONCEDE ETH>ERI @Eritrea"), coded::toString);
        // a meeting's place is no party to it
        assertEquals(List.of("CONSULT KEN>ETH @Nairobi null"), events(analyze(
                "Kenya held talks with Ethiopia in Nairobi.")));
    }

    @Test
    void anActInATownWithNoOneNamedToSufferItIsDoneToTheCountryThere() {
        // a domestic act: the recipient is the country of the town, the government's own
        List<String> coded = events(analyze("The Pakistani government banned all rallies in Karachi on Monday.",
                "2024-03-04"));
        assertEquals(1, coded.size(), coded::toString);
        assertTrue(coded.get(0).startsWith("COERCE/restrict PAK>PAK @Karachi"), coded::toString);
        // a talk's place stays no party to it
        Analysis talks = analyze("Kenyan officials held talks in Nairobi on Tuesday.", "2024-03-04");
        assertTrue(talks.events().stream().allMatch(e -> e.target().isEmpty()), events(talks)::toString);
    }

    @Test
    void aThreatIsMadeAgainstTheSubjectOfItsCondition() {
        assertCodes("Russia threatened on Monday to halt gas deliveries if Ukraine "
                + "failed to settle its debts.", "THREATEN", " RUS>UKR");
        assertCodes("Ethiopia has threatened to close its border unless the Sudanese "
                + "army withdraws from the disputed farmland.", "THREATEN", " ETH>SDN");
    }

    @Test
    void beingCommittedToIsAStanceNotAPassive() {
        assertCodes("The finance minister said Kenya is committed to reopening talks "
                + "with Somalia.", "AGREE KEN>", "");
        // before "to" and a noun it is a passive still: the agent after "by" acts
        List<String> passive = events(analyze("Five hundred troops were committed to the peacekeeping force in "
                + "Mali by Ghana.", "2024-03-04"));
        assertTrue(passive.stream().anyMatch(e -> e.contains(" GHA>")), passive::toString);
    }

    @Test
    void aWordBetweenTheArticleAndThePlaceStillLeavesItThePlace() {
        Analysis a = analyze("Indian troops were put on high alert in the restive Kashmir region on Friday.",
                "2024-03-01");
        assertTrue(a.events().stream().anyMatch(e -> e.place() != null
                && a.actor(e.place()).name().contains("Kashmir")), events(a)::toString);
    }

    @Test
    void exercisesOfTwoCountriesTogetherAreCooperation() {
        assertCodes("Indian and Japanese warships began five days of naval exercises "
                + "in the Bay of Bengal on Monday.", "COOPERATE IND+JPN>", "");
        List<String> alone = events(analyze("Indian warships began five days of naval exercises on Monday.",
                "2024-03-04"));
        assertTrue(alone.stream().anyMatch(e -> e.startsWith("MOBILIZE")), alone::toString);
    }

    @Test
    void aBodysWingOrForumNamedByACommonNounActsForIt() {
        List<String> coded = events(analyze("The Association of Southeast Asian Nations (ASEAN) forum has "
                + "agreed to set up a regional disaster fund, officials said on Friday.", "2024-03-04"));
        assertTrue(coded.stream().anyMatch(e -> e.startsWith("AGREE") && !e.startsWith("AGREE >")),
                coded::toString);
    }

    @Test
    void anEthnicGroupActsAsPeopleOfTheCountryTheyLiveIn() {
        List<String> coded = events(analyze("Thousands of ethnic Hungarians rallied in Romania on Sunday.",
                "2024-03-04"));
        assertTrue(coded.stream().anyMatch(e -> e.startsWith("PROTEST") && e.contains(" ROU>")), coded::toString);
    }

    @Test
    void aCountedObjectOfTheFirstVerbIsNoSubjectOfTheSecond() {
        List<String> coded = events(analyze("Somali militants abducted at least 12 Kenyan teachers near the border "
                + "and detonated a bomb in Mogadishu.", "2024-03-04"));
        assertTrue(coded.stream().noneMatch(e -> e.contains(" KEN>")), coded::toString);
    }

    /**
     * One sentence a rule: the rule's name, the sentence (told on 2024-03-04), the start of the event's
     * description and the dyad it holds (empty for any).
     */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("aProtestWithNoTargetIsAgainstTheAuthoritiesOfTheProtestersCountry",
                        "Kenyan students demonstrated on Tuesday, accusing the Kenyan police of "
                        + "beating peaceful marchers.",
                        "PROTEST", " KEN>KEN"),
                Arguments.of("aStatementSaysWhatItsIssuerSays",
                        "The Kenyan government issued a strongly worded statement condemning "
                        + "Somalia for the border raid.",
                        "ACCUSE", " KEN>SOM"),
                Arguments.of("anActAtHomeWithNoOneNamedIsDoneToTheActorsOwnCountry",
                        "Opposition parties in Bangladesh called a nationwide strike on Sunday.",
                        "PROTEST", " BGD>BGD"),
                Arguments.of("theGovernmentOfAPlaceIsThePlacesOwn",
                        "The government of Balochistan province has banned all public "
                        + "gatherings for a week.",
                        "COERCE", " PAK>"),
                Arguments.of("plainPeopleActingInAPlaceAreItsCivilians",
                        "Hundreds of students rallied in Dhaka on Monday.",
                        "PROTEST", " BGD>"),
                Arguments.of("membersListedAfterIncludingBelongToTheSubjectBeforeIt",
                        "Syrian aircraft including helicopter gunships killed twelve fighters "
                        + "near Aleppo on Sunday.",
                        "ASSAULT", " SYR>"),
                Arguments.of("anActorOfNoKnownCountryBesideOneOfAKnownCountry",
                        "Salim Okello and Ugandan students marched on Monday.",
                        "PROTEST", ""),
                Arguments.of("whoseThingsTheActIsDoneToSuffersIt",
                        "Syrian artillery shelled the positions of the Turkish army near the "
                        + "border on Sunday.",
                        "ASSAULT", " SYR>TUR"),
                Arguments.of("whoIsToDoWhatIsDemandedIsAsked",
                        "South Korea's parliament demanded a formal apology by Japan for "
                        + "wartime forced labour.",
                        "REQUEST", " KOR>JPN"),
                Arguments.of("anEmbassyOpenedInACapitalIsSupportForItsCountry",
                        "Kenya has opened an embassy in Havana, the foreign ministry said on "
                        + "Monday.",
                        "SUPPORT KEN>CUB", ""),
                Arguments.of("aPartysGovernmentActsForTheParty",
                        "The Kurdistan Democratic Party government banned all rallies in Erbil "
                        + "on Monday.",
                        "COERCE", " IRQ>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void aRuleCodesItsSentence(String rule, String text, String type, String dyad) {
        assertCodes(text, type, dyad);
    }

    @Test
    void aPossessorBeforeTheTargetOnlySaysWhose() {
        Analysis a = analyze("Kenya's foreign minister met Ethiopia's president in Addis Ababa.", "2024-03-04");
        Event e = a.events().get(0);
        assertEquals("president", a.covered(a.actor(e.target().get(0)).span()), events(a)::toString);
        assertEquals("ETHGOV", a.actor(e.target().get(0)).code());
    }

    @Test
    void aPronounAfterATimeIsTheSubjectItStandsFor() {
        assertEquals(List.of("SANCTION/discontinue KEN>SOM 2024-03-05"), events(analyze(
                "Kenya said on Tuesday it had halted aid to Somalia.", "2024-03-07")));
    }

    @Test
    void thePeopleOrTheMeansOfABodyActForIt() {
        Analysis a = analyze("NATO jets bombed the bridge near the border on Friday.");
        assertEquals(1, a.events().size(), events(a)::toString);
        assertEquals("ASSAULT", a.events().get(0).type());
        assertEquals("NATO", a.covered(a.actor(a.events().get(0).source().get(0)).span()));
    }

    @Test
    void aNameWithItsShortFormInBracketsIsTheSubject() {
        Analysis a = analyze("The Horn Relief Council (HRC) demanded that Somalia reopen the border.");
        assertEquals(1, a.events().size(), events(a)::toString);
        Event e = a.events().get(0);
        assertEquals("REQUEST", e.type());
        assertEquals("Horn Relief Council", a.covered(a.actor(e.source().get(0)).span()));
        assertEquals("SOM", a.actor(e.target().get(0)).country());
    }

    @Test
    void theSubjectsOwnNounEventIsTheSubjects() {
        assertEquals(List.of("REQUEST/yield KEN>SOM null"), events(analyze(
                "Kenya reiterated its demand that Somalia reopen the border.")));
    }

    @Test
    void bodiesCoordinatedWithABodysOwnActForIt() {
        List<String> coded = events(analyze("Israeli helicopters and tanks shelled positions near Rafah."));
        assertEquals(1, coded.size(), coded::toString);
        assertTrue(coded.get(0).startsWith("ASSAULT/heavy-weapons ISR>"), coded::toString);
    }

    @Test
    void theForcesOfTheBodyToldBeforeActForIt() {
        assertEquals(List.of("RETREAT/withdraw KEN>SOM null"), events(analyze(
                "Kenya said on Tuesday its troops had completed their withdrawal from Somalia.")).stream()
                .map(e -> e.replaceAll(" \\d{4}-\\d{2}-\\d{2}$", " null")).toList());
    }

    @Test
    void bothSidesAfterBetweenAreTargets() {
        assertEquals(List.of("SUPPORT KEN>ETH+ERI null"), events(analyze(
                "Kenya welcomed a resumption of formal diplomatic ties between Ethiopia and Eritrea.")));
    }

    @Test
    void aListClosedByACommaAndIsOneSubject() {
        assertEquals(List.of("SUPPORT RUS+USA+FRA>IRN null"), events(analyze(
                "Russia, the United States, and France welcomed the deal with Iran.")));
    }

    @Test
    void anAdverbInAPassiveLeavesItPassive() {
        assertEquals(List.of("ACCUSE SOM>KEN null"), events(analyze(
                "Kenya was strongly criticised by Somalia over the border closure.")).stream()
                .map(e -> e.replaceFirst("^ACCUSE/\\S+", "ACCUSE")).toList());
    }

    @Test
    void openingAnInvestigationIsAnInvestigation() {
        List<String> coded = events(analyze("Kenya's attorney general opened an investigation into the contract."));
        assertEquals(1, coded.size(), coded::toString);
        assertTrue(coded.get(0).startsWith("ACCUSE"), coded::toString);
        // an investigation's target follows "into", "against" or "of"
        assertEquals(List.of("ACCUSE/investigate KEN>SOM null"), events(analyze(
                "Kenya opened an investigation against Somalia.")));
    }

    @Test
    void sanctionsOnOrAgainstACountryTargetIt() {
        List<String> coded = events(analyze("Kenya imposed new sanctions against Somalia on Monday.", "2024-03-06"));
        assertEquals(1, coded.size(), coded::toString);
        assertTrue(coded.get(0).startsWith("SANCTION") && coded.get(0).contains(" KEN>SOM "), coded::toString);
    }

    @Test
    void aPersonNamedWithACountrysPossessiveActsHimself() {
        Analysis a = analyze("Kenya's president met a group of Somali elders in Nairobi.", "2024-03-06");
        assertEquals(1, a.events().size(), events(a)::toString);
        Event e = a.events().get(0);
        assertEquals("KENGOV", a.actor(e.source().get(0)).code());
        // "a group of" counts who was met, as "dozens of" does
        assertEquals("SOM", a.actor(e.target().get(0)).country());
    }

    @Test
    void talksAgreementsAndSupportInAPlaceDoNotTargetIt() {
        List<String> coded = events(analyze("The two leaders discussed the situation in Myanmar on Monday.",
                "2024-03-06"));
        assertTrue(coded.stream().noneMatch(e -> e.contains(">MMR")), coded::toString);
    }

    @Test
    void aMonthIsNoMarch() {
        assertEquals(List.of(), events(analyze("Kenya said the campaign it began in March 2022 was over.")));
    }

    @Test
    void aDatelineIsNoSubject() {
        List<String> coded = events(analyze("LISBON \u2014 Thousands of farmers drove tractors into the centre of "
                + "Lisbon on Tuesday, blocking roads around the European Union's offices."));
        assertTrue(coded.stream().noneMatch(e -> e.contains(" PRT>")), coded::toString);
    }

    @Test
    void thePossessorOfThePatternsNounIsNoTarget() {
        assertEquals(List.of("SUPPORT KEN>SOM null"), events(analyze(
                "Kenya reaffirmed Japan's support for Somalia.")));
    }

    @Test
    void callingForACeasefireIsARequestAndCallingOneAConcession() {
        assertTrue(events(analyze("Kenya called for a ceasefire in Sudan.")).get(0).startsWith("REQUEST"));
        assertTrue(events(analyze("Kenya called a ceasefire on Monday.")).get(0).startsWith("CONCEDE"));
    }

    @Test
    void aSecondVerbHasTheFirstOnesSubjectAndNeitherTakesTheOthersObject() {
        Analysis a = analyze("The Kenyan army accused the militia of targeting civilians and called on the "
                + "United Nations to act.");
        List<String> coded = events(a);
        assertEquals(2, coded.size(), coded::toString);
        // the accusation's target is not the UN, which belongs to the call
        assertTrue(coded.get(0).startsWith("ACCUSE") && coded.get(0).contains("KEN> "), coded::toString);
        assertTrue(coded.get(1).startsWith("REQUEST KEN>null"), coded::toString); // the UN has no country
        // the object of the first verb is not the subject of the second
        List<String> other = events(analyze("The army accused Somalia of hosting militias and called on the "
                + "United Nations to act."));
        assertTrue(other.stream().noneMatch(e -> e.startsWith("REQUEST SOM")), other::toString);
    }

    @Test
    void itAfterAndSaidIsTheSubjectOfTheVerbBefore() {
        List<String> coded = events(analyze("Kenya rejected Somalia's account of the talks and said it would not "
                + "accept any new proposal."));
        assertTrue(coded.stream().allMatch(e -> e.contains(" KEN>")), coded::toString);
    }

    @Test
    void anEnvoyToABodyActsHimselfNotTheBody() {
        Analysis a = analyze("Kenya's ambassador to the UN welcomed the resolution on Monday.", "2024-03-06");
        assertEquals(1, a.events().size(), events(a)::toString);
        assertEquals("KENGOV", a.actor(a.events().get(0).source().get(0)).code());
    }

    @Test
    void aCityAfterANamedSiteIsThePlace() {
        assertEquals(List.of("CONSULT KEN>ETH @Nairobi null"), events(analyze(
                "Kenya held talks with Ethiopia at State House, Nairobi, on peace efforts in Somalia.")));
    }

    @Test
    void aPlanOrADealDoesNotAct() {
        List<String> coded = events(analyze("The Lake Victoria Fisheries Initiative welcomed the new quotas, and "
                + "the group said it did not support the ban."));
        assertTrue(coded.isEmpty(), coded::toString);
    }

    @Test
    void coordinatedTargetsAreAllTargets() {
        assertEquals(List.of("CONSULT KEN>ETH+SOM+UGA null"), events(analyze(
                "Kenya held talks with Ethiopia, Somalia and Uganda on border security.")));
    }

    @Test
    void aCommaAfterTheTargetEndsItWhenNoAndClosesAList() {
        List<String> coded = events(analyze("Kenya held talks with Ethiopia, Somalia said."));
        assertEquals("CONSULT KEN>ETH null", coded.get(0));
    }

    @Test
    void coordinatedSubjectsMayCarryModifiers() {
        assertEquals(List.of("REQUEST/yield KEN+UGA>SOM null"), events(analyze(
                "Kenya and the neighbouring Uganda demanded that Somalia reopen the border crossing.")));
    }

    @Test
    void aPlaceToldLaterInTheSentenceIsNotTheEarlierEventsPlace() {
        Analysis a = analyze("German Chancellor Olaf Scholz praised Turkey for its role in the talks and said that "
                + "Germany was ready to help make sure the grain reached hungry countries in Africa.");
        Event praise = a.events().stream().filter(e -> e.type().equals("SUPPORT")).findFirst()
                .orElseThrow(() -> new AssertionError(events(a).toString()));
        assertEquals(null, praise.place(), events(a).toString());
    }

    @Test
    void aidGoesToTheRecipientAfterTo() {
        Analysis a = analyze("Japan has provided food and medicines to Madagascar.");
        assertEquals(List.of("AID JPN>MDG null"), events(a));
    }

    @Test
    void requestsAccusationsSupportAndRejection() {
        assertEquals(List.of("REQUEST/yield EGY> null"),
                events(analyze("Egypt called for an immediate ceasefire.")));
        assertEquals(List.of("ACCUSE/allege ETH>EGY null"),
                events(analyze("Ethiopia accused Egypt of distorting the facts.")));
        assertEquals(List.of("SUPPORT KEN>SOM null"),
                events(analyze("Kenya praised Somalia for the reforms.")));
        assertEquals(List.of("REJECT RWA> null"),
                events(analyze("Rwanda rejected the report.")));
    }

    @Test
    void aTheMeetingSentenceCompletesTheEventItRefersTo() {
        Analysis a = analyze("Chilean President Gabriel Boric held talks with Argentine President Javier Milei. "
                + "The meeting took place in Santiago.", "2024-02-01");
        assertEquals(List.of("CONSULT CHL>ARG @Santiago null"), events(a));
    }

    @Test
    void aDateInTheTextIsNeverReplacedByThePublicationDate() {
        Analysis a = analyze("Peru and Chile last met in December 2020, when Peru hosted the talks.",
                "2021-11-23");
        Event first = a.events().get(0);
        assertEquals("2020-12", first.date());
    }

    @Test
    void withoutAnyDateTheEventDateIsNull() {
        Analysis a = analyze("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago.");
        assertNull(a.events().get(0).date());
    }

    @Test
    void cooperationInTheFutureIsAgree() {
        Analysis a = analyze("Brazil will send aid to Bolivia.");
        assertEquals("AGREE", a.events().get(0).type());
    }

    @Test
    void countriesThatCooperateTogetherAreAllItsActorsWithNoRecipient() {
        assertCodes("Indonesia and Malaysia launched joint naval patrols in the Strait of Malacca.", "COOPERATE",
                " IDN+MYS> ");
        assertCodes("Chile and Peru exchanged intelligence on the smuggling ring.", "COOPERATE", " CHL+PER> ");
        Analysis a = analyze("Chile shared intelligence on the smuggling ring.", "2024-03-04");
        assertTrue(events(a).isEmpty(), "one country alone cooperates with no one: " + events(a));
    }

    @Test
    void anAttackNoOneIsNamedForIsCodedToTheCountryWhereItHappens() {
        assertCodes("Gunmen kidnapped 40 passengers from a bus in northern Nigeria on Sunday.", "ASSAULT/abduct",
                " NGA>NGA ");
        assertCodes("A suicide bomber killed nine people at a checkpoint in Kandahar.", "ASSAULT/suicide-attack",
                " AFG>AFG ");
        assertCodes("Unidentified gunmen shot dead a judge near Peshawar.", "ASSAULT", " PAK>PAK ");
        assertCodes("Two engineers were kidnapped by gunmen in southern Niger on Friday.", "ASSAULT/abduct",
                " NER>");
        // a named attacker stays the actor
        assertCodes("Syrian troops shelled the outskirts of Idlib.", "ASSAULT", " SYR>");
        // and a speaker is no attacker
        Analysis a = analyze("Residents said gunmen had fled into the hills, a security official in Mali said.",
                "2024-03-04");
        assertTrue(events(a).isEmpty(), events(a)::toString);
    }

    @Test
    void theOneCountedInAGroupActsForTheRelativeClause() {
        assertCodes("Amina Yusuf, a rival of the governor, was among the envoys who travelled to Nairobi in May.",
                "CONSULT/visit", ">KEN ");
        assertCodes("Chile was among those who criticised Peru on Monday.", "ACCUSE", " CHL>PER ");
    }

    @Test
    void forcesLedByACountryAreItsOwnButNotThoseItBacks() {
        assertCodes("The Nigerian-led force shelled rebel camps in Cameroon.", "ASSAULT", " NGA>CMR ");
        assertCodes("French-led troops stormed the town of Kidal in Mali.", "ASSAULT", " FRA>");
        assertCodes("Rebels shelled the French-backed government forces in Mali.", "ASSAULT", ">MLI ");
        assertCodes("Iran released the Greek-flagged tanker it had seized.", "RETREAT", "IRN>GRC");
    }

    @Test
    void aBodysOfficialOrExpertsNamedByTitleActForIt() {
        Analysis a = analyze("The UN secretary-general called for a ceasefire in Yemen.", "2024-03-04");
        Event request = a.events().stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
        assertEquals("IGOUNO", a.actor(request.source().get(0)).code(), "the UN's secretary-general asks for it");
        assertCodes("UN human rights experts condemned the executions in Iran.", "ACCUSE", "");
    }

    @Test
    void theWeaponOfAnActorActsForIt() {
        assertCodes("An Egyptian drone strike killed four smugglers near the border with Libya.", "ASSAULT/drone",
                " EGY>");
        assertCodes("Ethiopian rockets and drones struck targets in Tigray.", "ASSAULT", " ETH>");
    }

    @Test
    void theSecondHalfOfAHyphenatedWordIsNoVerb() {
        assertNoEvent("Japan sent tents to flood-hit Libya on Monday.", "ASSAULT");
    }

    @Test
    void aGroupOfNoCountryActsAndIsActedOn() {
        Analysis a = analyze("The rebels released a Dutch aid worker on Friday.", "2024-03-04");
        assertTrue(events(a).get(0).startsWith("RETREAT/release null>NLD"), events(a)::toString);
        assertEquals("REB", a.actor(a.events().get(0).source().get(0)).role(), "the rebels, of no country");
        // troops sent are no recipient
        Analysis b = analyze("Norway is ready to contribute troops to a peacekeeping force in Mali.", "2024-03-04");
        assertTrue(b.events().stream().noneMatch(e -> e.target().stream()
                .anyMatch(t -> "troops".equals(b.actor(t).name()))), () -> events(b).toString());
        // a target of a country is taken before a group of no country
        assertCodes("Oman's foreign minister urged parties in Yemen to let aid workers through.", "REQUEST",
                " OMN>YEM ");
    }

    @Test
    void aidPromisedForAPlaceIsForItsCountry() {
        assertCodes("Ghana plans to deploy peacekeepers in eastern Congo next year.", "AGREE", " GHA>COD ");
        // an agreement made in a place is not made with it
        Analysis a = analyze("Chile and Peru agreed in Lima to hold talks on fishing.", "2024-03-04");
        assertTrue(events(a).stream().noneMatch(e -> e.contains(">PER")), events(a)::toString);
    }

    @Test
    void negationIsMarked() {
        Analysis a = analyze("Venezuela did not meet Guyana.");
        assertTrue(a.events().get(0).negated());
    }

    @Test
    void theTwoLeadersAreTheArticlesMainPair() {
        Analysis a = analyze("Chilean President Gabriel Boric welcomed Argentine President Javier Milei. "
                + "Boric and Milei discussed trade. The two leaders last met in March 2023.", "2024-02-01");
        assertTrue(events(a).contains("CONSULT CHL+ARG> 2023-03"), events(a).toString());
        Fixtures.assertSpansCoverText(a);
    }

    @Test
    void whatMayBeDoneOnAConditionIsAThreat() {
        assertCodes("Armenia said it could shell the rebel depots if the raids went on.", "THREATEN", "ARM>");
        // without a condition, "could" tells of what is possible, not of a threat
        assertNoEvent("Analysts said Armenia could shell the depots.", "THREATEN");
    }

    @Test
    void aSecondInfinitiveSharesTheIntentionOfTheFirst() {
        assertCodes("Chile said it was ready to accept the ruling and to hold talks with Peru.", "AGREE", "CHL>PER");
    }

    @Test
    void theSubjectOfAVerbOfAspectActsInTheVerbAfterIt() {
        assertCodes("Kenya began withdrawing its troops from Somalia on Monday.", "RETREAT", "KEN>SOM");
        assertCodes("Ukrainian forces resumed shelling Russian positions near Bakhmut.", "ASSAULT", "UKR>");
    }

    @Test
    void aParticipleJoinedByAHyphenIsAnAdjective() {
        assertNoEvent("Relief agencies began airlifting tents to war-torn and drought-stricken districts of Somalia.",
                "PROTEST", "ASSAULT");
    }

    @Test
    void aStateActingOnPeopleOfNoCountryActsOnItsOwnCountry() {
        // China is named only by the police's nationality: it is an actor, and the recipient
        Analysis a = analyze("Chinese police detained dozens of petitioners outside the courthouse.", "2024-03-04");
        assertTrue(events(a).contains("COERCE/arrest CHN>CHN null"), () -> events(a).toString());
        assertCodes("Peru's government lifted the curfew on Sunday.", "CONCEDE", "PER>PER");
    }

    @Test
    void peopleWhoAreNotTheStateAskAndWarnTheirOwnRulers() {
        assertCodes("Chilean farmers threatened to block the ports next week.", "THREATEN", "CHL>CHL");
        assertCodes("Nigerian trade unions demanded a rise in the minimum wage.", "REQUEST", "NGA>NGA");
        // a state asking with no one named asks no one
        assertNoEvent("Egypt called for calm on Monday.", "REQUEST EGY>EGY");
    }

    @Test
    void aStateProtestsInWordsAndPeopleInTheStreet() {
        assertCodes("Japan protested to China over the detention of its fishermen.", "ACCUSE/disapprove", "JPN>CHN");
        assertCodes("Students protested outside the parliament in Tokyo.", "PROTEST", "JPN>");
        // crowds that burn or storm riot; armed men who burn assault
        assertCodes("Protesters torched the governor's office in Basra.", "PROTEST/riot", "IRQ>");
        assertCodes("Rebels torched three villages in Darfur.", "ASSAULT/destroy", "SDN>");
    }

    @Test
    void theLeadersOfABodyNamedBeforeThemActForIt() {
        assertCodes("Kenyan church leaders called for calm after the vote.", "REQUEST", "KEN>");
        assertCodes("Pyongyang will send a delegation to Seoul next month.", "AGREE", "PRK>KOR");
    }

    @Test
    void theOneWhoseDemandIsAnsweredReceivesTheAnswer() {
        assertCodes("Athens rejected Ankara's proposal on Monday.", "REJECT", "GRC>TUR");
    }

    @Test
    void aCourtConvictingOrChargingSomeoneOfNoCountryNamedDoesItAtHome() {
        assertCodes("An Egyptian court sentenced a blogger to five years in prison.", "SANCTION/convict", "EGY>EGY");
        assertCodes("Kenyan prosecutors charged a former minister with fraud.", "ACCUSE", "KEN>KEN");
    }

    @Test
    void theObjectOfALightVerbIsDoneByItsSubject() {
        assertCodes("Ethiopia announced the withdrawal of its troops from Somalia.", "RETREAT", "ETH>SOM");
        assertCodes("Tens of thousands of people marched across Spain against the reform.", "PROTEST", "ESP>ESP");
    }

    @Test
    void anEventOfTheDatelinesCountryWithNoPlaceOfItsOwnHappenedThere() {
        Analysis a = analyze("Arrests in Nairobi\n\nNAIROBI, March 3 (Wire) - Kenyan police detained dozens of traders "
                + "on Tuesday, witnesses said.", "2024-03-04");
        assertTrue(events(a).stream().anyMatch(e -> e.startsWith("COERCE") && e.contains("@Nairobi")),
                () -> events(a).toString());
        // a report filed in one capital about another country's act does not move the act there
        Analysis b = analyze("Strikes\n\nWASHINGTON (Wire) - Israeli jets struck targets in Lebanon on Tuesday.",
                "2024-03-04");
        assertTrue(events(b).stream().noneMatch(e -> e.contains("@Washington")), () -> events(b).toString());
    }

    @Test
    void aPlaceOfACountryIsActedOnThoughItDoesNotAct() {
        assertCodes("Israeli warplanes bombed the Gaza Strip overnight.", "ASSAULT", "ISR>PSE");
        assertCodes("Russian jets pounded Aleppo on Sunday.", "ASSAULT", "RUS>SYR");
    }

    @Test
    void aGroupsArmedMenNamedByAPluralWithNoSActForIt() {
        assertCodes("Hezbollah gunmen kidnapped two soldiers near the border.", "ASSAULT/abduct", "LBN>");
        assertCodes("Taliban militiamen attacked a checkpoint in Helmand.", "ASSAULT", "AFG>");
    }

    @Test
    void theCountryBeyondABorderAndTheAuthorOfARejectedCallAreTargets() {
        assertCodes("Armenia pulled its troops back from the frontier with Azerbaijan.", "RETREAT", "ARM>AZE");
        assertCodes("Hanoi rejected demands by Beijing to halt drilling.", "REJECT", "VNM>CHN");
    }

    @Test
    void aCountryOfAPartOfAPlaceIsWhereTheActHappened() {
        assertCodes("Turkish jets bombed militant camps in the mountains of northern Iraq.", "ASSAULT", "TUR>IRQ");
    }

    @Test
    void anAsideBetweenCommasStandsBetweenTheSubjectAndItsVerb() {
        assertCodes("Canada, angered by the arrest of its citizens, recalled its ambassador from Beijing.", "SANCTION",
                "CAN>");
        assertCodes("Hundreds of farmers, some of them driving tractors, marched on the parliament in Warsaw.",
                "PROTEST", "POL>");
        assertCodes("Kenya's foreign minister, on his first visit to the region, held talks with Ethiopian leaders.",
                "CONSULT", "KEN>ETH");
        // an apposition too
        assertCodes("Norway, Sudan's largest donor, promised to fund the clinics in Darfur.", "AGREE", "NOR>");
        // but not the next item of a list (the UN and the African Union have no country: "null")
        assertCodes("The group, which includes Kenya, the United States, the UN and the African Union, held talks.",
                "CONSULT", "KEN+USA+null+null>");
    }

    @Test
    void aBreachOfLawToldBySomeoneIsTheirAccusation() {
        assertCodes("Beijing said Manila had violated international law by seizing the reef.", "ACCUSE", "CHN>PHL");
    }

    @Test
    void theOneARelativeClauseAfterACommaSpeaksOfActsInIt() {
        assertCodes("The Brazilian president, who met Chinese leaders in Beijing last week, said trade would grow.",
                "CONSULT", "BRA>CHN");
        // (not one named in a phrase before it)
        assertNoEvent("The files were posted by Anonymous, which said it would publish more.", "AGREE");
    }

    @Test
    void anActThatMayNeverHappenIsNoneAndAForcefulResponseAnnouncedIsAThreat() {
        assertNoEvent("Seoul said it was ready for any North Korean attack.", "ASSAULT");
        assertCodes("Tehran said it would respond forcefully to any Israeli strike.", "THREATEN", "IRN>ISR");
        assertNoEvent("The ministry responded firmly to the report.", "THREATEN");
    }

    @Test
    void aListOfThingsBetweenAVerbAndItsTargetIsCrossed() {
        assertCodes("Japan shipped rice, sugar and cooking oil to North Korea.", "AID", "JPN>PRK");
    }

    @Test
    void diplomatsOrderedToLeaveAreExpelled() {
        assertCodes("Poland ordered three Russian diplomats to leave the country.", "SANCTION/expel", "POL>RUS");
    }

    @Test
    void aPromiseOrAConcessionRefusedForTheFutureIsARejection() {
        assertCodes("Tehran said it would not allow the inspectors to return.", "REJECT", "IRN>");
        // (in the past, it is no event done: "did not meet" stays a negated meeting)
        assertNoEvent("Kenya did not meet Uganda on Monday.", "REJECT");
    }

    @Test
    void aParticipleThatDescribesSomeoneTellsNoActInWordsAndNoActorIsHisBacker() {
        assertNoEvent("Sweden expelled two Iranian diplomats accused of spying.", "ACCUSE");
        assertNoEvent("Turkish troops, backed by tanks, crossed the border.", "SUPPORT");
        assertCodes("Two Iranian diplomats were accused of spying.", "ACCUSE", ">IRN");
    }

    @Test
    void aWeaponThatActsIsItsOwnersPastTheWordsOfItsKind() {
        assertCodes("Russian cruise missiles destroyed a power station near Odesa.", "ASSAULT", "RUS>UKR");
    }

    @Test
    void aParticipleOpeningTheSentenceHasTheSubjectOfItsMainClause() {
        assertCodes("Accusing Kigali of backing the rebels, Kinshasa expelled the Rwandan ambassador.", "ACCUSE",
                "COD>RWA");
        assertCodes("Before dawn, the last Russian soldiers left the base, ending a decade of occupation.", "RETREAT",
                "RUS>");
    }

    @Test
    void aParticipleAfterAReportedClauseHasThatClausesSubject() {
        assertCodes("Kenya's police said Somali gunmen had attacked a bus near Mandera, killing nine passengers.",
                "ASSAULT", "SOM>");
        assertNoEvent("Kenya's police said Somali gunmen had attacked a bus near Mandera, killing nine passengers.",
                "ASSAULT KEN>");
    }

    @Test
    void whatAGovernmentSaysAnotherCountryDidToItOrToNoOneNamedIsItsAccusation() {
        assertCodes("Azerbaijan said Armenian forces had shelled villages in the Tovuz district.", "ACCUSE/allege",
                "AZE>ARM");
        assertCodes("Iranian troops fired rockets at Kurdish villages in northern Iraq, Baghdad said.",
                "ACCUSE/allege", "IRQ>IRN");
        // a third country's word on what two others did accuses no one; an act that is itself the cue neither
        assertNoEvent("A Pentagon official said Israeli jets had struck targets in Syria.", "ACCUSE");
        assertNoEvent("Britain recalled its ambassador from Minsk after a mob attacked the embassy.", "ACCUSE");
        assertNoEvent("Police said the suspects were arrested in a raid in Lyon.", "ACCUSE");
    }

    @Test
    void troopsLeavingACountryWithdrawFromItAndTheirTransferToATribunalIsJudicialCooperation() {
        assertCodes("The last Belgian soldiers left Rwanda on Saturday.", "RETREAT/withdraw", "BEL>RWA");
        assertNoEvent("Spanish troops left for Bosnia on Monday.", "RETREAT");
        assertCodes("Zagreb transferred the former general to the war crimes tribunal in The Hague.", "COOPERATE",
                "HRV>");
    }

    @Test
    void aVerbAfterCommaAndGoesBackPastAReportedClauseToTheSpeaker() {
        String text = "Athens said Turkish jets had violated Greek air space, and summoned the Turkish ambassador.";
        assertCodes(text, "ACCUSE/disapprove", "GRC>TUR");
        assertNoEvent(text, "ACCUSE/disapprove TUR>");
    }

    @Test
    void forcesMovedToACountrysBorderFaceItAndAJourneysEndHostsTheTalks() {
        assertCodes("Turkey moved thousands of troops towards the Syrian border.", "MOBILIZE", "TUR>SYR");
        assertCodes("Kenya's president will travel to Addis Ababa next month for talks on the drought.", "AGREE",
                "KEN>ETH");
    }

    @Test
    void anAccusationByContentReachesActsDoneToTheirOwnPeopleAndNeedsACueOfSpeech() {
        assertCodes("Kyiv said Russian forces were blocking grain exports from Odesa.", "ACCUSE/allege", "UKR>RUS");
        assertNoEvent("Israeli tanks shelled Palestinian police posts in Gaza, killing four officers.", "ACCUSE");
        // told once: "charged" is the accusation already
        Analysis a = analyze("Moscow charged that Kyiv had shelled the power plant.", "2024-03-04");
        assertEquals(1, events(a).stream().filter(e -> e.startsWith("ACCUSE")).count(), () -> events(a).toString());
    }

    @Test
    void theMeansInByAndIngAreTheSubjectsActButNotOfWhatSomeoneIsAccused() {
        assertCodes("Minsk said Warsaw was provoking a crisis by deploying troops to the border.", "MOBILIZE",
                "POL>");
        assertNoEvent("Caracas accused Bogota of meddling by funding the opposition.", "AID VEN>");
    }

    @Test
    void whatASpeakerCallsWrongOrASponsorOfTerrorIsCriticisedOrAccused() {
        assertCodes("Seoul said Tokyo's decision was irresponsible.", "ACCUSE/disapprove", "KOR>JPN");
        assertCodes("Riyadh said Tehran was the biggest sponsor of terrorism in the world.", "ACCUSE/allege",
                "SAU>IRN");
        assertNoEvent("The minister said the weather was irresponsible for the delays.", "ACCUSE");
    }

    @Test
    void moreWordingsOfSupportCallsBlockadesAndOrderedAttacks() {
        assertCodes("\"Poland stands firmly at Lithuania's side,\" the Polish president said.", "SUPPORT", "POL>LTU");
        assertCodes("Scholz said he had spoken to President Macron by telephone.", "CONSULT/phone", "DEU>FRA");
        assertCodes("Seoul said it was ready to restore the military hotline with Pyongyang.", "AGREE", "KOR>PRK");
        assertCodes("Investigators said a Serbian general had ordered the attack on the village.", "ASSAULT", "SRB>");
    }

    @Test
    void oneWeaponActsForItsOwnerAndAThreatIsAgainstWhomItsConditionNames() {
        assertCodes("Nine people died when a Russian missile slammed into a school in Kharkiv.", "ASSAULT", "RUS>");
        assertCodes("Tehran warned that Iran would respond if Israel struck its nuclear sites.", "THREATEN",
                "IRN>ISR");
    }

    @Test
    void peopleReleasedAreCaptivesAndWhoIsToldToDoSomethingIsAsked() {
        assertCodes("Uganda released 120 people detained after the riots.", "RETREAT/release", "UGA>UGA");
        assertCodes("Beijing told Philippine vessels to leave the shoal.", "REQUEST", "CHN>PHL");
        assertCodes("Moscow renewed its support for Belgrade's position on Kosovo.", "SUPPORT", "RUS>SRB");
    }

    @Test
    void whoHostsAVisitorIsVisitedButWhoHostsTalksOfOthersIsAThirdParty() {
        assertCodes("Ankara hosted the Swedish foreign minister on Tuesday.", "CONSULT/visit", "SWE>TUR");
        assertCodes("Qatar hosted a new round of talks between the Taliban and Washington.", "CONSULT/third-party",
                "QAT>");
    }

    @Test
    void testsSuspendedDeEscalateAndAPlansOwnerIsWhomASpeakerCondemns() {
        assertCodes("Iran said it would suspend its missile tests during the talks.", "CONCEDE", "IRN>");
        assertCodes("Cairo said Ethiopia's plan to fill the dam this summer was illegal.", "ACCUSE/disapprove",
                "EGY>ETH");
        assertNoEvent("Macron told reporters during a visit to Beirut that aid would follow.", "REQUEST");
    }

    @Test
    void aSubjectActsPastAParticipleAndItsAgentOrACompoundOfItsMeans() {
        assertCodes("Ethiopian troops backed by tanks launched an offensive on the rebels.", "ASSAULT", "ETH>");
        assertCodes("Syrian anti-aircraft guns fired on Israeli jets over the Golan.", "ASSAULT", "SYR>ISR");
    }

    @Test
    void twoNamesSharingTheirLastWordAreBothActors() {
        assertCodes("North and South Korea held talks at the border on Monday.", "CONSULT", "PRK+KOR>");
    }

    @Test
    void aComplaintLodgedWithABodyIsAgainstWhomItIsAboutAndANationalityActsInItsGerund() {
        assertCodes("Lebanon filed a complaint with the Security Council over Israeli shelling of its villages.",
                "ACCUSE/disapprove", "LBN>ISR");
        assertCodes("Lebanon filed a complaint with the Security Council over Israeli shelling of its villages.",
                "ASSAULT", "ISR>");
    }

    @Test
    void thoseAskedInACountryAreAskedBeforeWhoeverIsNamedAfterBy() {
        assertCodes("Kenya urged the rival factions in Somalia to accept mediation by Djibouti's president.",
                "REQUEST", "KEN>SOM");
        assertCodes("The Burmese junta threatened to arrest opposition members who joined the boycott.",
                "THREATEN/arrest", "MMR>MMR");
    }

    @Test
    void aCarRammedIntoAConvoyAndNationalistsClashingWithPoliceAttack() {
        assertCodes("A Taliban suicide bomber rammed a car into an Afghan army convoy.", "ASSAULT", "AFG>AFG");
        assertCodes("Corsican nationalists clashed with police in Bastia.", "ASSAULT", "FRA>FRA");
    }

    @Test
    void aSecondVerbIsItsSubjectsNotTheOwnerOfTheFirstVerbsObject() {
        assertCodes("Britain summoned Russia's ambassador and demanded an explanation.", "REQUEST", "GBR>");
        assertNoEvent("Britain summoned Russia's ambassador and demanded an explanation.", "REQUEST RUS>");
    }

    @Test
    void moreWordingsOfTiesCutBidsBackedLandReturnedAndLiesSpread() {
        assertCodes("Mali revoked its defence agreements with France.", "SANCTION/discontinue", "MLI>FRA");
        assertCodes("Hungary's parliament voted to approve Finland's bid to join NATO.", "SUPPORT", "HUN>FIN");
        assertCodes("Armenia handed back four villages to Azerbaijan.", "RETREAT", "ARM>AZE");
        assertCodes("Riyadh said Tehran was spreading disinformation about the attack.", "COERCE/misinformation",
                "IRN>");
        assertCodes("King Abdullah received the US secretary of state in Amman.", "CONSULT/visit", "USA>JOR");
    }

    @Test
    void usingSomeoneAsSpiesIsAnAccusationAndAheadOfOpensNoTargetsPhrase() {
        assertCodes("Moscow said Washington was using the observers as spies.", "ACCUSE/allege", "RUS>USA");
        assertCodes("Gunmen slit the throats of 12 villagers near Blida.", "ASSAULT", "DZA>");
        assertCodes("Vietnam freed a dissident ahead of the president's visit to Paris.", "RETREAT/release",
                "VNM>VNM");
    }

    @Test
    void theAuthorOfAVerbalActsObjectNamedAfterByReceivesIt() {
        assertCodes("Caracas rejected a ruling by the International Court of Justice.", "REJECT", "VEN>");
        assertCodes("Beijing will not accept any interference by the United States.", "REJECT", "CHN>USA");
    }

    @Test
    void whoDecidedActsInTheInfinitiveAfterADecisionByThem() {
        assertCodes("The decision by Canada to freeze aid to Haiti surprised donors.", "SANCTION", "CAN>HTI");
    }

    @Test
    void aNationalitysNounAfterAnArticleIsNoVerbButASubjectAfterThatIs() {
        assertCodes("Cairo denounced the Israeli raid as a massacre.", "ACCUSE", "EGY>ISR");
        assertNoEvent("Cairo denounced the Israeli raid as a massacre.", "COERCE EGY");
        assertCodes("Pakistan demanded that India withdraw its troops.", "REQUEST/yield", "PAK>IND");
    }

    @Test
    void aDeadlineSetIsAnUltimatumAndAReleaseFromHouseArrestNoArrest() {
        assertCodes("NATO gave Belgrade ten days to pull out its troops.", "THREATEN", ">SRB");
        assertNoEvent("The junta freed the poet from house arrest.", "COERCE");
    }

    @Test
    void rebelsOfNoCountryActForTheCountryOfTheIslandWhereTheyAct() {
        assertCodes("Separatist rebels ambushed a convoy on the island of Mindanao.", "ASSAULT", "PHL>");
    }

    @Test
    void weaponsPutBeyondUseAreADisarmament() {
        assertCodes("ETA said it had put its arms beyond use.", "RETREAT/disarm", "ESP>");
    }

    @Test
    void theAgentOfAParticipleAfterANounActsAndNoObjectIsTakenPastBy() {
        assertCodes("Hanoi freed 30 prisoners, in a move welcomed by Washington.", "SUPPORT", "USA>");
        assertNoEvent("Belgrade apologised for the crimes committed by its troops in Bosnia.", "AID");
    }

    @Test
    void aRecipientNamedInsideThePatternIsNotPassedForAClauseAfterIt() {
        assertCodes("Washington urged Taipei to avoid any moves toward independence that could anger Beijing.",
                "REQUEST", "USA>TWN");
        assertCodes("Seoul rejected Pyongyang's demand that it scrap the drills with Washington.", "REJECT",
                "KOR>PRK");
    }

    @Test
    void anInternationalBodysOfficialNamedByTitleActsForTheBody() {
        // (a body of no country shows as "null"; the code is the UN's, IGOUNO)
        assertCodes("The UN Secretary-General urged Ethiopia and Eritrea to respect the ceasefire.", "REQUEST",
                "null>ETH");
    }

    @Test
    void monitorsExpelledAreASanctionAndAHyphenatedVerbWithAnObjectIsAVerb() {
        assertCodes("Belarus expelled the OSCE observers from Minsk.", "SANCTION/expel", "BLR>");
        assertCodes("Syrian jets carpet-bombed the eastern suburbs of Aleppo.", "ASSAULT", "SYR>SYR");
    }

    @Test
    void whatIsSaidInReportedSpeechCodesTheSpeakersAct() {
        // a price to pay, announced, is a threat by whoever says so
        assertCodes("\"Damascus will pay a heavy price,\" the Israeli defence minister said.", "THREATEN", "ISR>SYR");
        // "told X that Y must": a demand to X
        assertCodes("Germany told Serbia on Friday that it must hand over the suspects.", "REQUEST", "DEU>SRB");
        // talks ruled out
        assertCodes("Athens said there was no question of talks with Ankara on the islands.", "REJECT/meet",
                "GRC>TUR");
        // a refusal of talks announced
        assertCodes("Seoul said it would not resume talks with Pyongyang.", "REJECT", "KOR>PRK");
        // "accused it": not the one just named, who is "it", but the speaker
        assertCodes("Kenyan officials said Somalia had broken its promise and accused it of bad faith.", "ACCUSE",
                "KEN>");
    }

    @Test
    void whatASpeakerSaysOthersDidOrMustDoIsTheSpeakersAccusationDemandOrThreat() {
        assertCodes("\"Ankara must release the journalists at once,\" the Swedish foreign minister said.", "REQUEST",
                "SWE>TUR");
        assertCodes("Baghdad said Kuwait would regret its support for the strikes.", "THREATEN", "IRQ>KWT");
        assertCodes("Kabul said Pakistan's intelligence service had planned the bombing.", "ACCUSE", "AFG>PAK");
        assertNoEvent("Police arrested three men suspected of planning attacks.", "ACCUSE");
    }

    @Test
    void whoASpeakerSaysWasBehindAnAttackIsAccusedAndAnActOfAggressionCondemned() {
        assertCodes("Kinshasa said Kigali was behind the attack on the border post.", "ACCUSE/allege", "COD>RWA");
        assertCodes("The Georgian president called the raid an act of aggression.", "ACCUSE/disapprove", "GEO>");
    }

    @Test
    void aidAnnouncedIsAidAndAnAsideOfAParticipleAndItsAgentIsNoSupport() {
        assertCodes("Denmark, a leading donor, announced 30 million euros in aid to Somalia.", "AID", "DNK>SOM");
        assertNoEvent("Ethiopian troops, supported by tanks and helicopters, attacked the rebel town.", "SUPPORT");
    }

    @Test
    void childrenReleasedAreCaptivesFreedAndInspectorsAllowedBackAreAccess() {
        assertCodes("The rebels of the Lord's Resistance Army released 40 schoolchildren.", "RETREAT/release", "UGA>");
        assertCodes("Syria allowed the inspectors to return to the site.", "RETREAT/access", "SYR>");
    }

    @Test
    void forceNotRuledOutIsAThreat() {
        assertCodes("Moscow said it would not rule out the use of force against the separatists in Kyiv.",
                "THREATEN/violence", "RUS>");
        assertCodes("Kenya ruled out talks with the rebels.", "REJECT", "KEN>");
    }

    @Test
    void aidSentToTheCountryToldOfBeforeIsForIt() {
        assertCodes("Norway, a major donor to Malawi, sent 20 tonnes of food to flood victims in the south of the "
                + "country.", "AID", "NOR>MWI");
    }

    @Test
    void aBlockadeByCrowdsIsAProtestAndAWarCauseDeclaredAThreat() {
        assertCodes("Farmers blockaded fuel depots across France in protest at milk prices.", "PROTEST/obstruct", ">FRA");
        assertCodes("Ankara said it would consider the move a cause for war.", "THREATEN/violence", "TUR>");
    }

    @Test
    void armedMenOfNoCountryWhoAttackOneCountrysForcesFightInThatCountry() {
        assertCodes("Separatist guerrillas ambushed a Georgian army convoy.", "ASSAULT", "GEO>GEO");
    }

    @Test
    void anOffensiveAgainstSomeoneTargetsThemAndAWarEndedIsACeasefire() {
        assertCodes("Azerbaijan launched an offensive against Armenian positions.", "ASSAULT", "AZE>ARM");
        assertCodes("The last Soviet troops left Kabul, ending nine years of war in Afghanistan.", "RETREAT",
                "SUN>");
    }

    @Test
    void aComplaintToOneAboutWhatAnotherDidIsAgainstTheOther() {
        assertCodes("Cyprus complained to the EU that Turkish warships had blocked a drilling ship.", "ACCUSE",
                "CYP>TUR");
        assertCodes("Cyprus complained to the EU about the delays.", "ACCUSE", "CYP>null");
    }
}

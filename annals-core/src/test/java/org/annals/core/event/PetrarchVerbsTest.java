package org.annals.core.event;

import static org.annals.core.event.PatternDictionaryTest.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Event;
import org.annals.core.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * Reading PETRARCH and TABARI verb dictionaries as they are. The dictionary below is written for these tests
 * in PETRARCH's format (synsets, verb blocks with codes, multi-word verbs, irregular forms, patterns).
 */
class PetrarchVerbsTest {

    private static final String VERBS = """
            # a small verb dictionary in PETRARCH's format, written for annals' tests
            &CASH_
            +MONEY
            +HARD_CURRENCY
            +FUNDS

            &SHIPS
            +FRIGATE
            +GUNBOAT

            --- LEND  [070]  ---
            LEND {LENT LENDS LENDING}
            +HAND_OUT {+HANDED_OUT +HANDS_OUT +HANDING_OUT}
            - * &CASH                           [071]   # lends money
            - * {MILITARY HARDWARE}             [072]   # a braced noun phrase: head last
            - * (FOR {FLOOD RELIEF})            [073]   # a prepositional phrase

            --- SAIL  [---]  ---
            SAIL
            - &SHIPS *                          [152]   # the ships before the verb
            - * (TO +)                          [042:043]
            - * AWAY                            [---]

            --- SCOLD  [111]  ---
            SCOLD
            HARSHLY_+REBUKE
            - PUBLICLY_* [112]
            """;

    private static PatternDictionary read(String text, boolean cameoOnly) {
        return PatternDictionary.builder().addPetrarchVerbs("test.verbs.txt", new StringReader(text), cameoOnly)
                .build();
    }

    /** The matches of a text as "CODE[:REVERSE]". */
    private static List<String> codes(PatternDictionary d, String text) {
        Analysis a = Annals.textPipeline().analyze(Document.of("t", text));
        List<String> out = new java.util.ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (PatternDictionary.Match m : d.matches(a.tokens(), s.firstToken(), s.endToken())) {
                out.add(m.cameo() + (m.reverseCameo() == null ? "" : ":" + m.reverseCameo()));
            }
        }
        return out;
    }

    @Test
    void aVerbBlockGivesItsCodeToItsVerbsAndItsPatternsToEachOfThem() {
        PatternDictionary d = read(VERBS, true);
        assertEquals(List.of(), d.problems());
        assertEquals(List.of("070"), codes(d, "Japan lent Peru its support."));
        assertEquals(List.of("071"), codes(d, "Japan lent Peru money."));
        assertEquals(List.of("071"), codes(d, "Japan handed out hard currency to Peru."));
        assertEquals(List.of("072"), codes(d, "Japan lends military hardware to Peru."));
        assertEquals(List.of("073"), codes(d, "Japan lent Peru ships for flood relief."));
    }

    @Test
    void wordsBeforeTheVerbPairedCodesAndTheNullCode() {
        PatternDictionary d = read(VERBS, true);
        // "- &SHIPS *": the synset before the verb
        assertEquals(List.of("152"), codes(d, "Two frigates sailed into the gulf."));
        // [042:043]: a visit, and its hosting the other way round
        assertEquals(List.of("042:043"), codes(d, "The fleet sailed to Oman."));
        // [---] on the block and on a pattern: no event
        assertEquals(List.of(), codes(d, "The fleet sailed away."));
        // "HARSHLY_+REBUKE": a word right before the verb; "PUBLICLY_*" another
        assertEquals(List.of("111"), codes(d, "The judge harshly rebuked the lawyer."));
        assertEquals(List.of("112"), codes(d, "The judge publicly scolded the lawyer."));
    }

    @Test
    void codesAreMappedToPloverWithTheTableOfCameoCodes() {
        PatternDictionary d = read(VERBS, false);
        assertEquals(List.of("AID 071"), found(d, "Japan lent Peru money."));
        assertEquals(List.of("CONSULT/visit 042"), found(d, "The fleet sailed to Oman."));
        assertEquals(List.of("MOBILIZE/troops 152"), found(d, "Two frigates sailed into the gulf."));
    }

    @Test
    void aTargetMarkedAfterAPrepositionSaysWhereTheTargetIs() {
        PatternDictionary d = read("--- GO [---] ---\nGO {WENT GONE}\n- * (AGAINST +) [111]\n", false);
        Analysis a = Annals.textPipeline().analyze(Document.of("t", "Chile went against Peru."));
        Sentence s = a.sentences().get(0);
        assertEquals("ACCUSE", d.matches(a.tokens(), s.firstToken(), s.endToken()).get(0).type());
    }

    /** The events a text is coded with, by the dictionary and the built-in actors, as "SRC>TGT CODE" by country. */
    private static List<String> coded(PatternDictionary d, String text) {
        Analysis a = Annals.pipeline(org.annals.core.kb.KnowledgeBase.builtin(), d).analyze(Document.of("t", text));
        List<String> out = new java.util.ArrayList<>();
        for (Event e : a.events()) {
            out.add(e.source().stream().map(x -> a.actor(x).country()).toList() + ">"
                    + e.target().stream().map(x -> a.actor(x).country()).toList() + " " + e.cameo());
        }
        return out;
    }

    @Test
    void aVerbDictionaryReadAsAFallbackFillsTheGapsOfTheBuiltInPatternsOnly() {
        String verbs = """
            --- MEET [111] ---
            MEET {MET}
            --- HARANGUE [111] ---
            HARANGUE
            --- PREPARE [030] ---
            PREPARE
            """;
        PatternDictionary d = PatternDictionary.builder().addBuiltin()
                .addPetrarchVerbsAsFallback("test.verbs.txt", new StringReader(verbs)).build();
        // a verb the built-in patterns do not know is coded by the dictionary ...
        assertEquals(List.of("[CHL]>[PER] 111"), coded(d, "Chile harangued Peru on Monday."));
        // ... one they know keeps their reading, whatever the dictionary says of it
        assertEquals(List.of("[CHL]>[PER] 040"), coded(d, "Chile met Peru on Monday."));
        // ... and the dictionary's verb governs none of theirs: an attack prepared stays a threat
        assertEquals(List.of("[CHL]>[PER] 138"), coded(d, "Chile prepared to attack Peru."));
    }

    @Test
    void whoseIsThePatternsLastNounIsTheTarget() {
        // "- * POLICIES": the pattern ends on its object, and "of X" after it says whose it is
        PatternDictionary d = read("--- FAULT [111] ---\nFAULT\n- * POLICIES [112]\n", true);
        assertEquals(List.of("[JPN]>[PER] 112"), coded(d, "Japan faulted the fishing policies of Peru on Monday."));
        assertEquals(List.of("[JPN]>[PHL] 112"), coded(d, "Japan faulted the policies of the Philippines on Monday."));
    }

    @Test
    void whatStandsBeforeTheTargetsPrepositionInThePatternIsNoTarget() {
        PatternDictionary d = read("--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT + [162]\n", true);
        assertEquals(List.of("[JPN]>[CHL] 162"), coded(d, "Japan warned their Peruvian workers about Chile."));
    }

    @Test
    void aTargetMarkedBeforeTheWordsBeforeTheVerbIsTheirSubject() {
        // "+ HOSTING * HARVEST $": who hosts receives; the one named after the pattern acts
        PatternDictionary d = read("--- CELEBRATE [181] ---\nCELEBRATE\n- + HOSTING * HARVEST $ [042]\n", true);
        assertEquals(List.of("[PER]>[JPN] 042"), coded(d,
                "Japan will be hosting Chile to celebrate the harvest with Peru next week."));
    }

    @Test
    void eachCaretBeforeAnActorMarkerSkipsAPhrase() {
        // "AT ^ +": the place after "at" is skipped, the actor after it is the target
        PatternDictionary d = read("--- CELEBRATE [181] ---\nCELEBRATE\n- * FEAST AT ^ +  [044]\n", true);
        assertEquals(List.of("[JPN]>[CHL] 044"), coded(d, "Japan celebrated the feast at Lima with Chile."));
    }

    @Test
    void aCommaBetweenAdjectivesIsNoClauseBreakInAPattern() {
        PatternDictionary d = read("--- RESTORE [060] ---\nRESTORE\n- * DIPLOMATIC [064]\n", true);
        assertEquals(List.of("[JPN]>[PER] 064"), coded(d,
                "Japan will restore complete, full diplomatic ties with Peru."));
        // a comma before a clause still ends the words a pattern may skip
        assertEquals(List.of("060"), codes(d, "Japan restored the bridge, making diplomatic ties with Peru easier."));
    }

    @Test
    void oneOfSeveralSourcesMayAlsoBeATarget() {
        PatternDictionary d = read("--- SPUR [081] ---\nSPUR\n", true);
        assertEquals(List.of("[KEN, UGA]>[ETH, UGA] 081"), coded(d,
                "Kenya and Uganda will spur reconciliation between Ethiopia and Uganda, officials said."));
    }

    @Test
    void whereOneSetsOutForIsVisited() {
        PatternDictionary d = read("--- DEPART [042] ---\nDEPART\nLEAVE\n", true);
        assertEquals(List.of("[JPN]>[PER] 042"), coded(d, "Japan's foreign minister departed for Lima on Monday."));
        assertEquals(List.of("[JPN]>[PER] 042"), coded(d, "The Japanese envoy left on Monday for Peru."));
    }

    @Test
    void aVerbsBaseFormAfterADeterminerAndAdjectivesIsANoun() {
        PatternDictionary d = read("--- VISIT [042] ---\nVISIT\n", true);
        assertEquals(List.of(), codes(d, "Japan planned talks during a brief private visit to Peru."));
        assertEquals(List.of("042"), codes(d, "Japan will visit Peru."));
        assertEquals(List.of("042"), codes(d, "The two prime ministers visit Peru on Monday."));
        // not a verb's irregular past, which a dictionary may list as a verb of its own (LEFT)
        assertEquals(List.of("042"), codes(read("--- LEFT [042] ---\nLEFT\n", true),
                "Japan's envoy left for Peru on Monday."));
    }

    @Test
    void theWordsAPatternWantsBeforeTheVerbStandBetweenTheSubjectAndIt() {
        PatternDictionary d = read("--- REJECT [120] ---\nREJECT\n- FLAT OUT * [125]\n", true);
        assertEquals(List.of("[JPN]>[PER] 125"), coded(d, "Japan flat out rejected the offer from Peru."));
    }

    @Test
    void aTargetMarkedAfterAWordBeforeTheVerbLeavesTheSourceBeforeThatWord() {
        PatternDictionary d = read("--- DENY [---] ---\nDENY\n- CLAIMED + * [114]\n", true);
        assertEquals(List.of("[JPN]>[PER] 114"), coded(d, "Japan claimed that Peru denied the charges."));
    }

    @Test
    void aWordThatALongerPatternWantsBeforeItsVerbTriggersNothingOfItsOwn() {
        PatternDictionary d = read("--- MUST [101] ---\nMUST\n\n--- RETALIATE [---] ---\nRETALIATE\n"
                + "- WARNED MUST * [138]\n", true);
        assertEquals(List.of("[JPN]>[PER] 138"), coded(d, "Japan warned it must retaliate against Peru."));
    }

    @Test
    void twoVerbsOfOneSubjectWithTwoCodesAreTwoEvents() {
        PatternDictionary d = read("--- CONDEMN [122] ---\nCONDEMN\n\n--- PROMISE [050] ---\nPROMISE\n", true);
        assertEquals(List.of("[JPN]>[PER] 122", "[JPN]>[CHL] 050"), coded(d, "Japan condemned the raid on Peru "
                + "and promised aid to Chile."));
    }

    @Test
    void aThatClauseRightAfterThePatternHasTheTargetAsItsSubject() {
        PatternDictionary d = read("--- VOICE [---] ---\nVOICE\n- * HOPES [024]\n", true);
        assertEquals(List.of("[JPN]>[PER] 024"), coded(d, "Japan voiced hopes on Friday that Peru would join the "
                + "fisheries talks."));
    }

    @Test
    void aTargetMarkedBeforeTheVerbIsItsSubjectAndTheSourceComesAfter() {
        PatternDictionary d = read("--- OBTAIN [---] ---\nOBTAIN\n- + * LOANS FROM $ [071]\n", true);
        assertEquals(List.of("[JPN]>[KEN] 071"), coded(d, "Kenya obtained loans from Japan on Monday."));
    }

    @Test
    void linesThatCannotBeReadAreReportedAndSkipped() {
        PatternDictionary d = read("""
                --- ASK [020] ---
                ASK
                - * (FOR &NOSUCH) [0231]
                - * HELP [02x!]
                - * LOAN
                - * (BACK) [:030]
                ~ a (a b WILL_ATTACK) SAY = a b 138
                """, true);
        assertEquals(3, d.problems().size(), d.problems().toString());
        assertTrue(d.problems().get(0).startsWith("test.verbs.txt:3: "), d.problems().get(0));
        assertTrue(d.notes().get(0).contains("1 transformations"), d.notes().toString());
        assertTrue(d.notes().get(0).contains("1 patterns coded [:B]"), d.notes().toString());
    }

    @Test
    void theCameoTableFollowsPloversRules() {
        CameoPlover m = CameoPlover.builtin();
        assertEquals(new CameoPlover.Category(null, null), m.of("023"), "CAMEO 02 appeals have no PLOVER event");
        assertEquals(new CameoPlover.Category("CONCEDE", null), m.of("081"), "080 to 083 are CONCEDE");
        assertEquals(new CameoPlover.Category("RETREAT", "release"), m.of("0841"), "084 to 087 are RETREAT");
        assertEquals(new CameoPlover.Category("COERCE", "restrict"), m.of("163"), "an embargo is COERCE restrict");
        assertEquals(new CameoPlover.Category("COERCE", "seize"), m.of("192"), "occupying is COERCE");
        assertEquals(new CameoPlover.Category("ASSAULT", "aerial"), m.of("195"));
        assertEquals(new CameoPlover.Category("AID", null), m.of("075"));
        assertEquals(new CameoPlover.Category("COERCE", "deport"), m.of("174K"), "letters after the digits");
    }

    @Test
    void aDiscardListVoidsTheSentencesItMatches() {
        PatternDictionary d = PatternDictionary.builder().addBuiltin()
                .addPetrarchDiscards("test.discards.txt", new StringReader("""
                        +CRICKET WORLD CUP  # a whole story in PETRARCH
                        GOLF
                        ICE HOCKEY_
                        """))
                .build();
        assertEquals(List.of(), found(d, "India attacked the bowling at the Cricket World Cup."));
        assertEquals(List.of(), found(d, "The golfers attacked the course."), "a stem: golfers");
        assertEquals(List.of("ASSAULT 190"), found(d, "Ice hockeyists attacked the goal."), "ICE HOCKEY_ is whole");
        assertEquals(List.of("ASSAULT 190"), found(d, "Rebels attacked the town."));
    }

    @Test
    void petrarchsOwnVerbDictionaryIsReadWhenPresent() throws IOException {
        Path cameo = Path.of("../../shared/kb-sources/petrarch2/dictionaries/CAMEO.2.0.txt");
        assumeTrue(Files.isRegularFile(cameo), "the shared PETRARCH dictionaries are absent");
        PatternDictionary d;
        try (Reader in = Files.newBufferedReader(cameo, StandardCharsets.UTF_8)) {
            d = PatternDictionary.builder().addPetrarchVerbs(cameo.toString(), in).build();
        }
        assertTrue(d.size() > 10_000, "patterns: " + d.size());
        assertTrue(d.problems().size() < 10, d.problems().toString());
        assertEquals(List.of("CONSULT/visit 042"), found(d, "The minister visited Cairo."));
    }
}

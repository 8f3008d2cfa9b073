package org.annals.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The built-in pattern dictionary on sentences of news, written for these tests: which PLOVER category, mode
 * and CAMEO code each sentence's patterns say, before the coder looks for actors.
 */
class PatternDictionaryTest {

    /**
     * The patterns found in a text, as "TYPE[/mode] CAMEO" in text order; nouns that nothing anchors ("the
     * attack") are left out: they refer to events, they do not tell them.
     */
    static List<String> found(PatternDictionary d, String text) {
        Analysis a = Annals.textPipeline().analyze(Document.of("t", text));
        List<String> out = new java.util.ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (PatternDictionary.Match m : d.matches(a.tokens(), s.firstToken(), s.endToken())) {
                if (!m.noun()) {
                    out.add(m.type() + (m.mode() == null ? "" : "/" + m.mode()) + " " + m.cameo());
                }
            }
        }
        return out;
    }

    static List<String> found(String text) {
        return found(PatternDictionary.builtin(), text);
    }

    @Test
    void theBuiltInTablesHaveNoProblems() {
        assertEquals(List.of(), PatternDictionary.builtin().problems());
        assertTrue(PatternDictionary.builtin().size() > 400, "a broad vocabulary");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two foreign ministers held talks in Geneva on Monday.                    | CONSULT 040
            Kenya's president met his Somali counterpart in Nairobi.                     | CONSULT 040
            The envoys will resume negotiations next week.                               | AGREE 036
            Macron spoke by telephone with Erdogan on Tuesday.                           | CONSULT/phone 041
            Lula paid a state visit to Beijing.                                          | CONSULT/visit 042
            The prime minister flew to Delhi for talks with Modi.                        | CONSULT/visit 042
            Qatar mediated between the warring sides.                                    | CONSULT 045
            Both sides agreed to a ceasefire on Sunday.                                  | AGREE 0356
            The rebels struck a deal with the government.                                | AGREE 030
            Japan pledged $5 million in aid to Tonga.                                    | AGREE 033
            The minister invited her counterpart to Rome.                                | AGREE 036
            The president praised the mediators for their efforts.                       | SUPPORT 051
            The council endorsed the peace plan.                                         | SUPPORT 051
            Rwanda and Burundi signed a trade agreement.                                 | SUPPORT 057
            Seoul restored diplomatic ties with Tokyo.                                   | SUPPORT 050
            The army apologised for the raid.                                            | CONCEDE 055
            The government lifted the curfew in the capital.                             | CONCEDE 0813
            The junta pardoned 300 political prisoners.                                  | CONCEDE 080
            The navies held joint exercises in the Baltic.                               | COOPERATE 062
            Zambia extradited the suspect to Britain.                                    | COOPERATE 063
            The two agencies agreed to share intelligence.                               | AGREE 031
            Germany sent tents and blankets to the flood victims.                        | AID 073
            The fund approved a $3 billion loan for Egypt.                               | AID 071
            Peru granted asylum to the former minister.                                  | AID 075
            The rebels released 20 hostages on Friday.                                   | RETREAT/release 0841
            The army pulled out of the town.                                             | RETREAT/withdraw 0874
            Five hundred fighters laid down their weapons.                               | RETREAT/disarm 0873
            The minister resigned after the scandal.                                     | RETREAT/resign 0831
            The UN called for an immediate ceasefire.                                    | REQUEST/yield 105
            The opposition demanded the resignation of the president.                    | REQUEST/change 104
            Haiti appealed for international aid.                                        | REQUEST/assist 103
            The union urged the government to resume talks.                              | REQUEST/meet 106
            Beijing condemned the sale of weapons to Taiwan.                             | ACCUSE/disapprove 111
            The ministry summoned the Russian ambassador on Tuesday.                     | ACCUSE/disapprove 114
            Police launched an investigation into the fire.                              | ACCUSE/investigate 090
            The activists sued the government over the dam.                              | ACCUSE/allege 115
            The government rejected the proposal.                                        | REJECT 120
            Israel refused to meet the delegation.                                       | REJECT/meet 125
            The foreign minister called off his visit to Ankara.                         | REJECT/meet 125
            The United States vetoed the resolution.                                     | REJECT 129
            Iran threatened to close the strait.                                         | THREATEN/restrict 132
            The group threatened to kill the hostages.                                   | THREATEN/violence 138
            Thousands of people protested in the capital on Saturday.                    | PROTEST/demo 141
            The prisoners went on a hunger strike.                                       | PROTEST/hunger 142
            Teachers staged a nationwide strike over pay.                                | PROTEST/strike 143
            Farmers blocked roads around the city.                                       | PROTEST/obstruct 144
            Youths rioted after the verdict.                                             | PROTEST/riot 145
            Russia deployed troops along the border.                                     | MOBILIZE/troops 154
            The army was put on high alert.                                              | MOBILIZE/troops 152
            The EU imposed sanctions on the generals.                                    | SANCTION 163
            Lithuania expelled two Russian diplomats.                                    | SANCTION/expel 161
            Canada cut ties with the regime.                                             | SANCTION/discontinue 161
            The donors suspended aid to the country.                                     | SANCTION/discontinue 162
            A court convicted the former mayor of fraud.                                 | SANCTION/convict 116
            Police arrested 40 protesters in the city.                                   | COERCE/arrest 173
            The authorities imposed a curfew in the region.                              | COERCE/curfew 1723
            The government declared a state of emergency.                                | COERCE/martial-law 1724
            The junta banned the opposition party.                                       | COERCE/restrict 1722
            The country deported 168 migrants.                                           | COERCE/deport 174
            Hackers tried to hack into the ministry's computers.                         | COERCE/cyber 176
            Israeli forces laid siege to the camp.                                       | COERCE/restrict 191
            Militants opened fire on a bus.                                              | ASSAULT/firearms 193
            An airstrike killed 12 civilians.                                            | ASSAULT/aerial 195
            The rebels shelled the city overnight.                                       | ASSAULT/heavy-weapons 194
            Gunmen kidnapped two aid workers.                                            | ASSAULT/abduct 181
            Militants took three engineers hostage.                                      | ASSAULT/abduct 181
            A suicide bomber killed nine people at a market.                             | ASSAULT/suicide-attack 1831
            The detainees were tortured by guards.                                       | ASSAULT/torture 1822
            Riot police fired tear gas at the crowd.                                     | ASSAULT/crowd-control 175
            The emir received the visiting delegation at his palace.                     | CONSULT/visit 043
            Oman offered its good offices to end the dispute.                            | AGREE 039
            The minister welcomed the decision to reopen the border.                     | SUPPORT 051
            The army admitted responsibility for the shelling.                           | CONCEDE 080
            The two firms set up a joint venture in Lagos.                               | COOPERATE 061
            Turkey has sheltered thousands of refugees since the war began.              | AID 073
            Congress approved the sale of helicopters to Nigeria.                        | AID 072
            The army began dismantling the outposts on Sunday.                           | RETREAT/withdraw 0874
            Hungary blocked Ukraine's bid to open accession talks.                       | REJECT 120
            The Senate voted down the bill.                                              | REJECT 120
            The militia vowed to retaliate for the raid.                                 | THREATEN/violence 138
            Students staged a sit-in at the ministry.                                    | PROTEST/demo 141
            Protesters occupied the main square for a week.                              | PROTEST/obstruct 144
            The country declared a partial mobilisation.                                 | MOBILIZE/troops 153
            Moscow moved missiles into the enclave.                                      | MOBILIZE/weapons 152
            Russia halted gas deliveries to Poland.                                      | SANCTION/discontinue 160
            The government sacked 3,000 judges after the coup attempt.                   | COERCE/restrict 172
            Two rockets slammed into a school on Friday.                                 | ASSAULT 190
            Fighters looted and burned homes in the village.                             | ASSAULT/destroy 1712
            A car bomb exploded near the ministry.                                       | ASSAULT/explosives 183
            The foreign minister embarked on a tour of West Africa.                      | CONSULT/visit 042
            The envoy shuttled between Riyadh and Tehran.                                | CONSULT 045
            The union stands firmly behind the striking miners.                          | SUPPORT 051
            The court reversed its decision to close the newspaper.                      | CONCEDE 080
            The company will invest $2 billion in Kenya.                                 | AGREE 031
            The army abandoned its positions on the ridge.                               | RETREAT/withdraw 0874
            The junta allowed the envoy to visit the prison.                             | RETREAT/access 086
            A grand jury indicted the former senator.                                    | ACCUSE/allege 1121
            The bloc suspended Mali's membership.                                        | SANCTION/discontinue 160
            Russia pulled out of the grain agreement.                                    | SANCTION/discontinue 160
            The air force scrambled jets to intercept the bombers.                       | MOBILIZE/weapons 152
            The authorities put the city under lockdown.                                 | COERCE/restrict 172
            The regime stripped the critics of their citizenship.                        | COERCE/restrict 172
            The rebels hit an army convoy near the border.                               | ASSAULT 190
            Kenya hopes that Uganda will keep its promise.                               | REQUEST 100
            The tribunal found that the blockade of the port was unlawful.               | ACCUSE/disapprove 111
            Ghana called the seizure of the tanker illegal.                              | ACCUSE/disapprove 111
            Cuba sent doctors and nurses to Peru after the floods.                       | AID 073
            The two navies coordinated efforts to rescue the crew.                       | COOPERATE 060
            Farmers set tyres on fire outside the ministry.                              | PROTEST/riot 145
            Seoul and Tokyo resumed intelligence sharing in May.                         | COOPERATE 062
            The unions led a general strike against the reforms.                         | PROTEST/strike 143
            The court declared the decree unconstitutional.                              | ACCUSE/disapprove 111
            """)
    void aSentenceOfNewsGivesItsCategoryModeAndCode(String sentence, String expected) {
        List<String> f = found(sentence);
        assertTrue(f.contains(expected), sentence + " gives " + f);
    }

    @Test
    void aWordRightAfterAPrepositionIsANounUnlessItIsAGerund() {
        assertTrue(found("Shares rose amid hopes that Kenya would win.").stream()
                .noneMatch(x -> x.startsWith("REQUEST")), "amid hopes: a noun");
        assertTrue(found("The army answered by shelling the border post.").stream()
                .anyMatch(x -> x.startsWith("ASSAULT")), "by shelling: a verb");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister held a press conference on the attack.
            He suffered a heart attack on Friday.
            The spokesman declined to comment.
            The government denied the allegations.
            The ministry released a statement on Monday.
            The president offered his condolences to the families.
            The strike broke the deadlock in the talks, she said, striking a balance.
            The senator was hit with fresh criticism on Friday.
            Exports hit a record high in May.
            """)
    void wordingsThatAreNoEventGiveNone(String sentence) {
        List<String> f = found(sentence);
        assertTrue(f.stream().noneMatch(x -> x.startsWith("ASSAULT") || x.startsWith("CONSULT/")
                || x.startsWith("RETREAT") || x.startsWith("REJECT") || x.startsWith("AGREE")),
                sentence + " gives " + f);
    }

    @Test
    void cooperationToComeIsAgreeAndARetreatToComeIsConcede() {
        assertEquals(List.of("AGREE 036"), found("Putin will visit Ankara in May."));
        assertEquals(List.of("AGREE 033"), found("Norway is ready to send aid to the region."));
        assertEquals(List.of("CONCEDE 035"), found("The army plans to withdraw from the north."));
        assertEquals(List.of("THREATEN/violence 138"), found("The rebels said they would attack the capital."));
    }

    @Test
    void aComplementIsPartOfItsGovernorsEvent() {
        // what is threatened, demanded, refused or promised is not coded as if it happened
        assertEquals(List.of("THREATEN/relations 131"), found("Azerbaijan threatened to cut ties with Russia."));
        assertEquals(List.of("REQUEST/yield 105"), found("Egypt urged Israel to withdraw from Rafah."));
        assertEquals(List.of("REQUEST 100"), found("China demanded that the US cancel the arms sale."));
        assertEquals(List.of("REJECT/meet 125"), found("The president refused to meet the envoy."));
        assertEquals(List.of("ACCUSE/allege 112"), found("Sudan accused the rebels of violating the truce."));
        // PLOVER: when a text reports a mobilization and an assault, only the assault is coded
        assertEquals(List.of("ASSAULT 190"), found("Russia sent troops to attack the town."));
    }

    @Test
    void whatMustHappenOrWouldHappenIfIsNoEvent() {
        assertEquals(List.of("PROTEST/demo 141"), found("Activists staged rallies, saying he must resign."));
        assertEquals(List.of("THREATEN 133"),
                found("The party said it will boycott the elections unless the president agrees to step down."));
        assertEquals(List.of("SUPPORT 051"), found("Japan praised efforts to end the fighting."));
    }

    @Test
    void summoningAnAmbassadorLooksForTheTargetBeforeTheAmbassador() {
        Analysis a = Annals.textPipeline().analyze(Document.of("t", "Nigeria summoned Niger's ambassador."));
        Sentence s = a.sentences().get(0);
        PatternDictionary.Match m = PatternDictionary.builtin().matches(a.tokens(), s.firstToken(), s.endToken())
                .get(0);
        assertEquals("summoned", a.tokens().get(m.end()).text(), "the pattern ends before >{ENVOY}");
    }

    @Test
    void aUserTableAddsPatternsClassesAndOverridesAtEqualLength() {
        PatternDictionary d = PatternDictionary.builder().addBuiltin()
                .addClasses("my-classes.tsv", new StringReader("class\tword\nSPACECRAFT\tprobe\nSPACECRAFT\tlander\n"))
                .addPatterns("my-patterns.tsv", new StringReader(
                        "pattern\tpos\ttype\tmode\tcameo\n"
                        + "launch * {SPACECRAFT}\tV\t-\t\t\n"
                        + "meet|confer\tV\tCONSULT\t\t046\n"))
                .build();
        assertEquals(List.of(), d.problems());
        assertEquals(List.of(), found(d, "India launched a probe to the Moon."));
        assertEquals(List.of("CONSULT 046"), found(d, "The ministers met in Cairo."));
        assertEquals(List.of("CONSULT 040"), found("The ministers met in Cairo."));
    }

    @Test
    void aLineThatCannotBeReadIsReportedWithItsFileAndLine() {
        PatternDictionary d = PatternDictionary.builder()
                .addPatterns("bad.tsv", new StringReader("pattern\tpos\ttype\tmode\tcameo\n"
                        + "meet\tV\tMEETING\t\t040\n"
                        + "talk\tX\tCONSULT\t\t040\n"
                        + "attack\tV\tASSAULT\tbombing\t190\n"
                        + "{NOSUCH} * x\tV\tCONSULT\t\t040\n"))
                .build();
        assertEquals(4, d.problems().size(), d.problems().toString());
        assertTrue(d.problems().get(0).startsWith("bad.tsv:2: "), d.problems().get(0));
        assertEquals(0, d.size());
    }
}

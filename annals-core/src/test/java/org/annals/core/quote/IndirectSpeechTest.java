package org.annals.core.quote;

import static org.annals.core.quote.QuoteTesting.analyze;
import static org.annals.core.quote.QuoteTesting.covered;
import static org.annals.core.quote.QuoteTesting.describe;
import static org.annals.core.quote.QuoteTesting.only;
import static org.annals.core.quote.QuoteTesting.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Fixtures;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Quote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reported speech without quotation marks: the reported clause, its speaker and its cue. */
class IndirectSpeechTest {

    /** The text holds one quote, partial: reported words with quoted words in them. */
    private static void assertPartial(String text, String content, String cue) {
        Quote q = only(analyze(text));
        assertEquals(Quote.Kind.PARTIAL, q.kind());
        assertEquals(content, q.text());
        assertEquals(cue, q.cue());
    }

    private static void assertIndirect(String text, String content, String speaker, String cue) {
        Analysis a = analyze(text);
        Quote q = only(a);
        assertEquals(Quote.Kind.INDIRECT, q.kind());
        assertEquals(content, q.text());
        assertEquals(speaker, covered(a, q.speakerSpan()));
        assertEquals(cue, q.cue());
    }

    @Test
    @DisplayName("a cue that opens the text has no subject before it, and is no failure")
    void aCueOpeningTheText() {
        Analysis a = analyze("Vowing to rebuild the bridge, the mayor toured the flooded district on Monday.");
        assertTrue(a.quotes().stream().noneMatch(q -> q.cue().startsWith("Vowing")));
    }

    @Test
    @DisplayName("X said that <clause>: the clause to the end of the sentence, without its full stop")
    void saidThat() {
        assertIndirect("The prime minister said that the bridge would reopen soon.", "the bridge would reopen soon",
                "The prime minister", "said");
    }

    @Test
    @DisplayName("a contrast after a comma ends the reported clause, before or after the attribution")
    void aContrastEndsTheClause() {
        assertIndirect("Party officials said the drive would be fully funded, despite the cuts announced in May.",
                "the drive would be fully funded", "Party officials", "said");
        assertIndirect("The review will not be complete by the vote, officials said, although "
                + "a partial update is possible.", "The review will not be complete by the vote", "officials", "said");
    }

    @Test
    @DisplayName("a second report joined by 'and', or quoted words after a colon, end the reported clause")
    void aSecondReportOrAColonEndsTheClause() {
        assertIndirect("The senators said they found the letter troubling and said it raised questions.",
                "they found the letter troubling", "The senators", "said");
        Analysis a = analyze("The adviser said the candidate acted out of fear: \u201cIt was a frightening "
                + "night.\u201d");
        Quote reported = quote(a, "the candidate acted out of fear");
        assertEquals(Quote.Kind.INDIRECT, reported.kind());
        assertEquals("The adviser", covered(a, reported.speakerSpan()));
    }

    @Test
    @DisplayName("a country speaks too, and a dateline is none of the sentence: X rejected ... and said <clause>")
    void aCountryIsTheSubjectOfACoordinatedSpeechVerb() {
        // the whole pipeline: the speaker of a coordinated verb is found among the sentence's mentions
        assertSpeaker("NAIROBI \u2014 Kenya on Monday rejected the proposal and said its troops would stay in the "
                + "region.", "its troops would stay in the region", "Kenya");
    }

    /** With the whole pipeline (names found): the quote {@code content} is there and {@code speaker} says it. */
    private static void assertSpeaker(String text, String content, String speaker) {
        Analysis a = Fixtures.analyze(text);
        assertEquals(speaker, covered(a, quote(a, content).speakerSpan()));
    }

    @Test
    @DisplayName("<clause>, X said: the clause without the dateline that opens the article")
    void theDatelineIsNoPartOfTheClause() {
        assertIndirect("KAMPALA \u2014 Uganda has reopened the border crossing, the ministry said.",
                "Uganda has reopened the border crossing", "the ministry", "said");
    }

    @Test
    @DisplayName("a relative clause inside the report does not end it: X said the race, which ..., had been ...")
    void aRelativeClauseInsideTheReport() {
        assertIndirect("Mr. Hale said the 2013 race, which brought new revelations, had been exasperating.",
                "the 2013 race, which brought new revelations, had been exasperating", "Mr. Hale", "said");
        assertIndirect("The minister said the talks had failed, which surprised the observers.",
                "the talks had failed", "The minister", "said");
    }

    @Test
    @DisplayName("a speaker's appositive may end in a relative clause: X, a strategist who ..., said <clause>")
    void anAppositiveWithARelativeClause() {
        assertIndirect("Ana Ruiz, a lawyer who advised the mayor's campaign that year, said the board had erred.",
                "the board had erred", "Ana Ruiz, a lawyer who advised the mayor's campaign that year", "said");
    }

    @Test
    @DisplayName("X said <clause>, without \"that\"")
    void saidWithoutThat() {
        assertIndirect("Police said four people had been detained.", "four people had been detained", "Police",
                "said");
    }

    @Test
    @DisplayName("X told the agency <clause> and X told journalists on Monday that <clause>")
    void told() {
        assertIndirect("The minister told the agency the bridge would reopen soon.", "the bridge would reopen soon",
                "The minister", "told the agency");
        assertIndirect("Ostrov told journalists on Monday that repairs were ahead of schedule.",
                "repairs were ahead of schedule", "Ostrov", "told journalists");
    }

    @Test
    @DisplayName("\"told\" with an addressee reports a clause only with \"that\"")
    void toldNeedsThat() {
        assertTrue(analyze("Ostrov told Dahl the whole story at dinner.").quotes().isEmpty());
    }

    @Test
    @DisplayName("<clause>, X said. and <clause>, said X.")
    void clauseBeforeCue() {
        assertIndirect("The agreement will be signed in June, the spokesman said on Tuesday.",
                "The agreement will be signed in June", "the spokesman", "said");
        assertIndirect("The agreement will be signed in June, said Karl Ostrov.",
                "The agreement will be signed in June", "Karl Ostrov", "said");
    }

    @Test
    @DisplayName("According to X, <clause>. and <clause>, according to X.")
    void accordingTo() {
        assertIndirect("According to the ministry, more than 200 ships are waiting at the port.",
                "more than 200 ships are waiting at the port", "the ministry", "According to");
        assertIndirect("More than 200 ships are waiting at the port, according to the port authority.",
                "More than 200 ships are waiting at the port", "the port authority", "according to");
    }

    @Test
    @DisplayName("a cue that needs \"that\" reports with it and not without it")
    void cueThatNeedsThat() {
        assertIndirect("Dahl also pointed out that the budget is limited.", "the budget is limited", "Dahl",
                "pointed out");
        assertTrue(analyze("Dahl complained about the limits of the budget.").quotes().isEmpty());
    }

    @Test
    @DisplayName("a cue inside a reported clause is part of it: X said they found the plan \"reckless\"")
    void aCueInsideTheClauseIsPartOfIt() {
        assertPartial("Two senators said they found the plan \u201creckless\u201d and would oppose it.",
                "they found the plan \u201creckless\u201d and would oppose it", "said");
    }

    @Test
    @DisplayName("asked: past an addressee to the question; with no asker named, or passive, no speaker")
    void questionsPastAnAddresseeAndWithoutAnAsker() {
        assertIndirect("The committee asked the two ministers whether the funds had been spent.",
                "whether the funds had been spent", "The committee", "asked");
        Analysis a = analyze("Asked whether the strike would continue, the union leader smiled.");
        Quote q = quote(a, "whether the strike would continue");
        assertTrue(q.speakerSpan().isEmpty());
        a = analyze("The governor was asked how the plan would be paid for.");
        q = quote(a, "how the plan would be paid for");
        assertTrue(q.speakerSpan().isEmpty(), "the governor is the one asked, not the asker");
    }

    @Test
    @DisplayName("a verb that hands its subject to an infinitive: X went on to praise Y, X appeared to concede ...")
    void catenativeVerbs() {
        assertIndirect("The opposition leader went on to praise the new finance minister.", "the new finance minister",
                "The opposition leader", "praise");
        assertIndirect("The mayor appeared to acknowledge that the budget was short.", "the budget was short",
                "The mayor", "acknowledge");
    }

    @Test
    @DisplayName("According to X, ...: a hyphenated word does not end the source (a fund-raising document)")
    void accordingToAHyphenatedSource() {
        assertIndirect("According to a fund-raising document, the new tower will offer 200 rooms to travelers.",
                "the new tower will offer 200 rooms to travelers", "a fund-raising document", "According to");
    }

    @Test
    @DisplayName("stances of political speech: X expressed concern, X railed against Y, X was referring to Y")
    void moreStances() {
        assertIndirect("The opposition leader expressed concern about the cost of the bridge.",
                "concern about the cost of the bridge", "The opposition leader", "expressed");
        assertIndirect("The senator railed against the new fuel tax.", "the new fuel tax", "The senator",
                "railed against");
        assertIndirect("The minister was referring to the leaked memo.", "the leaked memo", "The minister",
                "referring to");
    }

    @Test
    @DisplayName("a few quoted words inside a reported object are part of it; a long quotation keeps its own span")
    void quotedWordsInsideAnObject() {
        Analysis a = analyze("Senator Dana Ruiz conceded the tax code is \u201cunfair\u201d to workers.");
        Quote q = only(a);
        assertEquals(Quote.Kind.PARTIAL, q.kind());
        assertEquals("the tax code is \u201cunfair\u201d to workers", q.text());
        a = analyze("The envoy stressed his government\u2019s support for a settlement \u201cbased on the "
                + "resolutions of the council and on a fair deal for all sides.\u201d");
        assertEquals("based on the resolutions of the council and on a fair deal for all sides.", only(a).text());
    }

    @Test
    @DisplayName("a noun of speech or belief and its clause: the news that ..., amid fears that ..., X's claim that ...")
    void nounsOfSpeech() {
        Analysis a = analyze("Markets fell on the news that the central bank would raise rates again.");
        Quote q = only(a);
        assertEquals("the central bank would raise rates again", q.text());
        assertTrue(q.speakerSpan().isEmpty());
        a = analyze("Shares slid amid fears that the merger would collapse.");
        assertEquals("the merger would collapse", only(a).text());
        a = analyze("Drivers were angered by the governor\u2019s assertion that the roads were safe.");
        q = quote(a, "the roads were safe");
        assertEquals("the governor", covered(a, q.speakerSpan()));
        // a relative clause after the noun reports nothing
        assertTrue(analyze("The news that shook the market came late on Friday.").quotes().isEmpty());
        // without its "that" a noun of speech is no cue: it can name the speaker
        assertIndirect("The statement said the talks had failed after three days.",
                "the talks had failed after three days", "The statement", "said");
        assertIndirect("The news agency reported that two ships had been seized.", "two ships had been seized",
                "The news agency", "reported");
    }

    @Test
    @DisplayName("a subject too long to read: the clause around quoted words takes their speaker")
    void aClauseAroundQuotedWordsTakesTheirSpeaker() {
        assertPartial("A flyer posted on the website of the Harbor Weekly, an English-language magazine for "
                + "expatriates in the port city, said the firm was \u201cdeeply committed\u201d to the new office.",
                "the firm was \u201cdeeply committed\u201d to the new office", "said");
    }

    @Test
    @DisplayName("the head of a relative clause inside a long clause speaks: ... the release of a recording which showed ...")
    void theHeadOfARelativeClauseInsideALongClause() {
        assertIndirect("On Friday the mayor was shaken by the release of a 2019 recording which showed him mocking "
                + "the council members.", "him mocking the council members", "a 2019 recording", "showed");
    }

    @Test
    @DisplayName("a request or a question as a participle after a comma: the sentence's subject asks it")
    void requestsAfterAComma() {
        // the whole pipeline: the subject of the participle is found among the sentence's mentions
        assertSpeaker("Governor Ana Ruiz toured the flooded district on Sunday, urging residents to leave their "
                + "homes before dark.", "residents to leave their homes before dark", "Ana Ruiz");
    }

    @Test
    @DisplayName("a phrasal verb is no stance: X backed out of the deal")
    void phrasalVerbs() {
        assertTrue(analyze("A second restaurant tenant backed out of the project in the spring.").quotes().isEmpty());
        assertIndirect("The union backed the new contract.", "the new contract", "The union", "backed");
    }

    @Test
    @DisplayName("a headline in title case: its cues are capitalised and report without \"that\"")
    void aHeadlineInTitleCase() {
        Analysis a = analyze("Governor Tells Farmers The Wrong Date For The Vote.\n\nThe vote is on Friday.");
        Quote q = quote(a, "Farmers The Wrong Date For The Vote");
        assertEquals("Governor", covered(a, q.speakerSpan()));
        assertEquals("Tells", q.cue());
        a = analyze("Mayor Calls On Voters To Register Before Friday\n\nThe office opens at nine.");
        assertEquals("Mayor", covered(a, quote(a, "Voters To Register Before Friday").speakerSpan()));
        // in prose, a capitalised cue word is part of a name
        assertTrue(analyze("She met Tells Farmers Union leaders in the capital on Monday.").quotes().isEmpty());
    }

    @Test
    @DisplayName("a reporting verb without \"that\" reports its object: X noted the rise, X explained why ...")
    void aReportingVerbReportsItsObject() {
        assertIndirect("The central bank noted the sharp rise in food prices over the summer.",
                "the sharp rise in food prices over the summer", "The central bank", "noted");
        assertIndirect("The auditor explained why the accounts were filed late, and apologized.",
                "why the accounts were filed late", "The auditor", "explained");
        assertIndirect("Dahl stressed the limits of the budget.", "the limits of the budget", "Dahl", "stressed");
    }

    @Test
    @DisplayName("a request is reported with its addressee (urged X to ...); an accusation is not reported speech")
    void requestsAndAccusations() {
        assertIndirect("The minister urged residents to stay indoors.", "residents to stay indoors", "The minister",
                "urged");
        assertTrue(analyze("The union accused the company of breaking the deal.").quotes().isEmpty());
    }

    @Test
    @DisplayName("an intention: X vowed to ..., X wants to ...")
    void intentions() {
        assertIndirect("The governor vowed to rebuild every school by the autumn.",
                "to rebuild every school by the autumn", "The governor", "vowed");
        assertIndirect("Farmers want to sell their grain abroad.", "to sell their grain abroad", "Farmers", "want");
    }

    @Test
    @DisplayName("a question: X asked whether ..., and a topic: X asked about ...")
    void questions() {
        assertIndirect("Dahl asked whether the bridge would be ready before the winter.",
                "whether the bridge would be ready before the winter", "Dahl", "asked");
        assertIndirect("Reporters asked about the cost of the new bridge.", "the cost of the new bridge", "Reporters",
                "asked");
    }

    @Test
    @DisplayName("a stance whose object is attributed: X endorsed Y, up to a comma")
    void stances() {
        assertIndirect("The farmers' union endorsed the new grain law, hoping for better prices.",
                "the new grain law", "The farmers' union", "endorsed");
    }

    @Test
    @DisplayName("evidence speaks too: the survey shows ...")
    void evidence() {
        assertIndirect("The latest survey shows the mayor ahead in every district.",
                "the mayor ahead in every district", "The latest survey", "shows");
    }

    @Test
    @DisplayName("According to X, ... takes any phrase up to the comma as its source")
    void accordingToLongSource() {
        assertIndirect("According to documents released by the port authority, the ships waited for a week.",
                "the ships waited for a week", "documents released by the port authority", "According to");
    }

    @Test
    @DisplayName("a final 'according to X' attributes the last clause, not a leading subordinate one")
    void accordingToAtTheEndTakesTheLastClause() {
        assertIndirect("Although the storm has passed, the port remains closed to ships, according to the harbour "
                + "master.", "the port remains closed to ships", "the harbour master", "according to");
        assertIndirect("The ferry turned back at noon, after the engine had failed twice, according to the harbour "
                + "master.", "the engine had failed twice", "the harbour master", "according to");
        assertIndirect("Iceland, Norway and Denmark closed their ports, according to the harbour master.",
                "Iceland, Norway and Denmark closed their ports", "the harbour master", "according to");
    }

    @Test
    @DisplayName("a coordinated cue takes the sentence's subject: X did not apologize, but said ...")
    void coordinatedSubject() {
        Analysis a = Fixtures.analyze("Karl Ostrander did not apologize, but said the delay was regrettable.");
        Quote q = only(a);
        assertEquals("the delay was regrettable", q.text());
        assertEquals("Karl Ostrander", covered(a, q.speakerSpan()));
    }

    @Test
    @DisplayName("a leading participle phrase is passed over: Asked about it, X did not apologize, but said ...")
    void coordinatedSubjectAfterALeadingPhrase() {
        Analysis a = Fixtures.analyze("Asked about the delay, Karl Ostrander did not apologize, but said the "
                + "storm was to blame.");
        Quote q = only(a);
        assertEquals("the storm was to blame", q.text());
        assertEquals("Karl Ostrander", covered(a, q.speakerSpan()));
    }

    @Test
    @DisplayName("a relative clause between speaker and cue may hold words of speech: X, who answered ..., said")
    void relativeClauseWithASpeechWord() {
        Analysis a = Fixtures.analyze("Karl Ostrander, who answered questions from reporters for an hour in the "
                + "port office, said the storm was to blame.");
        Quote q = a.quotes().stream().filter(x -> x.text().equals("the storm was to blame")).findFirst()
                .orElseThrow(() -> new AssertionError(a.quotes().toString()));
        assertEquals("Karl Ostrander", covered(a, q.speakerSpan()));
    }

    @Test
    @DisplayName("a participle after a comma takes the sentence's subject: ..., saying ...")
    void participleSubject() {
        Analysis a = Fixtures.analyze("Anna Berg left the talks early, saying the offer was too low.");
        Quote q = only(a);
        assertEquals("the offer was too low", q.text());
        assertEquals("Anna Berg", covered(a, q.speakerSpan()));
        assertEquals("saying", q.cue());
    }

    @Test
    @DisplayName("A, she said, B: the reported sentence runs around its attribution")
    void parenthetical() {
        assertIndirect("The new tolls, she said, would pay for the repairs.",
                "The new tolls, she said, would pay for the repairs", "she", "said");
    }

    @Test
    @DisplayName("the clause stops at a comma that opens another report: ..., but he added ...")
    void clauseStopsAtAnotherSpeaker() {
        Analysis a = analyze("Dahl said the vote was fair, but Berg replied that it was rushed.");
        assertEquals(2, a.quotes().size(), () -> describe(a));
        assertEquals("Dahl", covered(a, quote(a, "the vote was fair").speakerSpan()));
        assertEquals("Berg", covered(a, quote(a, "it was rushed").speakerSpan()));
    }

    @Test
    @DisplayName("a capitalised cue word inside a sentence is part of a name, not a cue")
    void capitalisedCueIsAName() {
        assertTrue(analyze("Fighters of the Islamic State Said Group left the town.").quotes().isEmpty());
    }

    @Test
    @DisplayName("a negated cue reports nothing: the ministry did not say when ...")
    void negated() {
        assertTrue(analyze("The ministry did not say when the bridge would reopen.").quotes().isEmpty());
        assertTrue(analyze("Ostrov never said that the bridge was safe.").quotes().isEmpty());
    }

    @Test
    @DisplayName("a report already covered by a direct quote is not repeated as indirect")
    void noDuplicateOfDirect() {
        Analysis a = analyze("“The bridge will reopen in May,” Ostrov said.");
        assertEquals(Quote.Kind.DIRECT, only(a).kind());
    }

    @Test
    @DisplayName("the clause stops at \", adding that\", which attributes the quote after it")
    void clauseStopsAtNextReport() {
        Analysis a = analyze("Police said four people had been detained, adding that “the investigation continues.”");
        assertEquals(2, a.quotes().size(), () -> describe(a));
        assertEquals(Quote.Kind.INDIRECT, quote(a, "four people had been detained").kind());
        Quote partial = quote(a, "the investigation continues.");
        assertEquals("adding", partial.cue());
        assertEquals("Police", covered(a, partial.speakerSpan()));
    }

    @Test
    @DisplayName("officials who spoke on condition of anonymity said ...: the speaker stands before \"who\"")
    void relativeClauseSubject() {
        assertIndirect("Officials who spoke on condition of anonymity said the deal was close.", "the deal was close",
                "Officials", "said");
    }

    @Test
    @DisplayName("the speaker of reported speech is the actor of its subject, never the last person named")
    void speakerIsTheSubjectsActor() {
        String notAnActor = "Transport Minister Karl Ostrander arrived on Monday. "
                + "The charter says that the council may use force.";
        Analysis withMentions = Fixtures.analyze(notAnActor);
        assertFalse(withMentions.mentions().isEmpty(), "the entity stage found Karl Ostrander");
        Quote charter = only(withMentions);
        assertEquals("the council may use force", charter.text());
        assertEquals("The charter", covered(withMentions, charter.speakerSpan()));
        assertNull(charter.speaker(), "a description that is no actor: no speaker, and not Karl Ostrander");

        String organisation = "Transport Minister Karl Ostrander arrived on Monday. "
                + "Human Rights Watch says that the trial was unfair.";
        Analysis asOrganisation = Fixtures.analyze(organisation);
        Actor hrw = Fixtures.actorOf(asOrganisation, "Human Rights Watch");
        assertEquals("NGOHRW", hrw.code());
        assertEquals("the trial was unfair", only(asOrganisation).text());
        assertEquals(hrw.id(), only(asOrganisation).speaker());

        assertEquals("the council may use force", only(analyze(notAnActor)).text());
    }

    @Test
    @DisplayName("verbs of deeds that also report speech report only what they quote or their 'that' clause")
    void deedsAreNoSpeech() {
        assertIndirect("Police found the body of a man near the river on Sunday, officials said.",
                "Police found the body of a man near the river on Sunday", "officials", "said");
        assertIndirect("The inspectors found that the dam had not been checked since 2019.",
                "the dam had not been checked since 2019", "The inspectors", "found");
        assertTrue(analyze("Rebels attacked an army convoy near the border on Tuesday.").quotes().isEmpty());
        assertTrue(analyze("Troops defended the town for three days.").quotes().isEmpty());
        assertTrue(analyze("The militia released two hostages late on Friday.").quotes().isEmpty());
    }

    @Test
    @DisplayName("a phrase that opens the sentence before a comma is no subject: 'In New York, the council ... calls on'")
    void aFrontedPhraseIsNoSpeaker() {
        assertSpeaker("In Geneva, the Human Rights Council voted 30 to 9 for a resolution that condemns the killings "
                + "and calls on all parties to allow the safe passage of aid.",
                "all parties to allow the safe passage of aid", "Human Rights Council");
    }

    @Test
    @DisplayName("a title too long for a phrase, then its holder's name between commas: the name speaks")
    void aLongTitleThenTheName() {
        assertSpeaker("The Deputy Permanent Representative of the Republic of Korea to the United Nations, Kim "
                + "Sang-woo, told the council that the vote sent a clear message to both sides.",
                "the vote sent a clear message to both sides", "Kim Sang-woo");
    }

    @Test
    @DisplayName("a long subject that opens with a noun and its modifiers: 'A nurse at one of the ... said'")
    void aLongSubjectWithItsModifiers() {
        assertIndirect("A nurse at one of the two clinics still open in the district said the wards were full.",
                "the wards were full", "A nurse at one of the two clinics still open in the district", "said");
    }

    @Test
    @DisplayName("a document speaks through a word of speech used as a noun: the report said, a statement said")
    void aReportSpeaks() {
        assertIndirect("Farm incomes fell for a third year, the ministry's annual report said.",
                "Farm incomes fell for a third year", "the ministry's annual report", "said");
        assertIndirect("The border will stay closed, a joint statement said.", "The border will stay closed",
                "a joint statement", "said");
    }

    @Test
    @DisplayName("said Wednesday: a day after the cue is no reported clause; the clause before the comma is")
    void aDayAfterTheCue() {
        assertIndirect("Prices rose in most regions, the central bank's survey said Wednesday.",
                "Prices rose in most regions", "the central bank's survey", "said");
        assertIndirect("The strike will go ahead, the union said Friday.", "The strike will go ahead",
                "the union", "said");
    }

    @Test
    @DisplayName("the reporter's words leading into quoted ones, the speaker after both: one partial quote, whole")
    void aQuoteLedIntoByTheReporter() {
        Analysis a = analyze("The mayor, a former teacher, \u201cwill not bow to pressure from developers,\u201d "
                + "her spokesman said.");
        Quote q = only(a);
        assertEquals(Quote.Kind.PARTIAL, q.kind());
        assertEquals("The mayor, a former teacher, \u201cwill not bow to pressure from developers", q.text());
        assertEquals("her spokesman", covered(a, q.speakerSpan()));
        assertPartial("It has set up a hotline, but \u201cnot every victim will call it,\u201d said Ana Ruiz, a "
                + "lawyer for the group.", "It has set up a hotline, but \u201cnot every victim will call it", "said");
    }

    @Test
    @DisplayName("a quote after a cue of its own sentence is not led into: it stays the words between the marks")
    void aQuoteAfterItsCueIsNotLedInto() {
        Analysis a = analyze("The minister said on Tuesday that the plan was \u201ca disaster for farmers,\u201d "
                + "her aide added.");
        assertTrue(a.quotes().stream().noneMatch(q -> q.text().startsWith("The minister")), describe(a));
    }

    @Test
    @DisplayName("'said that was unfair': a verb after 'that' makes it the reported clause's subject, kept in it")
    void thatAsTheSubjectOfTheReportedClause() {
        assertIndirect("The mayor said that wasn't a fair comparison.", "that wasn't a fair comparison", "The mayor",
                "said");
        assertIndirect("The mayor said that the comparison was unfair.", "the comparison was unfair", "The mayor",
                "said");
    }

    @Test
    @DisplayName("told <addressee> <clause>: without 'that' after a name, a pronoun or a short phrase and a pronoun")
    void toldAnAddresseeAClause() {
        Analysis a = Fixtures.analyze("The governor told Reuters on Tuesday the dam would open in May.");
        assertEquals("the dam would open in May", only(a).text(), describe(a));
        assertEquals("The governor", covered(a, only(a).speakerSpan()));
        assertIndirect("The coach told him the contract was off.", "the contract was off", "The coach", "told");
        assertIndirect("The defendant told the court she had never met the buyer.", "she had never met the buyer",
                "The defendant", "told");
    }

    @Test
    @DisplayName("told <object> that is no clause reports nothing: told the story of, told him to leave")
    void toldWithNoClause() {
        assertTrue(analyze("The coach told the story of his first season.").quotes().isEmpty());
        assertTrue(analyze("The guard told him to leave the building.").quotes().stream()
                .noneMatch(q -> q.kind() == Quote.Kind.INDIRECT && q.text().startsWith("to leave")));
    }
}

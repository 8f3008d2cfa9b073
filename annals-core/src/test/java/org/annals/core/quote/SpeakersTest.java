package org.annals.core.quote;

import static org.annals.core.quote.QuoteTesting.analyze;
import static org.annals.core.quote.QuoteTesting.covered;
import static org.annals.core.quote.QuoteTesting.only;
import static org.annals.core.quote.QuoteTesting.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.annals.core.Annals;
import org.annals.core.Fixtures;
import org.annals.core.entity.EntityFinder;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.Quote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** From speaker phrase to actor, through the mention layer. */
class SpeakersTest {

    /** The actor of the person mention with exactly this text, checked to be that person. */
    private static Actor person(Analysis a, String name) {
        Actor actor = Fixtures.actorOf(a, name);
        assertEquals(EntityType.PERSON, actor.type(), name);
        assertEquals(name, actor.name());
        return actor;
    }

    @Test
    @DisplayName("the speaker is the actor of the mention over the speaker phrase")
    void mentionInSpeakerPhrase() {
        Analysis a = Fixtures.analyze("“The talks were useful,” Foreign Minister Lena Dahl of Norway said.");
        assertEquals(person(a, "Lena Dahl").id(), only(a).speaker());
    }

    @Test
    @DisplayName("a quote that opens its paragraph with no speaker is the next person's, not the headline's")
    void aQuoteOpeningItsParagraph() {
        Analysis a = Fixtures.analyze("Dahl presses Sorel on fishing quotas\n\n"
                + "\u201cWe are grateful for your help, but our fishermen want results.\u201d With those words, "
                + "Foreign Minister Lena Dahl opened her meeting with Trade Minister Ivan Sorel in Oslo.\n");
        assertEquals(person(a, "Lena Dahl").id(), quote(a, "We are grateful for your help, but our fishermen want "
                + "results.").speaker());
    }

    @Test
    @DisplayName("a quote with no speaker that runs over two paragraphs is read without fault, and no one's")
    void aQuoteOverTwoParagraphsWithNoSpeaker() {
        Analysis a = Fixtures.analyze("Flood leaves village cut off\n\n"
                + "\u201cThe water came at night and took everything we had.\n\n"
                + "\u201cWe have nothing left now, not even seed for the spring.\u201d\n\n"
                + "Residents of the valley waited for aid on Monday.\n");
        Quote q = quote(a, "The water came at night and took everything we had.\n\n\u201cWe have nothing left now, "
                + "not even seed for the spring.");
        assertNull(q.speaker());
    }

    @Test
    @DisplayName("the speaker is the person named in the phrase even when the surname is also a town's name")
    void surnameThatIsAlsoAPlace() {
        Analysis a = Fixtures.analyze("“The bridge will reopen in May,” said Transport Minister Karl Ostrov.");
        assertEquals(person(a, "Karl Ostrov").id(), only(a).speaker());
        Analysis b = Fixtures.analyze("“We are ready,” Transport Ministry spokesman Ivan Sokol said.");
        assertEquals(person(b, "Ivan Sokol").id(), only(b).speaker());
    }

    @Test
    @DisplayName("a person in the phrase wins over an organisation")
    void personBeforeOrganisation() {
        Analysis a = Fixtures.analyze("“We are ready,” Transport Ministry spokesman Ivan Sorel said.");
        assertEquals(EntityType.ORGANIZATION, Fixtures.actorOf(a, "Transport Ministry").type());
        assertEquals(person(a, "Ivan Sorel").id(), only(a).speaker());
    }

    @Test
    @DisplayName("a resolved pronoun gives its actor")
    void resolvedPronoun() {
        Analysis a = Fixtures.analyze("Transport Minister Karl Ostrander arrived late. “We lost a day,” he said.");
        Actor ostrander = person(a, "Karl Ostrander");
        assertEquals(ostrander.id(), Fixtures.actorOf(a, "he").id(), "the entity stage resolved the pronoun");
        assertEquals(ostrander.id(), only(a).speaker());
    }

    @Test
    @DisplayName("an unresolved pronoun falls back to the last person named before the quote")
    void pronounFallsBack() {
        // named four sentences back: beyond where the entity stage looks for a pronoun's person
        Analysis a = Fixtures.analyze("Transport Minister Karl Ostrander arrived late. The ferry had been cancelled. "
                + "The road was closed. Reporters waited for hours. “We lost a day,” he said.");
        assertEquals(person(a, "Karl Ostrander").id(), only(a).speaker());
        assertEquals("he", covered(a, only(a).speakerSpan()));
    }

    @Test
    @DisplayName("a pronoun after a quote is not the person named inside the quoted words")
    void pronounSkipsQuotedWords() {
        Analysis a = Fixtures.analyze("Transport Minister Karl Ostrander arrived late. "
                + "“We met Foreign Minister Lena Dahl this morning,” he said.");
        assertEquals("Lena Dahl", Fixtures.actorOf(a, "Lena Dahl").name());
        assertEquals(person(a, "Karl Ostrander").id(), only(a).speaker());
        assertEquals("he", covered(a, only(a).speakerSpan()));
    }

    @Test
    @DisplayName("with no person before it, an unresolved pronoun stays unresolved")
    void noPersonBefore() {
        Analysis a = Fixtures.analyze("“We lost a day,” he said in Kherson.");
        assertEquals("Kherson", Fixtures.actorOf(a, "Kherson").name(), "there are mentions, but no person");
        assertNull(only(a).speaker());
    }

    @Test
    @DisplayName("an unresolved description such as \"the ministry\" is not given to the last person named")
    void descriptionDoesNotFallBack() {
        Analysis a = Fixtures.analyze(
                "Transport Minister Karl Ostrander arrived. “The roads are open again,” the ministry said.");
        person(a, "Karl Ostrander");
        assertEquals("the ministry", covered(a, only(a).speakerSpan()));
        // a body of no country named by its role, not the minister named before
        assertEquals("the ministry", a.actor(only(a).speaker()).name());
        assertNull(a.actor(only(a).speaker()).country());
    }

    @Test
    @DisplayName("a quote with no cue of its own takes the speaker of the quote before it")
    void continuationInherits() {
        Analysis a = Fixtures.analyze(
                "“The bridge will reopen in May,” said Transport Minister Karl Ostrander.\n\n“Nobody will pay a toll.”");
        Quote second = quote(a, "Nobody will pay a toll.");
        assertEquals(person(a, "Karl Ostrander").id(), second.speaker());
        assertEquals("Transport Minister Karl Ostrander", covered(a, second.speakerSpan()));
    }

    @Test
    @DisplayName("without mentions, speaker phrases are found and actors stay null")
    void noMentions() {
        Analysis a = analyze("“The talks were useful,” Anna Berg said.");
        assertEquals("Anna Berg", covered(a, only(a).speakerSpan()));
        assertNull(only(a).speaker());
    }

    @Test
    @DisplayName("through the entity stage: the speaker is the actor of the mention over the speaker phrase")
    void withEntityStage() {
        String text = "Prime Minister Maria Costa met union leaders on Monday.\n\n"
                + "“We have reached a fair agreement,” Costa told reporters. She called the talks "
                + "“difficult but honest.”";
        Analysis a = Annals.textPipeline().then(new EntityFinder(KnowledgeBase.builtin()), new QuoteFinder())
                .analyze(Document.of("test", text));
        for (Quote q : List.of(quote(a, "We have reached a fair agreement"), quote(a, "difficult but honest."))) {
            Mention m = a.mentions().stream()
                    .filter(x -> x.type() == EntityType.PERSON && q.speakerSpan().contains(x.span()))
                    .findFirst().orElseThrow(() -> new AssertionError("no person mention in the speaker phrase"));
            assertNotNull(q.speaker());
            assertEquals(m.actor(), q.speaker());
        }
    }

    @Test
    @DisplayName("'the ministry said': the last body named before whose name holds the noun")
    void aBodyTakenUpByItsNoun() {
        assertSaidBy("Fishing quotas cut\n\nNorway's Ministry of Fisheries said on Monday that cod quotas would fall "
                + "by a fifth. The cuts, the ministry said, would hit the northern fleet hardest.",
                "The cuts, the ministry said, would hit the northern fleet hardest", "Norway's Ministry of Fisheries");
        Analysis none = Fixtures.analyze("Fishing quotas cut\n\nThe cuts, the ministry said, would hit the northern "
                + "fleet hardest.");
        assertNull(none.actor(only(none).speaker()).code(), "no body named before: one of no country");
        assertEquals("GOV", none.actor(only(none).speaker()).role());
    }

    @Test
    @DisplayName("'they said' right after a group spoke: the group")
    void theyIsTheGroupThatSpokeLast() {
        Analysis a = Fixtures.analyze("Talks end in Lima\n\nPeruvian officials said the two ministers also discussed "
                + "mining. Sorel, they said, promised new investment in the region.");
        Quote first = quote(a, "the two ministers also discussed mining");
        assertNotNull(first.speaker());
        assertEquals(first.speaker(), quote(a, "Sorel, they said, promised new investment in the region").speaker());
    }

    @Test
    @DisplayName("'X, he said, praised ...': he is not X but the one who spoke before")
    void theOneTheClauseIsAboutDoesNotTellIt() {
        assertSaidBy("Leaders discuss grain\n\nGovernment spokesman Tomas Berg said the two leaders talked about "
                + "energy. Prime Minister Erik Lund, he said, praised the mediators.",
                "Prime Minister Erik Lund, he said, praised the mediators", "Tomas Berg");
    }

    /** Through the whole pipeline: the quote {@code content} of {@code text} is said by the actor {@code name}. */
    private static void assertSaidBy(String text, String content, String name) {
        Analysis a = Fixtures.analyze(text);
        assertEquals(Fixtures.actorOf(a, name).id(), quote(a, content).speaker());
    }
}

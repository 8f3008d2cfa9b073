package org.annals.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.Annals;
import org.annals.core.Fixtures;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Count;
import org.annals.core.model.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Counts of people and amounts of aid: kind, value, qualifier, unit, span and place. */
class CountFinderTest {

    /** The text stages and the count finder, with no mentions. */
    private static Analysis analyze(String text) {
        return Annals.textPipeline().then(new CountFinder()).analyze(Document.of("test", text));
    }

    private static Count only(Analysis a) {
        assertEquals(1, a.counts().size(), () -> "counts: " + describe(a));
        return a.counts().get(0);
    }

    private static String describe(Analysis a) {
        return a.counts().stream().map(c -> c.kind() + " " + c.value() + " [" + a.covered(c.span()) + "]").toList()
                .toString();
    }

    private static void assertCount(Analysis a, Count c, String kind, double value, String qualifier,
            String phrase) {
        assertEquals(kind, c.kind(), () -> describe(a));
        assertEquals(value, c.value());
        assertEquals(qualifier, c.qualifier());
        assertEquals(phrase, a.covered(c.span()));
    }

    @Nested
    @DisplayName("people")
    class People {

        @Test
        @DisplayName("N people have been killed, with its qualifier, lower-cased")
        void killedWithQualifier() {
            Analysis a = analyze("More than 40,000 people have been killed since the war began.");
            assertCount(a, only(a), "killed", 40000, "more than", "More than 40,000 people have been killed");
            assertNull(only(a).unit());
        }

        @Test
        @DisplayName("people counted at a protest, and forces sent, are counts of their own kinds")
        void protestersAndTroops() {
            Analysis a = analyze("About 3,000 protesters marched through the city on Sunday.");
            assertCount(a, only(a), "protesters", 3000, "about", "About 3,000 protesters marched");
            Analysis b = analyze("The government deployed 1,200 troops to the province.");
            assertCount(b, only(b), "troops", 1200, null, "deployed 1,200 troops");
            Analysis c = analyze("Some 400 police officers were deployed around the stadium.");
            assertCount(c, only(c), "troops", 400, "some", "Some 400 police officers were deployed");
        }

        @Test
        @DisplayName("a count names the event of its sentence it is of")
        void eventOfTheCount() {
            Analysis a = Fixtures.analyze("At least 23 people were killed when gunmen attacked a market in Gusau, "
                    + "Nigeria, on Tuesday. Kenya pledged $2 million in aid to Nigeria.", "2024-05-02");
            Count killed = a.counts().get(0);
            assertEquals("killed", killed.kind(), () -> describe(a));
            assertEquals("ASSAULT", a.events().stream().filter(e -> e.id().equals(killed.event())).findFirst()
                    .orElseThrow().type());
            Count aid = a.counts().get(1);
            assertEquals("aid", aid.kind(), () -> describe(a));
            assertEquals("AGREE", a.events().stream().filter(e -> e.id().equals(aid.event())).findFirst()
                    .orElseThrow().type(), "a pledge of aid is an intention: AGREE");
            assertNull(only(analyze("At least 23 people were killed on Tuesday.")).event(), "no events layer");
        }

        @Test
        @DisplayName("a list that shares one verb gives one count per item")
        void listSharingVerb() {
            Analysis a = analyze("More than 40,000 people have been killed, around 80,000 wounded, and over 15,000 "
                    + "are still missing, the health ministry said.");
            List<Count> c = a.counts();
            assertEquals(3, c.size(), () -> describe(a));
            assertCount(a, c.get(0), "killed", 40000, "more than", "More than 40,000 people have been killed");
            assertCount(a, c.get(1), "wounded", 80000, "around", "around 80,000 wounded");
            assertCount(a, c.get(2), "missing", 15000, "over", "over 15,000 are still missing");
        }

        @Test
        @DisplayName("killed N people and wounded N others")
        void verbBeforeNumber() {
            Analysis a = analyze("The strike killed at least 12 people and wounded 30 others on Monday.");
            assertEquals(2, a.counts().size(), () -> describe(a));
            assertCount(a, a.counts().get(0), "killed", 12, "at least", "killed at least 12 people");
            assertCount(a, a.counts().get(1), "wounded", 30, null, "wounded 30 others");
        }

        @Test
        @DisplayName("N killed and M wounded, with number words")
        void numberWords() {
            Analysis a = analyze("Five soldiers were killed and two injured near the border.");
            assertEquals(2, a.counts().size(), () -> describe(a));
            assertCount(a, a.counts().get(0), "killed", 5, null, "Five soldiers were killed");
            assertCount(a, a.counts().get(1), "wounded", 2, null, "two injured");
        }

        @Test
        @DisplayName("a death toll of N, the death toll rose to N, N dead")
        void tollAndDead() {
            Analysis toll = analyze("The quake left a death toll of 57 in the region.");
            assertCount(toll, only(toll), "killed", 57, null, "death toll of 57");
            Analysis rose = analyze("The death toll from the earthquake rose to 2,300 on Tuesday.");
            assertEquals(2300, only(rose).value());
            Analysis dead = analyze("At least 9 dead after the storm.");
            assertCount(dead, only(dead), "killed", 9, "at least", "At least 9 dead");
        }

        @Test
        @DisplayName("arrested, detained, held; displaced, fled, evacuated; missing")
        void otherKinds() {
            assertEquals("arrested", only(analyze("Police arrested 45 protesters in the capital.")).kind());
            assertEquals("arrested", only(analyze("Some 30 people were held overnight.")).kind());
            assertEquals("displaced", only(analyze("Nearly 1.5 million people have fled their homes.")).kind());
            assertEquals(1_500_000, only(analyze("Nearly 1.5 million people have fled their homes.")).value());
            assertEquals("displaced", only(analyze("Two hundred and fifty people were evacuated.")).kind());
            assertEquals(250, only(analyze("Two hundred and fifty people were evacuated.")).value());
            assertEquals("missing", only(analyze("Six fishermen are missing at sea.")).kind());
        }

        @Test
        @DisplayName("vague numbers: dozens of people is 12 with the qualifier \"dozens of\"")
        void vague() {
            Analysis a = analyze("Dozens of people were reported missing after the floods.");
            assertCount(a, only(a), "missing", 12, "dozens of", "Dozens of people were reported missing");
        }

        @Test
        @DisplayName("an aside is skipped and its number shares the kind: N people, including M children, were killed")
        void aside() {
            Analysis a = analyze("Forty people, including 12 children, were killed in the attack.");
            assertEquals(2, a.counts().size(), () -> describe(a));
            assertCount(a, a.counts().get(0), "killed", 40, null, "Forty people, including 12 children, were killed");
            assertCount(a, a.counts().get(1), "killed", 12, null, "12 children");
        }

        @Test
        @DisplayName("list items share the kind of their neighbour: 20 demonstrators and 3 journalists were detained")
        void sharedKind() {
            Analysis a = analyze("Overnight 20 demonstrators and 3 journalists were detained.");
            assertEquals(2, a.counts().size(), () -> describe(a));
            assertEquals("arrested", a.counts().get(0).kind());
            assertEquals(20, a.counts().get(0).value());
            Analysis b = analyze("The raid killed 12 fighters and 3 civilians.");
            assertEquals(List.of("killed", "killed"), b.counts().stream().map(Count::kind).toList());
        }
    }

    @Nested
    @DisplayName("aid")
    class Aid {

        @Test
        @DisplayName("tonnes, trucks and doses with an aid word in the sentence")
        void units() {
            Analysis a = analyze("The convoy delivered 700 tonnes of goods, 120 trucks of medicine and 50,000 doses.");
            List<Count> c = a.counts();
            assertEquals(3, c.size(), () -> describe(a));
            assertEquals(List.of("tonnes", "trucks", "doses"), c.stream().map(Count::unit).toList());
            assertEquals(List.of(700.0, 120.0, 50000.0), c.stream().map(Count::value).toList());
            assertTrue(c.stream().allMatch(x -> x.kind().equals("aid")));
            assertEquals("700 tonnes", a.covered(c.get(0).span()));
        }

        @Test
        @DisplayName("doses of a vaccine that arrive are aid")
        void vaccineDoses() {
            Analysis a = analyze("Some 20,000 doses of measles vaccine arrived in the capital on Friday.");
            assertCount(a, only(a), "aid", 20000, "some", "Some 20,000 doses");
            assertEquals("doses", only(a).unit());
        }

        @Test
        @DisplayName("money: $15 million is 15000000 USD, €2 billion is EUR, 2 billion euros too")
        void money() {
            Analysis a = analyze("The EU pledged €2 billion in humanitarian aid and the US sent more than $15 million.");
            List<Count> c = a.counts();
            assertEquals(2, c.size(), () -> describe(a));
            assertEquals(2_000_000_000, c.get(0).value());
            assertEquals("EUR", c.get(0).unit());
            assertEquals(15_000_000, c.get(1).value());
            assertEquals("USD", c.get(1).unit());
            assertEquals("more than", c.get(1).qualifier());
            assertEquals("more than $15 million", a.covered(c.get(1).span()));
            Count euros = only(analyze("Germany will provide 2 billion euros in assistance."));
            assertEquals("EUR", euros.unit());
            assertEquals(15_000_000, only(analyze("Japan donated $15m to the relief fund.")).value());
        }

        @Test
        @DisplayName("an amount with no aid word in its sentence is not a count")
        void noAidContext() {
            assertTrue(analyze("The company posted a $15 million loss.").counts().isEmpty());
            assertTrue(analyze("The harbour handles 700 tonnes a day.").counts().isEmpty());
        }
    }

    @Nested
    @DisplayName("numbers that are not counts")
    class NotCounts {

        @Test
        @DisplayName("years, dates, ages, percentages and durations")
        void shapes() {
            Analysis a = analyze("In 2014, 300 people died. On 7 October the talks began. A 12-year-old boy was "
                    + "hurt. She was aged 34. Turnout rose to 61 percent. The siege lasted 40 days.");
            assertCount(a, only(a), "killed", 300, null, "300 people died");
        }

        @Test
        @DisplayName("a count of things that are not people nor aid: 1,000 resolutions")
        void things() {
            assertTrue(analyze("The council has adopted 1,000 resolutions since it was founded.").counts().isEmpty());
            assertTrue(analyze("The 2 sides met with 25 delegates.").counts().isEmpty());
        }

        @Test
        @DisplayName("\"no one\" is not a count of one")
        void noOne() {
            assertTrue(analyze("No one was hurt in the blast.").counts().isEmpty());
        }
    }

    @Nested
    @DisplayName("the place")
    class Place {

        /** The whole pipeline, entity stage included. */
        private static Analysis withEntities(String text) {
            return Fixtures.analyze(text);
        }

        @Test
        @DisplayName("is the location in the sentence, preferably the one after \"in\" or \"at\"")
        void preferIn() {
            Analysis a = withEntities("Ukraine said 12 people were killed in Kherson.");
            Actor kherson = Fixtures.actorOf(a, "Kherson");
            assertEquals("Kherson", kherson.name());
            assertEquals(kherson.id(), only(a).place());
        }

        @Test
        @DisplayName("is any location in the sentence when none follows \"in\" or \"at\"")
        void anyLocation() {
            Analysis a = withEntities("Kherson reported 12 people killed.");
            assertEquals(Fixtures.actorOf(a, "Kherson").id(), only(a).place());
            assertEquals("Kherson", a.actor(only(a).place()).name());
        }

        @Test
        @DisplayName("is null without a location in the sentence, or without mentions")
        void none() {
            Analysis a = withEntities("Kherson was quiet. Later 12 people were killed.");
            assertEquals("Kherson", Fixtures.actorOf(a, "Kherson").name(), "the place is known, in another sentence");
            assertNull(only(a).place());
            assertNull(only(analyze("12 people were killed in Kherson.")).place());
        }
    }
}

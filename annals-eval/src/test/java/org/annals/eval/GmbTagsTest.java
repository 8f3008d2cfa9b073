package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.tag.TaggedDocument;
import org.annals.core.tag.TaggedSentence;
import org.junit.jupiter.api.Test;

class GmbTagsTest {

    private static List<String> mapped(List<String> words, List<String> tags) {
        TaggedDocument d = new TaggedDocument("gmb#0", List.of(new TaggedSentence(words, tags)));
        return GmbTags.toConll(List.of(d), KnowledgeBase.builtin()).get(0).sentences().get(0).tags();
    }

    @Test
    void placesOrganisationsAndPeopleMapToLocOrgPerWithoutTitles() {
        assertEquals(List.of("O", "B-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"),
                mapped(List.of("President", "Obama", "told", "Red", "Cross", "in", "Kenya", "."),
                        List.of("B-per", "I-per", "O", "B-org", "I-org", "O", "B-geo", "O")));
        assertEquals(List.of("O", "B-PER", "O"),
                mapped(List.of("Mr.", "Karzai", "spoke"), List.of("B-per", "I-per", "O")));
    }

    @Test
    void nationalitiesAreMiscCountriesLocAndTimesNoName() {
        assertEquals(List.of("B-MISC", "O", "B-LOC", "O", "O"),
                mapped(List.of("Iraqi", "troops", "Nepal", "on", "Monday"),
                        List.of("B-gpe", "O", "B-gpe", "O", "B-tim")));
    }

    @Test
    void conllTaggedDocumentsAreLeftAsTheyAre() {
        TaggedDocument d = new TaggedDocument("c#0", List.of(new TaggedSentence(List.of("Kyiv"), List.of("B-LOC"))));
        assertSame(d, GmbTags.toConll(List.of(d), KnowledgeBase.builtin()).get(0));
    }
}

package org.annals.core.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;
import org.annals.core.tag.NerTagger.Entity;
import org.annals.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

class NerTaggerTest {

    private static final String MEETING = "Russian President Vladimir Putin met Turkish President Recep Tayyip "
            + "Erdogan in Sochi on Friday.";

    @Test
    void theBuiltInTaggerFindsPeoplePlacesAndNationalities() {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(MEETING);
        List<Entity> found = NerTagger.builtin().tag(tokens, 0, tokens.size());
        assertEquals(List.of("MISC[Russian]", "PER[Vladimir Putin]", "MISC[Turkish]", "PER[Recep Tayyip Erdogan]",
                "LOC[Sochi]"), TinyNews.show(found, tokens));
    }

    @Test
    void entityIndicesAreIntoTheGivenTokens() {
        List<Token> tokens = new ArrayList<>(Tokenizer.INSTANCE.tokenize("No names here. " + MEETING));
        int from = 4;
        assertEquals("Russian", tokens.get(from).text());
        List<Entity> found = NerTagger.builtin().tag(tokens, from, tokens.size());
        assertEquals(new Entity(from, from + 1, NerTagger.MISC), found.get(0));
        assertEquals("PER[Recep Tayyip Erdogan]", TinyNews.show(found.subList(3, 4), tokens).get(0));
    }

    @Test
    void aHeadlineInCapitalsIsReadToo() {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize("PUTIN MEETS ERDOGAN IN SOCHI");
        List<String> found = TinyNews.show(NerTagger.builtin().tag(tokens, 0, tokens.size()), tokens);
        assertTrue(found.contains("LOC[SOCHI]"), found.toString());
    }

    @Test
    void aDocumentIsTaggedSentenceBySentenceWithItsMemory() {
        Analysis a = Annals.textPipeline().analyze(Document.of("d", MEETING + " Erdogan flew home on Saturday."));
        assertEquals(2, a.sentences().size());
        List<String> found = TinyNews.show(NerTagger.builtin().tagDocument(a.tokens(), a.sentences()), a.tokens());
        assertEquals("PER[Erdogan]", found.get(found.size() - 1));
        for (Entity e : NerTagger.builtin().tagDocument(a.tokens(), a.sentences())) {
            Sentence s = a.sentences().get(e.start() < a.sentences().get(1).firstToken() ? 0 : 1);
            assertTrue(s.firstToken() <= e.start() && e.end() <= s.endToken(), e.toString());
        }
    }

    @Test
    void theSameTokensGiveTheSameEntitiesEveryTime() {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(MEETING);
        NerTagger one = NerTagger.builtin();
        List<Entity> first = one.tag(tokens, 0, tokens.size());
        one.tag(Tokenizer.INSTANCE.tokenize("Kyiv and Moscow traded accusations."), 0, 5);
        assertEquals(first, one.tag(tokens, 0, tokens.size()));
        assertEquals(first, NerTagger.builtin().tag(tokens, 0, tokens.size()));
    }

    @Test
    void anEmptyRangeHasNoNamesAndABadOneIsRefused() {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(MEETING);
        assertEquals(List.of(), NerTagger.builtin().tag(tokens, 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> NerTagger.builtin().tag(tokens, 3, 99));
    }
}

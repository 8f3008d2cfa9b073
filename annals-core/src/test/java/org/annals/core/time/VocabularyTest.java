package org.annals.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One look-up of a token's word gives its lexicon entries and its number among the grammar's words. */
class VocabularyTest {

    private static final Vocabulary WORDS = new Vocabulary(Lexicon.DEFAULT, Grammar.DEFAULT);

    @Test
    @DisplayName("a word the grammar names has its number there, and its lexicon entries")
    void aWordOfTheGrammar() {
        Vocabulary.Word ago = WORDS.get("ago");
        assertEquals("ago", Grammar.DEFAULT.words().get(ago.id()));
        assertEquals(Lexicon.DEFAULT.startingWith("ago").length, ago.entries().length);
        assertTrue(ago.entries().length > 0);
    }

    @Test
    @DisplayName("a word of the lexicon alone has its entries and no number; an unknown word has neither")
    void aWordOfTheLexiconAloneAndAnUnknownWord() {
        Vocabulary.Word monday = WORDS.get("monday");
        assertEquals(-1, monday.id());
        assertTrue(monday.entries().length > 0);
        assertEquals(Vocabulary.UNKNOWN, WORDS.get("parliament"));
    }
}

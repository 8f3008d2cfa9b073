package org.annals.core.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Annals;
import org.annals.core.match.TokenView;
import org.annals.core.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The frame words of a document's tokens, marked once: a token has every class its word has in {@code
 * frame-words.tsv}, in any case, and no other.
 */
class FrameWordsTest {

    private static final FrameWords.Marks MARKS = FrameWords.STANDARD.marks(TokenView.of(
            Annals.textPipeline().analyze(Document.of("test", "The minister, who has not spoken, also left."))));

    @Test
    void aTokenHasTheClassesOfItsWord() {
        // The(0) minister(1) ,(2) who(3) has(4) not(5) spoken(6) ,(7) also(8) left(9) .(10)
        assertTrue(MARKS.is(0, FrameWords.Role.DETERMINER), "'The', capitalised");
        assertTrue(MARKS.is(3, FrameWords.Role.RELATIVE));
        assertTrue(MARKS.is(3, FrameWords.Role.QUESTION), "a word may be of several classes");
        assertFalse(MARKS.is(3, FrameWords.Role.DETERMINER));
        assertFalse(MARKS.is(1, FrameWords.Role.DETERMINER), "a word of no class");
    }

    @Test
    void auxiliariesAdverbsAndNegationsMayStandBeforeTheCue() {
        assertTrue(MARKS.isSkippable(4), "has");
        assertTrue(MARKS.isSkippable(5), "not");
        assertTrue(MARKS.isSkippable(8), "also");
        assertFalse(MARKS.isSkippable(3), "who");
        assertFalse(MARKS.isSkippable(2), "a comma");
    }
}

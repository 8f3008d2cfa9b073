package org.annals.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Fixtures;
import org.junit.jupiter.api.Test;

/** Underscores that join words, as TABARI's and PETRARCH's texts write phrases ("Dol_Amroth"). */
class TokenizerUnderscoreTest {

    @Test
    void anUnderscoreBetweenLettersSeparatesWordsAsABlankDoes() {
        assertArrayEquals(new String[] {"flew", "to", "New", "York"}, Tokenizer.INSTANCE.words("flew to New_York"));
        assertEquals("USA", Fixtures.actorOf(Fixtures.analyze("Kenya sent aid to the United_States on Monday."),
                "United_States").code());
    }

    @Test
    void handlesAndOtherUnderscoresStayAsTheyWere() {
        assertArrayEquals(new String[] {"@kenya_gov", "said"}, Tokenizer.INSTANCE.words("@kenya_gov said"));
        assertArrayEquals(new String[] {"__", "init"}, Tokenizer.INSTANCE.words("__init"));
    }
}

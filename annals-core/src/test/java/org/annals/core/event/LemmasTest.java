package org.annals.core.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The verbs a word form may be a form of. */
class LemmasTest {

    @Test
    void esIsAnEndingAfterAHissingSoundOrOAndOtherwiseTheVerbsOwnE() {
        assertTrue(Lemmas.BUILTIN.candidates("reaches").contains("reach"));
        assertTrue(Lemmas.BUILTIN.candidates("taxes").contains("tax"));
        assertTrue(Lemmas.BUILTIN.candidates("vetoes").contains("veto"));
        assertTrue(Lemmas.BUILTIN.candidates("releases").contains("release"));
        assertFalse(Lemmas.BUILTIN.candidates("departes").contains("depart"), "a misspelling, no form of depart");
    }
}

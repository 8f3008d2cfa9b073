package org.annals.core.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The coder's word classes come from event-words.tsv, a reviewable table. */
class EventWordsTest {

    @Test
    void everyClassHasItsWords() {
        for (EventWords.Class c : EventWords.Class.values()) {
            assertFalse(EventWords.STANDARD.of(c).isEmpty(), c + " has no row in event-words.tsv");
        }
    }

    @Test
    void aWordMayBelongToSeveralClasses() {
        assertTrue(EventWords.STANDARD.of(EventWords.Class.PREPOSITIONS).contains("with"));
        assertTrue(EventWords.STANDARD.of(EventWords.Class.TARGET_PREPOSITIONS).contains("with"));
    }

    @Test
    void aWordsBitsAreTheUnionOfItsClasses() {
        long with = EventWords.STANDARD.bits("with");
        assertTrue((with & EventWords.bit(EventWords.Class.PREPOSITIONS)) != 0);
        assertTrue((with & EventWords.bit(EventWords.Class.TARGET_PREPOSITIONS)) != 0);
        assertFalse((with & EventWords.bit(EventWords.Class.NEGATIONS)) != 0);
        assertTrue(EventWords.STANDARD.bits("zebra") == 0);
    }

    @Test
    void categoriesAndNamesKeepTheirCase() {
        assertTrue(EventWords.STANDARD.of(EventWords.Class.PROMISED).contains("CONSULT"));
        assertTrue(EventWords.STANDARD.of(EventWords.Class.THING_HEADS).contains("Treaty"));
    }
}

package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The language of a document: English is analysed, other languages are marked. */
class LanguagesTest {

    @Test
    void commonNewsLanguagesAreTold() {
        assertEquals("en", Languages.detect(Fixtures.PARAGRAPHS[0]));
        assertEquals("de", Languages.detect(Fixtures.GERMAN));
        assertEquals("fr", Languages.detect("Les ministres des affaires étrangères se sont réunis mardi à Genève "
                + "pour discuter du corridor céréalier, ont indiqué des responsables des deux gouvernements."));
        assertEquals("es", Languages.detect("Los ministros de Exteriores se reunieron el martes en Ginebra para "
                + "hablar del corredor de cereales, según informaron fuentes de ambos gobiernos."));
        assertEquals("ru", Languages.detect("Министры иностранных дел встретились во вторник в Женеве, чтобы "
                + "обсудить зерновой коридор, сообщили официальные лица обеих стран."));
    }

    @Test
    void aTextTooShortToTellIsUndeterminedAndStillAnalysed() {
        assertEquals(Languages.UNDETERMINED, Languages.detect("Geneva, 14.03."));
        // n-gram profiles alone take this line of Georgian names for Estonian
        assertEquals(Languages.UNDETERMINED, Languages.detect("Mikheil Saakashvili met Nino Burjanadze in Tbilisi."));
        assertTrue(Languages.analysable(Languages.UNDETERMINED));
        assertTrue(Languages.analysable("en"));
        assertTrue(!Languages.analysable("de"));
    }

    @Test
    void englishFunctionWordsOutweighNamesThatLookForeign() {
        assertEquals("en", Languages.detect("Mikheil Saakashvili and Nino Burjanadze met Irakli Kobakhidze and "
                + "Zurab Zhvania in Tbilisi, Batumi and Kutaisi; Giorgi Margvelashvili was with them, officials said."));
    }

    @Test
    void theAnswerIsAlwaysTheSame() {
        String mixed = "The minister said: Wir werden weiter verhandeln, and left the room after the meeting.";
        String first = Languages.detect(mixed);
        for (int i = 0; i < 50; i++) {
            assertEquals(first, Languages.detect(mixed));
        }
    }

    /** Not a timing assertion: prints the speed, so that it is measured where the build runs. */
    @Test
    void speedIsMeasured() {
        String english = String.join(" ", Fixtures.PARAGRAPHS).repeat(8);
        String german = (Fixtures.GERMAN + " ").repeat(10);
        long load = System.nanoTime();
        Languages.detect(german);
        System.out.printf("language detection: first call (profiles loaded, unless another test did) %.0f ms%n",
                (System.nanoTime() - load) / 1e6);
        for (String text : new String[] {english, german}) {
            int n = 2000;
            long t0 = System.nanoTime();
            String found = "";
            for (int i = 0; i < n; i++) {
                found = Languages.detect(i + " " + text);
            }
            double ms = (System.nanoTime() - t0) / 1e6 / n;
            System.out.printf("language detection: %.3f ms per document (%s, first %d characters, %d documents)%n",
                    ms, found, Math.min(text.length(), Languages.SAMPLE), n);
        }
    }
}

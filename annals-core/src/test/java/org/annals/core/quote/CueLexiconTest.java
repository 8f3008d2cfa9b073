package org.annals.core.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;

import org.annals.core.kb.Tsv;
import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cue lexicon: the shipped list and the format it is read in. */
class CueLexiconTest {

    private static CueMatch match(CueLexicon lexicon, String phrase) {
        List<Token> tokens = Tokenizer.INSTANCE.tokenize(phrase);
        return lexicon.at(tokens, 0, tokens.size());
    }

    @Test
    @DisplayName("the shipped lexicon has the cues of news prose, whole")
    void standardCues() {
        for (String cue : List.of("said", "says", "told", "added", "stressed", "underlined", "emphasized",
                "emphasised", "pledged", "warned", "noted", "insisted", "argued", "announced", "declared", "stated",
                "wrote", "tweeted", "posted", "explained", "asked", "urged", "called", "quoted as saying",
                "according to", "in a statement", "reiterated", "confirmed", "denied", "claimed", "acknowledged",
                "recalled", "replied", "responded", "vowed", "promised", "accused", "told reporters",
                "told the agency")) {
            CueMatch m = match(CueLexicon.standard(), cue);
            assertNotNull(m, cue);
            assertEquals(Tokenizer.INSTANCE.tokenize(cue).size(), m.end(), () -> cue + " matched only in part");
        }
    }

    @Test
    @DisplayName("matching ignores case and takes the longest cue")
    void longestMatch() {
        CueMatch m = match(CueLexicon.standard(), "Told Reporters later");
        assertEquals(2, m.end());
        assertEquals(Cue.Kind.SAY, m.kind());
        assertEquals(Cue.Kind.TELL, match(CueLexicon.standard(), "told them").kind());
        assertNull(match(CueLexicon.standard(), "reporters told"));
    }

    @Test
    @DisplayName("a lexicon of one's own is read in the same format, and a bad kind is refused")
    void ownLexicon() {
        String tsv = "# my cues\nforms\tkind\tnote\nsnapped|snaps\tsay\ttabloid style\n";
        CueLexicon own = CueLexicon.of(rows(tsv, "own.tsv"));
        assertEquals(Cue.Kind.SAY, match(own, "snapped").kind());
        assertNull(match(own, "said"));
        String bad = "forms\tkind\tnote\nsnapped\tshout\t\n";
        assertThrows(IllegalArgumentException.class,
                () -> CueLexicon.of(rows(bad, "bad.tsv")));
    }

    private static List<Tsv.Row> rows(String tsv, String name) {
        return Tsv.read(new StringReader(tsv), name, List.of("forms", "kind"), p -> {
            throw new AssertionError(p);
        });
    }
}

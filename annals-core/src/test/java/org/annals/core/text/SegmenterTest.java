package org.annals.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;
import org.junit.jupiter.api.Test;

/** Tokens and sentences: spans into the original text, abbreviations, quotes, numbers. */
class SegmenterTest {

    private static Analysis text(String s) {
        return Annals.textPipeline().analyze(Document.of("t", s));
    }

    private static List<String> tokens(String s) {
        return text(s).tokens().stream().map(Token::text).toList();
    }

    private static List<String> sentences(String s) {
        Analysis a = text(s);
        return a.sentences().stream().map(Sentence::span).map(a::covered).toList();
    }

    @Test
    void wordsNumbersAndPunctuation() {
        assertEquals(List.of("The", "U.S.", "sent", "40,000", "doses", "on", "2021-11-23", "."),
                tokens("The U.S. sent 40,000 doses on 2021-11-23."));
    }

    @Test
    void possessivesAndNegationsSplitOff() {
        assertEquals(List.of("Russia", "'s", "position", "does", "n't", "change"),
                tokens("Russia\u2019s position doesn't change"));
    }

    @Test
    void hyphensSplitWordsButNotNumbers() {
        assertEquals(List.of("Israeli", "-", "Palestinian", "talks", "in", "1990s"),
                tokens("Israeli-Palestinian talks in 1990s"));
    }

    @Test
    void urlsHandlesAndHashtagsStayWhole() {
        assertEquals(List.of("#Sochi", ":", "see", "https://t.co/Ab12", "@KremlinPress"),
                tokens("#Sochi: see https://t.co/Ab12 @KremlinPress"));
    }

    @Test
    void tokenSpansPointIntoTheOriginalText() {
        String s = "\u201CWe agree,\u201D said Mr. Ortega\u00A0on Monday \u2014 twice.";
        Analysis a = text(s);
        for (Token t : a.tokens()) {
            assertEquals(t.text(), Normalizer.normalize(a.covered(t.span())));
        }
        assertEquals("\u201D", a.covered(a.tokens().get(4).span()));
    }

    @Test
    void sentencesEndAtTerminalMarksBeforeACapital() {
        assertEquals(List.of("Mr. Lopez met Dr. Kim in Lima.", "They spoke for an hour.", "\"It went well,\" he said."),
                sentences("Mr. Lopez met Dr. Kim in Lima. They spoke for an hour. \"It went well,\" he said."));
    }

    @Test
    void aClosingQuoteBelongsToTheSentenceItCloses() {
        assertEquals(List.of("She said: \u201CWe will return.\u201D", "Then she left."),
                sentences("She said: \u201CWe will return.\u201D Then she left."));
    }

    @Test
    void blocksAreSentenceBoundaries() {
        assertEquals(List.of("Heavy rain in the north", "Rivers rose on Sunday."),
                sentences("Heavy rain in the north\n\nRivers rose on Sunday."));
    }
}

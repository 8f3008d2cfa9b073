package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.annals.core.tag.TaggedDocument;
import org.annals.core.tag.TaggedSentence;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

    static List<TaggedDocument> read(String resource) throws IOException {
        try (Reader in = new InputStreamReader(ConllReaderTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            return ConllReader.read(in, resource);
        }
    }

    @Test
    void docstartLinesSeparateDocumentsAndBlankLinesSentences() throws IOException {
        List<TaggedDocument> docs = read("iob2.conll");
        assertEquals(2, docs.size());
        assertEquals("iob2.conll#0", docs.get(0).id());
        assertEquals(2, docs.get(0).sentences().size());
        TaggedSentence s = docs.get(0).sentences().get(1);
        assertEquals(List.of("Ukrainian", "President", "Volodymyr", "Zelenskiy", "met", "Red", "Cross", "officials",
                "."), s.words());
        assertEquals(List.of("B-MISC", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O"), s.tags());
        assertEquals(7, docs.get(1).tokenCount());
    }

    @Test
    void iob1TagsAreReadAsWrittenAndChunkedLikeIob2() throws IOException {
        TaggedSentence s = read("iob1.conll").get(0).sentences().get(0);
        assertEquals(List.of("I-MISC", "O", "I-LOC", "B-LOC", "O", "O", "I-ORG", "I-ORG", "O"), s.tags());
        assertEquals(List.of("MISC[0,1)", "LOC[2,3)", "LOC[3,4)", "ORG[6,8)"),
                ChunksTest.show(Chunks.of(s.tags(), 0)));
    }

    @Test
    void withoutDocstartEachSentenceStandsAlone() throws IOException {
        List<TaggedDocument> docs = read("sentences.conll");
        assertEquals(2, docs.size());
        assertEquals(List.of("Faki", "replied"), docs.get(1).sentences().get(0).words());
    }

    @Test
    void aLineWithoutATagIsReportedWithItsNumber() {
        ConllFormatException e = assertThrows(ConllFormatException.class, () -> read("malformed.conll"));
        assertEquals("malformed.conll:5: expected a token and its tag, found 'floods'", e.getMessage());
        assertEquals(5, e.line());
        assertEquals("malformed.conll", e.file());
    }

    @Test
    void aTagOutsideIobIsReportedWithItsLine() {
        ConllFormatException e = assertThrows(ConllFormatException.class, () -> read("badtag.conll"));
        assertEquals("badtag.conll:2: 'X-VERB' is not a tag (O, B-TYPE or I-TYPE)", e.getMessage());
    }

    @Test
    void tabsAndRunsOfSpacesSeparateColumnsAlike() throws IOException {
        List<TaggedDocument> docs = ConllReader.read(new StringReader("Lagos\tNNP  B-LOC\n\n"), "x");
        assertEquals(List.of("B-LOC"), docs.get(0).sentences().get(0).tags());
    }
}

package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.annals.core.model.Span;
import org.annals.eval.Brat.Article;
import org.annals.eval.Brat.Relation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading attribution relations from brat standoff, laid out as PolNeAR. */
class BratTest {

    private static final String TEXT = "“The dam is safe,” the engineer said. Farmers said the water was rising.";

    private static final String ANN = """
            T1\tContent 0 18\t“The dam is safe,”
            T2\tSource 19 31\tthe engineer
            T3\tCue 32 36\tsaid
            T4\tAttribution 32 36\tsaid
            E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3
            T5\tSource 38 45\tFarmers
            T6\tCue 46 50\tsaid
            T7\tContent 51 54;61 71\tthe was rising
            T8\tAttribution-no-source 46 50\tsaid
            E2\tAttribution-no-source:T8 Cue:T6 Content2:T7
            T9\tDiscuss 0 3\t“Th
            #1\tAnnotatorNotes T1\ta note
            """;

    @Test
    @DisplayName("a relation has its content, source and cue ranges; a role may carry a number")
    void relations() throws BratFormatException {
        List<Relation> rs = Brat.parse("a.ann", ANN, TEXT);
        assertEquals(2, rs.size());
        Relation first = rs.get(0);
        assertEquals(List.of(new Span(0, 18)), first.content());
        assertEquals("the engineer", first.source().get(0).covered(TEXT));
        assertEquals("said", first.cue().get(0).covered(TEXT));
        Relation second = rs.get(1);
        assertEquals(List.of(new Span(51, 54), new Span(61, 71)), second.content());
        assertTrue(second.source().isEmpty(), "no Source argument, no source");
    }

    @Test
    @DisplayName("offsets count characters (code points), turned into Java string indices")
    void codePoints() throws BratFormatException {
        String text = "\uD83D\uDE00 “We won,” she said.";
        List<Relation> rs = Brat.parse("b.ann", "T1\tContent 2 11\t“We won,”\nE1\tAttribution:T1 Content:T1\n", text);
        assertEquals("“We won,”", rs.get(0).content().get(0).covered(text));
    }

    @Test
    @DisplayName("a malformed line or a range outside the text is reported with file and line")
    void errors() {
        BratFormatException range = assertThrows(BratFormatException.class,
                () -> Brat.parse("c.ann", "T1\tContent 0 500\tx\n", TEXT));
        assertEquals("c.ann:1: range '0 500' does not fit the text (72 characters)", range.getMessage());
        BratFormatException ref = assertThrows(BratFormatException.class,
                () -> Brat.parse("d.ann", "T1\tCue 0 3\tx\nE1\tAttribution:T1 Content:T9\n", TEXT));
        assertEquals("d.ann:2: argument Content:T9 names no text-bound annotation", ref.getMessage());
    }

    @Test
    @DisplayName("a corpus folder: text/NAME.txt with the first by name of attributions/NAME_*.ann")
    void corpus(@TempDir Path dir) throws IOException, BratFormatException {
        write(dir.resolve("text/dam.txt"), TEXT);
        write(dir.resolve("text/dam_extra.txt"), "Nothing here.");
        write(dir.resolve("attributions/dam_b2.ann"), "");
        write(dir.resolve("attributions/dam_a1.ann"), ANN);
        write(dir.resolve("attributions/dam_extra_a1.ann"), "");
        List<Article> articles = Brat.readCorpus(dir);
        assertEquals(List.of("dam", "dam_extra"), articles.stream().map(Article::name).toList());
        assertEquals(2, articles.get(0).relations().size(), "read from dam_a1.ann, not dam_b2.ann");
        assertEquals(dir.resolve("attributions/dam_extra_a1.ann"), Brat.annotationOf(dir, "dam_extra"));
        assertNull(Brat.annotationOf(dir, "other"));
    }

    @Test
    @DisplayName("an article without an annotation file is an error")
    void missingAnnotation(@TempDir Path dir) throws IOException {
        write(dir.resolve("text/dam.txt"), TEXT);
        Files.createDirectories(dir.resolve("attributions"));
        assertThrows(BratFormatException.class, () -> Brat.readCorpus(dir));
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

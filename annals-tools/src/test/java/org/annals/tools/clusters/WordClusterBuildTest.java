package org.annals.tools.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClusterBuildTest {

    @TempDir
    Path dir;

    @Test
    void readsTheWordsOfCoNLLFiles() throws IOException {
        Path conll = dir.resolve("news.txt");
        Files.writeString(conll, """
                -DOCSTART- -X- -X- O

                EU NNP B-NP B-ORG
                rejects VBZ B-VP O
                German JJ B-NP B-MISC
                call NN I-NP O

                Peter NNP B-NP B-PER
                Blackburn NNP I-NP I-PER
                """);
        List<List<String>> out = new ArrayList<>();
        WordClusterBuild.read(conll, out);
        assertEquals(List.of(List.of("EU", "rejects", "German", "call"), List.of("Peter", "Blackburn")), out);
    }

    @Test
    void readsTheSyntacticWordsOfCoNLLUFiles() throws IOException {
        Path conllu = dir.resolve("web.conllu");
        Files.writeString(conllu, String.join("\n",
                "# newdoc id = web-1",
                "# text = I don't know.",
                "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_",
                "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
                "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_",
                "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
                "3.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_",
                "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_",
                "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
                "",
                "1\tThanks\tthanks\tNOUN\tNNS\t_\t0\troot\t_\t_",
                ""));
        List<List<String>> out = new ArrayList<>();
        WordClusterBuild.read(conllu, out);
        assertEquals(List.of(List.of("I", "do", "n't", "know", "."), List.of("Thanks")), out);
    }

    @Test
    void theTableIsOrderedByPathAndFoldsDigits() {
        // two kinds of word after "in" and "on": places and years; the years differ only in their digits
        List<String> text = new ArrayList<>();
        String[] places = {"Paris", "London", "Rome"};
        String[] years = {"1996", "1997", "2001"};
        for (int i = 0; i < 60; i++) {
            text.addAll(List.of("talks", "in", places[i % 3], "began", "on", years[i % 3], "."));
        }
        List<String> lines = WordClusterBuild.cluster(List.of(text), new WordClusterBuild.Settings(4, 2, 1), s -> { });
        List<String> words = lines.stream().map(l -> l.substring(0, l.indexOf('\t'))).toList();
        assertTrue(words.contains("0000"), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.contains("1") || w.contains("9")), words.toString());
        List<String> paths = lines.stream().map(l -> l.substring(l.indexOf('\t') + 1)).toList();
        assertEquals(paths.stream().sorted().toList(), paths);
        assertTrue(lines.stream().allMatch(l -> l.matches("[^\t]+\t[01]+")), lines.toString());
        String paris = paths.get(words.indexOf("Paris"));
        assertEquals(paris, paths.get(words.indexOf("London")));
        assertEquals(paris, paths.get(words.indexOf("Rome")));
        // the same input gives the same table
        assertEquals(lines, WordClusterBuild.cluster(List.of(text), new WordClusterBuild.Settings(4, 2, 2), s -> { }));
    }
}

package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals train ner} on the small gold file of {@link EvalCommandTest}. */
class TrainCommandTest {

    private static Object[] train(Path out, String... more) {
        Path gold = EvalCommandTest.resource("ner-gold.conll");
        String[] args = new String[] {"train", "ner", "--train", gold.toString(), "--dev", gold.toString(), "--out",
                out.toString(), "--iterations", "3", "--hash-bits", "16", "--runs", "1"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return AnalyzeExamplesTest.run(all);
    }

    @Test
    void writesAModelAndReportsEachIteration(@TempDir Path tmp) {
        Path model = tmp.resolve("ner.model");
        Object[] r = train(model);
        assertEquals(0, r[0], "stderr: " + r[2]);
        List<String> lines = ((String) r[1]).lines().toList();
        assertTrue(lines.get(0).startsWith("training on 4 documents, 63 tokens, 1 style"), lines.get(0));
        assertTrue(lines.get(1).startsWith("iteration 1: "), lines.get(1));
        assertTrue(lines.get(3).startsWith("iteration 3: "), lines.get(3));
        assertTrue(lines.get(5).startsWith("wrote " + model + ": "), lines.get(5));
        assertTrue(Files.isRegularFile(model));
        Object[] eval = AnalyzeExamplesTest.run("eval", "ner", "--gold",
                EvalCommandTest.resource("ner-gold.conll").toString(), "--tagger-only", "--model", model.toString());
        assertEquals(0, eval[0], "stderr: " + eval[2]);
    }

    @Test
    void theSameFilesAndSeedGiveTheSameBytes(@TempDir Path tmp) throws IOException {
        assertEquals(0, train(tmp.resolve("a.model"), "--seed", "7")[0]);
        assertEquals(0, train(tmp.resolve("b.model"), "--seed", "7")[0]);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.model")), Files.readAllBytes(tmp.resolve("b.model")));
    }

    @Test
    void aMalformedTrainingFileIsNamedWithTheLine(@TempDir Path tmp) {
        Path broken = EvalCommandTest.resource("ner-broken.conll");
        Object[] r = AnalyzeExamplesTest.run("train", "ner", "--train", broken.toString(), "--out",
                tmp.resolve("x.model").toString());
        assertEquals(1, r[0]);
        assertEquals("annals train ner: " + broken + ":4: expected a token and its tag, found 'said'",
                ((String) r[2]).strip());
    }
}

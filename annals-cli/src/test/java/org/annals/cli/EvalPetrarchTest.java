package org.annals.cli;

import static org.annals.cli.EvalCommandTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code annals eval petrarch} on validation records written for these tests (two fictional countries, a verb
 * dictionary, a discard list, and a verb file that the records' environment does not name).
 */
class EvalPetrarchTest {

    private static final Path DIR = EvalCommandTest.resource("petrarch/records.xml").getParent();

    @Test
    void recordsPassWhenTheirEventsAreExactlyTheExpectedOnes() {
        Object[] r = AnalyzeExamplesTest.run("eval", "petrarch", "--records", DIR.resolve("records.xml").toString(),
                "--dict", DIR.toString(), "--show-errors");
        // TEST-05 expects a code no pattern gives; the others pass: a bare verb, a paired code [042:043] (both
        // ways), a reciprocal event (% *: each pair), a discarded sentence (no event), a name of two actors
        // ([DUA/DUB]: an event for each)
        assertEquals(List.of("petrarch: passed 5/6", "petrarch-BASIC: passed 2/3", "petrarch-PAIR: passed 1/1",
                "petrarch-DISCARD: passed 1/1", "petrarch-SEVERAL: passed 1/1"), lines(r));
        String err = (String) r[2];
        assertTrue(err.contains("TEST-05 BASIC"), err);
        assertTrue(err.contains("expected [ZEM>RUR 999] | coded [ZEM>RUR 111]"), err);
        assertTrue(!err.contains("other.verbs.txt"), "only the files the records name are read: " + err);
    }

    @Test
    void aMissingRecordsFileIsReported() {
        Object[] r = AnalyzeExamplesTest.run("eval", "petrarch", "--records", DIR.resolve("nosuch.xml").toString(),
                "--dict", DIR.toString());
        assertEquals(1, r[0]);
        assertTrue(((String) r[2]).contains("no such file"), (String) r[2]);
    }

    @Test
    void petrarchsOwnUnitTestRecordsAreCodedWhenPresent() {
        Path records = Path.of("..", "..", "shared", "kb-sources", "petrarch2", "validation",
                "PETR.UnitTest.records.xml");
        Path dicts = Path.of("..", "..", "shared", "kb-sources", "petrarch2", "dictionaries");
        assumeTrue(Files.isRegularFile(records) && Files.isDirectory(dicts), "the shared PETRARCH files are absent");
        List<String> lines = lines(AnalyzeExamplesTest.run("eval", "petrarch", "--records", records.toString(),
                "--dict", dicts.toString()));
        assertTrue(lines.get(0).matches("petrarch: passed \\d+/284"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("petrarch-SYNSET: passed ")), lines.toString());
    }
}

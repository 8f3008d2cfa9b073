package org.annals.spark.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench scorer reads a run's stories against the stories a synthetic corpus was made of. */
class SyntheticStoriesTest {

    /** Sixteen documents (corpus lines 1 to 16: two made stories of eight), with the stories a run gave. */
    private static String scored(Path tmp, String... stories) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < stories.length; i++) {
            b.append("{\"document\":{\"source\":\"corpus.jsonl:").append(i + 1).append("\",\"story\":\"")
                    .append(stories[i]).append("\"}}\n");
        }
        Path file = tmp.resolve("out.jsonl");
        Files.writeString(file, b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            SyntheticStories.main(new String[] {file.toString()});
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void theMadeStoriesFoundScoreOne(@TempDir Path tmp) throws IOException {
        assertEquals("stories-b3: P=1.000 R=1.000 F1=1.000 (n=16) stories=2 made=2", scored(tmp,
                "s1", "s1", "s1", "s1", "s1", "s1", "s1", "s1", "s2", "s2", "s2", "s2", "s2", "s2", "s2", "s2"));
    }

    @Test
    void aMadeStorySplitInTwoHalvesItsRecall(@TempDir Path tmp) throws IOException {
        // the second story found as two of four: each of its eight documents finds half of its story
        assertEquals("stories-b3: P=1.000 R=0.750 F1=0.857 (n=16) stories=3 made=2", scored(tmp,
                "s1", "s1", "s1", "s1", "s1", "s1", "s1", "s1", "s2", "s2", "s2", "s2", "s3", "s3", "s3", "s3"));
    }
}

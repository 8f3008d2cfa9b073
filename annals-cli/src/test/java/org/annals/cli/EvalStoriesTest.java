package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval stories} on a small ECB+-shaped folder of our own: two topics of two stories each. */
class EvalStoriesTest {

    private static void cat(Path file, String text) throws IOException {
        StringBuilder sb = new StringBuilder("<Document>\n");
        int id = 1;
        int s = 0;
        for (String sentence : text.split("\n")) {
            for (String t : sentence.split(" ")) {
                sb.append("<token t_id=\"").append(id++).append("\" sentence=\"").append(s).append("\">")
                        .append(t).append("</token>\n");
            }
            s++;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.append("</Document>\n").toString(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("prints stories-b3 and stories-topic-purity, and the held-aside topics apart")
    void scores(@TempDir Path dir) throws IOException {
        String quake = "A magnitude 6.4 earthquake struck near Kalamata in southern Greece , killing three people .";
        String quake2 = "Three people died when an earthquake of magnitude 6.4 hit Kalamata , Greek officials said .";
        String other = "An earthquake of magnitude 5.1 shook the Turkish city of Izmir , damaging old buildings .";
        String other2 = "Buildings were damaged in Izmir after a 5.1 magnitude earthquake , Turkish officials said .";
        String strike = "Dock workers in Rotterdam walked out over pay , halting container traffic at the port .";
        String strike2 = "A pay strike by dock workers stopped container traffic at Rotterdam port .";
        cat(dir.resolve("1/1_1ecb.xml"), quake);
        cat(dir.resolve("1/1_2ecb.xml"), quake2);
        cat(dir.resolve("1/1_1ecbplus.xml"), "http : / / example.org\n" + other);
        cat(dir.resolve("1/1_2ecbplus.xml"), "http : / / example.org\n" + other2);
        cat(dir.resolve("2/2_1ecb.xml"), strike);
        cat(dir.resolve("2/2_2ecb.xml"), strike2);
        Files.writeString(dir.resolve("gold_story_clusters.tsv"), String.join("\n", "doc_name\ttopic\tsubtopic\tstory_id",
                "1_1ecb.xml\t1\tecb\t1_ecb", "1_2ecb.xml\t1\tecb\t1_ecb", "1_1ecbplus.xml\t1\tecbplus\t1_ecbplus",
                "1_2ecbplus.xml\t1\tecbplus\t1_ecbplus", "2_1ecb.xml\t2\tecb\t2_ecb", "2_2ecb.xml\t2\tecb\t2_ecb"));
        Object[] r = AnalyzeExamplesTest.run("eval", "stories", "--gold", dir.toString(), "--hold-out", "2");
        assertEquals(0, r[0], "stderr: " + r[2]);
        List<String> lines = ((String) r[1]).lines().toList();
        assertTrue(lines.get(0).matches("stories-b3: P=\\d\\.\\d{3} R=\\d\\.\\d{3} F1=\\d\\.\\d{3} \\(n=4\\) stories=\\d+ gold=2"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("stories-topic-purity: 1.000 (n=4)"), lines.get(1));
        assertTrue(lines.get(2).startsWith("stories-held-b3: P=1.000 R=1.000 F1=1.000 (n=2) stories=1 gold=1"),
                lines.get(2));
        assertEquals(4, lines.size());
    }

    @Test
    @DisplayName("a folder that is not ECB+ gets one clear line and exit code 2")
    void notEcbPlus(@TempDir Path dir) {
        Object[] r = AnalyzeExamplesTest.run("eval", "stories", "--gold", dir.toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[2]).contains("no gold_story_clusters.tsv"), (String) r[2]);
    }
}

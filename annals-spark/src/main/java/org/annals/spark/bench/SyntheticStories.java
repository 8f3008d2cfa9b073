package org.annals.spark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.eval.ClusterScorer;

/**
 * Scores the stories of a run over a {@link SyntheticInput} corpus made with {@code --names} against the
 * stories the corpus was made of (line {@code k} of the corpus, from 1, is a report of story {@code (k - 1) / 8};
 * a near-copy is of its original's story). Reads {@code annals/1} lines (the job's {@code OUT/jsonl/part-*}, or
 * the file {@code annals analyze --stories} wrote), each naming its corpus line in {@code document.source}
 * ({@code FILE:LINE}), and prints {@code stories-b3: P=... R=... F1=... (n=...)} and the number of stories.
 *
 * <p>Usage: {@code java -cp annals-spark-job.jar:jackson-*.jar org.annals.spark.bench.SyntheticStories OUT}
 */
public final class SyntheticStories {

    private SyntheticStories() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SyntheticStories OUT_DIR|FILE.jsonl");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        List<Path> files;
        if (Files.isDirectory(out)) {
            try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
                files = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
            }
        } else {
            files = List.of(out);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    JsonNode doc = json.readTree(line).get("document");
                    String source = doc.get("source").asText();
                    long corpusLine = Long.parseLong(source.substring(source.lastIndexOf(':') + 1));
                    predicted.add(doc.get("story").asText());
                    gold.add(Long.toString((corpusLine - 1) / SyntheticInput.STORY));
                }
            }
        }
        System.out.println(ClusterScorer.bcubed(predicted, gold).line("stories-b3")
                + " stories=" + predicted.stream().distinct().count()
                + " made=" + gold.stream().distinct().count());
    }
}

package org.annals.spark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.annals.spark.AnnalsJob;

/**
 * A corpus for measuring {@link AnnalsJob}: JSON lines made of a folder's text files (the repository's
 * {@code examples/}). Document {@code i} keeps the head (date line and title) of file {@code i mod n}, then four
 * body paragraphs drawn from any of the files, then a reference line that makes every text unique; its
 * {@code published} date is spread over a year. Every tenth document is a near-copy of the one before it (a
 * wire story republished under another headline). A pure function of {@code i} and the files.
 *
 * <p>Usage: {@code java -cp annals-spark-job.jar:jackson-core.jar org.annals.spark.bench.SyntheticInput DIR
 * COUNT OUT.jsonl}
 */
public final class SyntheticInput {

    private SyntheticInput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticInput DIR COUNT OUT.jsonl");
            System.exit(2);
        }
        List<String> names = new ArrayList<>();
        List<String[]> paragraphs = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                names.add(f.getFileName().toString());
                paragraphs.add(Files.readString(f).strip().split("\n\\s*\n"));
            }
        }
        int count = Integer.parseInt(args[1]);
        JsonFactory factory = JsonFactory.builder().build();
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]));
             JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            LocalDate start = LocalDate.of(2024, 1, 1);
            String previous = null;
            for (int i = 0; i < count; i++) {
                int n = names.size();
                int e = i % n;
                String text;
                if (i % 10 == 9 && previous != null) {
                    text = "Wire report\n\n" + previous.substring(previous.indexOf("\n\n") + 2);
                } else {
                    SplittableRandom random = new SplittableRandom(i);
                    String[] own = paragraphs.get(e);
                    StringBuilder b = new StringBuilder();
                    b.append(own[0]).append("\n\n").append(own[1]).append("\n\n");
                    for (int k = 0; k < 4; k++) {
                        String[] from = paragraphs.get(random.nextInt(n));
                        b.append(from[2 + random.nextInt(from.length - 2)]).append("\n\n");
                    }
                    text = b.toString();
                }
                previous = text;
                text = text + "(Reference " + i + ")\n";
                LocalDate published = start.plusDays((i * 7L) % 366);
                g.writeStartObject();
                g.writeStringField("source", String.format("synthetic-%07d-%s", i, names.get(e)));
                g.writeStringField("text", text);
                g.writeStringField("published", published.toString());
                g.writeEndObject();
                g.flush();
                out.write('\n');
            }
        }
    }
}

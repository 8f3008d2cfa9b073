package org.annals.spark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.annals.spark.AnnalsJob;

/**
 * A corpus for measuring {@link AnnalsJob}: JSON lines of variants of a folder's text files (the repository's
 * {@code examples/}). Variant {@code i} is file {@code i mod n}, on round {@code r = i / n} without its
 * body paragraph {@code r mod p} (on odd rounds) and with one paragraph of another file appended, then a
 * reference line that makes every text unique: articles of realistic length and content whose near-copies and
 * stories are many. A pure function of {@code i} and the files.
 *
 * <p>Usage: {@code java -cp annals-spark-job.jar org.annals.spark.bench.SyntheticInput DIR COUNT OUT.jsonl}
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
            for (int i = 0; i < count; i++) {
                int n = names.size();
                int e = i % n;
                int round = i / n;
                String[] own = paragraphs.get(e);
                String[] other = paragraphs.get((e + 1 + round % (n - 1)) % n);
                StringBuilder text = new StringBuilder();
                int dropped = round % 2 == 1 && own.length > 3 ? 2 + round % (own.length - 2) : -1;
                for (int k = 0; k < own.length; k++) {
                    if (k != dropped) {
                        text.append(own[k]).append("\n\n");
                    }
                }
                text.append(other[1 + round % (other.length - 1)]).append("\n\n");
                text.append("(Reference ").append(i).append(")\n");
                g.writeStartObject();
                g.writeStringField("source", String.format("synthetic-%07d-%s", i, names.get(e)));
                g.writeStringField("text", text.toString());
                g.writeEndObject();
                g.flush();
                out.write('\n');
            }
        }
    }
}

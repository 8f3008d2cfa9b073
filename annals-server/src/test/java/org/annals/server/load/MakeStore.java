package org.annals.server.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.store.DocumentKeys;
import org.annals.store.Store;

/**
 * Makes a large store for the load test (not a JUnit test, not run by CI): variations of the repository's
 * {@code examples/}, each analysed by the real pipeline and stored in batches of 200, for at most the given
 * number of documents or seconds, whichever comes first. A variation is an example with a line of its own
 * appended ({@code Ref. N.}), so that its text, hash and id are new.
 *
 * <pre>java -cp ... org.annals.server.load.MakeStore STORE.db 100000 600</pre>
 */
public final class MakeStore {

    private MakeStore() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: MakeStore STORE DOCUMENTS SECONDS");
            System.exit(2);
        }
        Path db = Path.of(args[0]);
        long wanted = Long.parseLong(args[1]);
        long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        List<String> examples = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                examples.add(Files.readString(f, StandardCharsets.UTF_8));
                names.add(f.getFileName().toString().replace(".txt", ""));
            }
        }
        Pipeline pipeline = Annals.pipeline();
        long start = System.nanoTime();
        try (Store store = Store.open(db.toString())) {
            long n = store.size();
            List<Analysis> batch = new ArrayList<>();
            while (n < wanted && System.nanoTime() < deadline) {
                int k = (int) (n % examples.size());
                String text = examples.get(k) + "\nRef. " + n + ".\n";
                Document d = new Document(DocumentKeys.hash(text).substring(0, 16), names.get(k) + "-" + n + ".txt",
                        text, null);
                batch.add(pipeline.analyze(d));
                n++;
                if (batch.size() == 200) {
                    store.put(batch);
                    batch.clear();
                }
                if (n % 10_000 == 0) {
                    System.err.printf("%,d documents, %.0f s%n", n, (System.nanoTime() - start) / 1e9);
                }
            }
            store.put(batch);
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("store %s: %,d documents (%,.0f added in %.0f s, %.0f/s); %,d MB on disk%n", db,
                    store.size(), (double) store.size(), s, store.size() / s, Files.size(db) >> 20);
        }
    }
}

package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.pipeline.Stage;
import org.annals.core.story.Stories;
import org.annals.core.story.StoryInput;
import org.annals.ingest.SourceItem;
import org.annals.ingest.DocumentIds;
import org.annals.ingest.SourceOptions;
import org.annals.ingest.Sources;
import org.annals.store.Store;
import org.annals.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals bench}: throughput of the whole pipeline on one thread, and its memory. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the whole pipeline (all layers, stories included) over a corpus: the articles of "
                + "--corpus (default examples/) repeated to --docs documents, after a warm-up, on one thread.",
                "Prints articles/s/core, the rate with all cores, ms per article at p50 and p99 and by stage, "
                + "and the peak heap.",
                "bench dedup measures near-copy detection over a large synthetic corpus."},
        subcommands = BenchDedupCommand.class)
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOptions knowledge;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Articles to repeat (default: examples/).")
    Path corpus;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "2000",
            description = "How many documents to analyse (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "500",
            description = "Documents analysed first and not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "Measure ingest into a new store instead: "
            + "each document analysed and stored (batches of 200), on one thread. A SQLite FILE must not exist yet.")
    String db;

    /** The article size the project's speed targets are set for. */
    private static final double FOUR_KB = 4096;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Document> base = corpus(corpus);
        if (base.isEmpty()) {
            spec.commandLine().getErr().println("annals bench: no readable articles in the corpus");
            return 1;
        }
        long chars = base.stream().mapToLong(d -> d.text().length()).sum() / base.size();
        Pipeline pipeline = knowledge.pipeline(spec.commandLine().getErr());
        for (int i = 0; i < warmup; i++) {
            pipeline.analyze(copy(base, i));
        }
        if (db != null) {
            return ingest(base, pipeline, out);
        }
        resetPeaks();
        long[] nanos = new long[docs];
        List<Stage> stages = pipeline.stages();
        long[] perStage = new long[stages.size()];
        // what stories need of each document, kept as analyze --stories keeps it: compact, not the analyses
        List<StoryInput> inputs = new ArrayList<>(docs);
        long storyInputs = 0;
        long start = System.nanoTime();
        for (int i = 0; i < docs; i++) {
            long t0 = System.nanoTime();
            Analysis a = Analysis.start(copy(base, i));
            for (int k = 0; k < perStage.length; k++) {
                long s0 = System.nanoTime();
                a = stages.get(k).apply(a);
                perStage[k] += System.nanoTime() - s0;
            }
            nanos[i] = System.nanoTime() - t0;
            long s0 = System.nanoTime();
            inputs.add(StoryInput.of(a));
            storyInputs += System.nanoTime() - s0;
        }
        long storiesStart = System.nanoTime();
        Stories.anchors(inputs, Stories.assign(inputs));
        long end = System.nanoTime();
        long storyNanos = end - storiesStart + storyInputs;
        double seconds = (end - start) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        double allCores = allCores(pipeline, base, cores);
        Arrays.sort(nanos);
        out.printf("corpus: %d articles of about %,d characters, repeated to %,d documents (warm-up %,d)%n",
                base.size(), chars, docs, warmup);
        out.printf("%.0f articles/s/core (one thread, all layers, stories over %,d documents)%n", docs / seconds,
                inputs.size());
        // the cost is about linear in the length of the text: the same work told in articles of 4 KB
        double bytesPerSecond = (double) chars * docs / seconds;
        out.printf("%.0f articles of 4 KB/s/core (%,.0f KB of text/s/core)%n", bytesPerSecond / FOUR_KB,
                bytesPerSecond / 1024);
        out.printf("%.0f articles/s with %d threads (%.2fx one thread)%n", allCores, cores,
                allCores / (docs / seconds));
        out.printf("ms per article: p50 %.3f, p99 %.3f; stories %.0f ms%n", nanos[docs / 2] / 1e6,
                nanos[Math.min(docs - 1, (int) (docs * 0.99))] / 1e6, storyNanos / 1e6);
        StringBuilder line = new StringBuilder("ms per article by stage:");
        for (int k = 0; k < perStage.length; k++) {
            line.append(String.format(" %s %.3f", stages.get(k).getClass().getSimpleName(), perStage[k] / 1e6 / docs));
        }
        out.println(line.append(String.format(" | stories %.3f", storyNanos / 1e6 / docs)));
        out.printf("peak heap: %,d MB%n", peakHeap() / (1024 * 1024));
        out.flush();
        return 0;
    }

    /** Articles per second over {@code docs} documents analysed by {@code threads} threads sharing the pipeline. */
    private double allCores(Pipeline pipeline, List<Document> base, int threads) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < docs; i = next.getAndIncrement()) {
                        pipeline.analyze(copy(base, i));
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : running) {
                f.get();
            }
            return docs / ((System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Ingest throughput: {@code docs} distinct copies of the corpus articles (each with a line {@code (copy N)}
     * added, so that the store keeps them all) analysed and stored in batches, the commit of each included.
     */
    private int ingest(List<Document> base, Pipeline pipeline, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        if (!db.contains("://") && Files.exists(Path.of(db))) {
            err.println("annals bench: " + db + " exists; --db wants a new store");
            return 2;
        }
        List<SourceItem> items = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) {
            Document d = base.get(i % base.size());
            String text = d.text() + "\n(copy " + i + ")\n";
            items.add(SourceItem.ok(d.source(), new Document(DocumentIds.of(text), d.source(), text, d.metadata())));
        }
        resetPeaks();
        try (Store store = Store.open(db)) {
            Ingest ingest = new Ingest(store, pipeline, new InputOptions(), err, 200, false);
            long start = System.nanoTime();
            ingest.run(items, new Progress(err, "bench", docs, false));
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("ingest: %.0f articles/s (one thread: analysis and storage, batches of 200) into %s%n",
                    docs / seconds, db);
            out.printf("store: %,d documents%s; peak heap %,d MB%n", store.size(), db.contains("://") ? ""
                    : String.format(", %,d KB on disk", size(Path.of(db)) / 1024), peakHeap() / (1024 * 1024));
        } catch (StoreException e) {
            err.println("annals: " + e.getMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    /** The size of a SQLite store: its file and its write-ahead log. */
    private static long size(Path file) {
        long n = 0;
        for (Path p : List.of(file, Path.of(file + "-wal"))) {
            try {
                n += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                // gone meanwhile: not counted
            }
        }
        return n;
    }

    /** The readable articles of {@code dir} (default: examples/), in the order they are read. */
    static List<Document> corpus(Path dir) {
        List<Document> out = new ArrayList<>();
        for (SourceItem item : Sources.readPaths(List.of(dir == null ? DemoCommand.examples() : dir),
                SourceOptions.defaults())) {
            if (item.ok()) {
                out.add(item.document());
            }
        }
        return out;
    }

    /** A copy of a corpus article under its own id, so that every document is distinct. */
    private static Document copy(List<Document> base, int i) {
        Document d = base.get(i % base.size());
        return new Document(d.id() + "-" + i, d.source(), d.text(), d.metadata());
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

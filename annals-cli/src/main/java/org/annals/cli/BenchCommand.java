package org.annals.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceOptions;
import org.annals.ingest.Sources;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals bench}: throughput of the whole pipeline on one thread, and its memory. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the whole pipeline (all layers, stories included) over a corpus: the articles of "
                + "--corpus (default examples/) repeated to --docs documents, after a warm-up, on one thread.",
                "Prints articles/s/core, ms per article at p50 and p99, and the peak heap."})
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Document> base = new ArrayList<>();
        for (SourceItem item : Sources.readPaths(List.of(corpus == null ? DemoCommand.examples() : corpus),
                SourceOptions.defaults())) {
            if (item.ok()) {
                base.add(item.document());
            }
        }
        if (base.isEmpty()) {
            spec.commandLine().getErr().println("annals bench: no readable articles in the corpus");
            return 1;
        }
        long chars = base.stream().mapToLong(d -> d.text().length()).sum() / base.size();
        Pipeline pipeline = knowledge.pipeline(spec.commandLine().getErr());
        for (int i = 0; i < warmup; i++) {
            pipeline.analyze(copy(base, i));
        }
        resetPeaks();
        long[] nanos = new long[docs];
        List<Analysis> kept = new ArrayList<>(Math.min(docs, 10_000));
        long start = System.nanoTime();
        for (int i = 0; i < docs; i++) {
            long t0 = System.nanoTime();
            Analysis a = pipeline.analyze(copy(base, i));
            nanos[i] = System.nanoTime() - t0;
            if (kept.size() < 10_000) {
                kept.add(a);
            }
        }
        long storiesStart = System.nanoTime();
        Stories.group(kept);
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        Arrays.sort(nanos);
        out.printf("corpus: %d articles of about %,d characters, repeated to %,d documents (warm-up %,d)%n",
                base.size(), chars, docs, warmup);
        out.printf("%.0f articles/s/core (one thread, all layers, stories over %,d documents)%n", docs / seconds,
                kept.size());
        out.printf("ms per article: p50 %.3f, p99 %.3f; stories %.0f ms%n", nanos[docs / 2] / 1e6,
                nanos[Math.min(docs - 1, (int) (docs * 0.99))] / 1e6, (end - storiesStart) / 1e6);
        out.printf("peak heap: %,d MB%n", peakHeap() / (1024 * 1024));
        out.flush();
        return 0;
    }

    /** A copy of a corpus article under its own id, so that every document is distinct. */
    private static Document copy(List<Document> base, int i) {
        Document d = base.get(i % base.size());
        return new Document(d.id() + "-" + i, d.source(), d.text(), d.metadata());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

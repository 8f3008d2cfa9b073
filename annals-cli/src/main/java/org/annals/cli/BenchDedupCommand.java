package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.annals.core.story.NearDuplicates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals bench dedup}: near-copy detection over a large synthetic corpus with known copy groups. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic corpus of --docs documents from the sentences of --corpus (default "
                + "examples/): originals, and groups of an original with rewrites of it (another headline, "
                + "boilerplate, a few words changed, a sentence dropped). Finds the near-copies with MinHash and "
                + "LSH: signatures on all cores, the index on one thread.",
                "Prints the time, documents/s, the peak heap, and precision, recall and F1 of the copy groups "
                + "over pairs of documents (a pair is right when both are in one true group)."})
final class BenchDedupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Seed articles (default: examples/).")
    Path corpus;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "1000000",
            description = "How many documents to generate (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the signatures (default: all cores).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Seed of the corpus.")
    long seed;

    /** Documents made and signed at a time. */
    private static final int CHUNK = 8192;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = BenchCommand.corpus(corpus).stream().map(d -> d.text()).toList();
        if (texts.isEmpty()) {
            spec.commandLine().getErr().println("annals bench dedup: no readable articles in the corpus");
            return 1;
        }
        SyntheticCorpus corpusGen = new SyntheticCorpus(texts, seed);
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(cores);
        BenchCommand.resetPeaks();
        long start = System.nanoTime();
        NearDuplicates index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD, docs);
        int[] truth = new int[docs];
        long chars = 0;
        for (int from = 0; from < docs; from += CHUNK) {
            int to = Math.min(docs, from + CHUNK);
            int base = from;
            int[][] sigs = new int[to - from][];
            long[] lengths = new long[to - from];
            pool.submit(() -> IntStream.range(base, to).parallel().forEach(i -> {
                SyntheticCorpus.Doc d = corpusGen.doc(i);
                truth[i] = d.group();
                lengths[i - base] = d.text().length();
                sigs[i - base] = NearDuplicates.signature(d.text());
            })).get();
            for (int k = 0; k < sigs.length; k++) {
                index.add(sigs[k]);
                chars += lengths[k];
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int[] predicted = new int[docs];
        for (int i = 0; i < docs; i++) {
            predicted[i] = index.groupOf(i);
        }
        double[] prf = pairScores(predicted, truth);
        out.printf("corpus: %,d synthetic documents of about %,d characters (%,d true copy groups of 2 or more)%n",
                docs, chars / Math.max(1, docs), groupsOfTwoOrMore(truth));
        out.printf("near-copies: %.1f s, %,.0f documents/s (%d threads for signatures), peak heap %,d MB%n",
                seconds, docs / seconds, cores, BenchCommand.peakHeap() / (1024 * 1024));
        out.printf(java.util.Locale.ROOT, "dedup-groups: P=%.3f R=%.3f F1=%.3f (n=%d)%n", prf[0], prf[1], prf[2], docs);
        out.flush();
        return 0;
    }

    /** Pairwise precision, recall and F1 of a grouping against the true one. */
    static double[] pairScores(int[] predicted, int[] truth) {
        Map<Long, Integer> both = new HashMap<>();
        Map<Integer, Integer> pred = new HashMap<>();
        Map<Integer, Integer> gold = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            both.merge(((long) predicted[i] << 32) | truth[i], 1, Integer::sum);
            pred.merge(predicted[i], 1, Integer::sum);
            gold.merge(truth[i], 1, Integer::sum);
        }
        double tp = pairs(both);
        double p = pairs(pred);
        double g = pairs(gold);
        double precision = p == 0 ? 1 : tp / p;
        double recall = g == 0 ? 1 : tp / g;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    private static <K> double pairs(Map<K, Integer> sizes) {
        double n = 0;
        for (int s : sizes.values()) {
            n += (double) s * (s - 1) / 2;
        }
        return n;
    }

    private static long groupsOfTwoOrMore(int[] truth) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int t : truth) {
            sizes.merge(t, 1, Integer::sum);
        }
        return sizes.values().stream().filter(s -> s > 1).count();
    }
}

package org.annals.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.core.model.Document;
import org.annals.core.story.NearDuplicates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Near-copy detection's hot paths on the articles of {@code examples/} (or {@code annals.examples}): the MinHash
 * signature of one article (shingling and 128 hash minima), and adding signatures to the LSH index. Scores in
 * articles per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MinHashBenchmark {

    private final List<String> texts = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        for (Document d : Examples.documents()) {
            texts.add(d.text());
            signatures.add(NearDuplicates.signature(d.text()));
        }
    }

    /** The signature of one article. */
    @Benchmark
    public int[] signature() {
        next = (next + 1) % texts.size();
        return NearDuplicates.signature(texts.get(next));
    }

    /** One article's signature added to an index of 100,000 (a new index each 100,000 adds). */
    @Benchmark
    public void index(IndexState state, Blackhole bh) {
        if (state.index.size() >= 100_000) {
            state.index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD, 100_000);
        }
        next = (next + 1) % signatures.size();
        bh.consume(state.index.add(signatures.get(next)));
    }

    /** The index being filled. */
    @State(Scope.Thread)
    public static class IndexState {
        NearDuplicates index = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD, 100_000);
    }
}

package org.annals.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.core.model.Analysis;
import org.annals.core.time.TimeTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The temporal tagger on news tokens: the articles of {@code examples/} (or of the folder in the system
 * property {@code annals.examples}), normalised, tokenised and split into sentences by annals' own text stages
 * (their publication dates read from their headers), each benchmark call tagging them all, as the pipeline
 * calls the stage: classifying the tokens of each sentence, matching the grammar, reading and anchoring what
 * matched. The score is in tokens per second on one thread: every call counts as {@link #TOKENS} operations,
 * the corpus being repeated to that many tokens.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimeTaggerBenchmark {

    /** The tokens one call tags (the corpus repeated, its last article cut at a sentence's end). */
    static final int TOKENS = 100_000;

    private final List<Analysis> docs = new ArrayList<>();
    private final TimeTagger tagger = new TimeTagger();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        docs.addAll(Examples.tokens(TOKENS));
    }

    /** Every article through the time stage. */
    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void tagTimes(Blackhole bh) {
        for (Analysis a : docs) {
            bh.consume(tagger.apply(a).times());
        }
    }
}

package org.annals.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.core.Annals;
import org.annals.core.event.EventCoder;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.pipeline.Stage;
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
 * The event coder alone: the articles of {@code examples/} (or of the folder in {@code annals.examples}) taken
 * through every stage before it (text, entities, times, quotes), then coded by the event stage at each call, as
 * the pipeline calls it, one article a call in turn. The score is in articles per second on one thread; the
 * set-up prints the mean number of sentences of an article, to read it in sentences per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EventCoderBenchmark {

    private final List<Analysis> docs = new ArrayList<>();
    private final EventCoder coder = new EventCoder();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : Annals.pipeline().stages()) {
            if (s instanceof EventCoder) {
                break;
            }
            stages.add(s);
        }
        Pipeline before = Pipeline.of(stages);
        for (Document d : Examples.documents()) {
            docs.add(before.analyze(d));
        }
        double mean = docs.stream().mapToInt(a -> a.sentences().size()).average().orElse(0);
        System.out.printf("event coder benchmark: %d articles, %.1f sentences an article%n", docs.size(), mean);
    }

    /** The next article through the event stage. */
    @Benchmark
    public void codeEvents(Blackhole bh) {
        next = (next + 1) % docs.size();
        bh.consume(coder.apply(docs.get(next)).events());
    }
}

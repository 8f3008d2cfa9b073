package org.annals.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.core.Annals;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Token;
import org.annals.core.pipeline.Pipeline;
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

/**
 * The text stages and the knowledge base's name automaton on the articles of {@code examples/} (or
 * {@code annals.examples}), one article a call in turn: {@link #textStages} normalises, lays out, dates,
 * tokenises and splits an article; {@link #nameAutomaton} looks for the longest known name at every token of an
 * already tokenised article, as the entity stage does. Scores in articles per second on one thread; the set-up
 * prints the mean number of tokens an article has, to read them in tokens per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBenchmark {

    private final List<Document> documents = new ArrayList<>();
    private final List<List<Token>> tokens = new ArrayList<>();
    private final Pipeline text = Annals.textPipeline();
    private final PhraseIndex<KnowledgeBase.Candidate> names = KnowledgeBase.builtin().names();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        for (Document d : Examples.documents()) {
            documents.add(d);
            tokens.add(text.analyze(d).tokens());
        }
        double mean = tokens.stream().mapToInt(List::size).average().orElse(0);
        System.out.printf("text benchmark: %d articles, %.0f tokens an article%n", documents.size(), mean);
    }

    /** The next article through the text stages (tokens and sentences). */
    @Benchmark
    public Analysis textStages() {
        next = (next + 1) % documents.size();
        return text.analyze(documents.get(next));
    }

    /** The longest known name at each token of the next article; returns how many tokens start one. */
    @Benchmark
    public int nameAutomaton() {
        next = (next + 1) % tokens.size();
        List<Token> ts = tokens.get(next);
        int found = 0;
        for (int i = 0; i < ts.size(); i++) {
            if (names.longest(ts, i, ts.size()) != null) {
                found++;
            }
        }
        return found;
    }
}

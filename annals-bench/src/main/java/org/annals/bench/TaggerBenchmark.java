package org.annals.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Analysis;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;
import org.annals.core.tag.NerModel;
import org.annals.core.tag.NerTagger;
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
 * The named-entity tagger on news tokens: the articles of {@code examples/} (or of the folder in the system
 * property {@code annals.examples}), tokenised and split into sentences by annals' own text stages, each
 * benchmark call tagging them all. The score is in tokens per second on one thread: every call counts as
 * {@link #TOKENS} operations, the corpus being repeated to that many tokens.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggerBenchmark {

    /** The tokens one call tags (the corpus repeated, its last document cut where the count is reached). */
    static final int TOKENS = 100_000;

    private record Doc(List<Token> tokens, List<Sentence> sentences) {
    }

    private final List<Doc> docs = new ArrayList<>();
    private NerTagger tagger;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        for (Analysis a : Examples.tokens(TOKENS)) {
            docs.add(new Doc(a.tokens(), a.sentences()));
        }
        tagger = new NerTagger(NerModel.builtin(), KnowledgeBase.builtin());
    }

    /** Whole documents, as the entity stage tags them (two passes, document memory). */
    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void tagDocuments(Blackhole bh) {
        for (Doc d : docs) {
            bh.consume(tagger.tagDocument(d.tokens(), d.sentences()));
        }
    }

    /** Sentence by sentence, each seen alone. */
    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void tagSentences(Blackhole bh) {
        for (Doc d : docs) {
            for (Sentence s : d.sentences()) {
                bh.consume(tagger.tag(d.tokens(), s.firstToken(), s.endToken()));
            }
        }
    }
}

package org.annals.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Sentence;
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
        Path dir = Path.of(System.getProperty("annals.examples", "examples"));
        List<Analysis> base = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                base.add(Annals.textPipeline().analyze(Document.of(f.getFileName().toString(), text)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (base.isEmpty()) {
            throw new IllegalStateException("no .txt articles in " + dir.toAbsolutePath()
                    + " (run from the repository's root or set -Dannals.examples=DIR)");
        }
        int total = 0;
        for (int i = 0; total < TOKENS; i++) {
            Analysis a = base.get(i % base.size());
            List<Sentence> kept = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                if (total + s.endToken() > TOKENS) {
                    break;
                }
                kept.add(s);
            }
            int end = kept.isEmpty() ? 0 : kept.get(kept.size() - 1).endToken();
            if (end == 0) {
                break;
            }
            docs.add(a.withTokens(a.tokens().subList(0, end), kept));
            total += end;
        }
        // pad with the first sentence of the first article, cut, so that a call is exactly TOKENS tokens
        Analysis first = base.get(0);
        while (total < TOKENS) {
            int n = Math.min(TOKENS - total, first.sentences().get(0).endToken());
            Sentence cut = new Sentence(first.sentences().get(0).span(), 0, n, 0);
            docs.add(first.withTokens(first.tokens().subList(0, n), List.of(cut)));
            total += n;
        }
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

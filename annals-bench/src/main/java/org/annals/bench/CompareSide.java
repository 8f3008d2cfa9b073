package org.annals.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Stage;

/**
 * One side of {@link Compare}: the pipeline of the annals jar whose class loader loaded this class. Called by
 * reflection only, since each side's classes are its own.
 */
public final class CompareSide {

    private final List<String> texts = new ArrayList<>();
    private final List<Stage> stages;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public CompareSide(String corpus) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        if (texts.isEmpty()) {
            throw new IOException("no .txt articles in " + corpus);
        }
        stages = Annals.pipeline().stages();
    }

    /** The names of the stages, in their order. */
    public String[] stages() {
        return stages.stream().map(s -> s.getClass().getSimpleName()).toArray(String[]::new);
    }

    /** The number of documents a round of {@code reps} passes analyses. */
    public int documents(int reps) {
        return reps * texts.size();
    }

    /**
     * Analyses the corpus {@code reps} times; returns the processor time of this thread in each stage, in
     * nanoseconds, and last the whole round's.
     */
    public long[] round(int reps) {
        long[] nanos = new long[stages.size() + 1];
        long start = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < texts.size(); i++) {
                Analysis a = Analysis.start(Document.of("compare-" + r + "-" + i, texts.get(i)));
                for (int k = 0; k < stages.size(); k++) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    a = stages.get(k).apply(a);
                    nanos[k] += threads.getCurrentThreadCpuTime() - t0;
                }
            }
        }
        nanos[stages.size()] = threads.getCurrentThreadCpuTime() - start;
        return nanos;
    }
}

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
import org.annals.core.story.StoryInput;

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

    /**
     * The names of the stages, in their order, then {@code StoryInput}: what story grouping takes of each
     * analysis ({@link StoryInput#of(Analysis)}, as {@code annals bench} counts it in its stories).
     */
    public String[] stages() {
        return Stream.concat(stages.stream().map(s -> s.getClass().getSimpleName()), Stream.of("StoryInput"))
                .toArray(String[]::new);
    }

    /** The number of documents a round of {@code reps} passes analyses. */
    public int documents(int reps) {
        return reps * texts.size();
    }

    /**
     * Analyses the corpus {@code reps} times and takes the story input of each analysis; returns the processor
     * time of this thread in each stage and in the story inputs, in nanoseconds, and last the whole round's.
     */
    public long[] round(int reps) {
        long[] nanos = new long[stages.size() + 2];
        long start = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < texts.size(); i++) {
                Analysis a = Analysis.start(Document.of("compare-" + r + "-" + i, texts.get(i)));
                for (int k = 0; k < stages.size(); k++) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    a = stages.get(k).apply(a);
                    nanos[k] += threads.getCurrentThreadCpuTime() - t0;
                }
                long t0 = threads.getCurrentThreadCpuTime();
                StoryInput.of(a);
                nanos[stages.size()] += threads.getCurrentThreadCpuTime() - t0;
            }
        }
        nanos[stages.size() + 1] = threads.getCurrentThreadCpuTime() - start;
        return nanos;
    }
}

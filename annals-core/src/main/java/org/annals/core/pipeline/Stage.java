package org.annals.core.pipeline;

import org.annals.core.model.Analysis;

/**
 * One step of the pipeline: reads the layers before it and returns the analysis with its own layer added.
 * Implementations are immutable and safe to share across threads; bad text gives diagnostics, not
 * exceptions.
 */
@FunctionalInterface
public interface Stage {

    Analysis apply(Analysis soFar);

    /** A short name for timings and diagnostics. */
    default String name() {
        String n = getClass().getSimpleName();
        return n.isEmpty() || n.contains("$$Lambda") ? "stage" : n;
    }
}

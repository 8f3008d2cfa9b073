package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.annals.core.model.Analysis;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.ingest.SourceItem;

/**
 * Reads inputs, analyses each document, and hands the analyses on in input order; with stories on, the
 * whole set is grouped into stories first. A bad input is reported on {@code err} as one line naming it and
 * the problem, and the rest goes on.
 */
final class Batch {

    private final Pipeline pipeline;
    private final PrintWriter err;
    private int failed;
    private int analysed;

    Batch(Pipeline pipeline, PrintWriter err) {
        this.pipeline = pipeline;
        this.err = err;
    }

    /** Analyses every document under {@code inputs}; returns the number of inputs that failed. */
    int run(List<Path> inputs, long maxBytes, boolean stories, Consumer<Analysis> out) {
        List<Analysis> held = stories ? new ArrayList<>() : null;
        for (SourceItem item : Inputs.read(inputs, maxBytes)) {
            if (!item.ok()) {
                fail(item.name(), item.problem());
                continue;
            }
            Analysis a;
            try {
                a = pipeline.analyze(item.document());
            } catch (RuntimeException e) {
                // a defect of ours, not of the input: report it with the input's name and go on
                fail(item.name(), "internal error while analysing: " + e);
                continue;
            }
            analysed++;
            if (held != null) {
                held.add(a);
            } else {
                out.accept(a);
            }
        }
        if (held != null) {
            Stories.group(held).forEach(out);
        }
        err.flush();
        return failed;
    }

    private void fail(String name, String problem) {
        failed++;
        err.println("annals: " + name + ": " + problem);
    }

    int analysed() {
        return analysed;
    }
}

package org.annals.cli;

import java.io.PrintWriter;
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
 * the problem, and the rest goes on. A document in a language other than English is not analysed (unless
 * {@code --all-languages}): it is handed on with its language and empty layers, and one line on {@code err}
 * says so ({@code annals: NAME: language de, not analysed}); it does not count as failed.
 */
final class Batch {

    private final Pipeline pipeline;
    private final PrintWriter err;
    private int failed;
    private int analysed;
    private int otherLanguage;

    Batch(Pipeline pipeline, PrintWriter err) {
        this.pipeline = pipeline;
        this.err = err;
    }

    /**
     * Analyses every document of {@code inputs} (files, folders, archives, URLs, read by {@link Sources});
     * returns the number of inputs that failed.
     */
    int run(List<String> inputs, InputOptions options, boolean stories, Consumer<Analysis> out) {
        List<Analysis> held = stories ? new ArrayList<>() : null;
        for (SourceItem item : Inputs.read(inputs, options.options())) {
            if (!item.ok()) {
                fail(item.name(), item.problem());
                continue;
            }
            String language = item.document().metadata().extra().get("language");
            Analysis a;
            try {
                if (!options.analyses(language)) {
                    otherLanguage++;
                    err.println("annals: " + item.name() + ": language " + language + ", not analysed");
                }
                a = options.analyse(pipeline, item.document());
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

    /** Documents analysed (those in another language not among them). */
    int analysed() {
        return analysed - otherLanguage;
    }

    /** Documents handed on unanalysed for their language. */
    int otherLanguage() {
        return otherLanguage;
    }
}

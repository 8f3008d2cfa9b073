package org.annals.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.model.Analysis;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.core.story.Story;
import org.annals.store.Store;
import org.annals.store.StoreException;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that read stories ({@code stories}, {@code timeline}): files and folders, or the
 * documents of a store, analysed, grouped into stories and their events merged. Shared as a picocli mixin.
 */
final class StoryInputs {

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Files, folders, archives, WARC files, feeds, "
            + "JSON lines, HTML pages, or http(s) URLs.")
    List<String> inputs;

    @Mixin
    InputOptions options;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "Read the documents of this store instead "
            + "of files (a SQLite file, or postgresql://HOST:PORT/DB?user=NAME).")
    String db;

    /** What was read: the grouped analyses, their stories, and how many inputs failed. */
    record Read(List<Analysis> analyses, List<Story> stories, int failed) {
    }

    /** The stories of the inputs, or {@code null} after a line on {@code err} saying why there are none. */
    Read read(PrintWriter err, String command) {
        boolean files = inputs != null && !inputs.isEmpty();
        if (files == (db != null)) {
            err.println("annals " + command + ": name files or folders, or a store with --db (one of the two)");
            return null;
        }
        Pipeline pipeline = knowledge.pipeline(err);
        List<Analysis> analyses = new ArrayList<>();
        int failed = 0;
        if (files) {
            failed = new Batch(pipeline, err).run(inputs, options, false, analyses::add);
        } else {
            // the store keeps documents as they were read; analysing them again gives the stored analyses
            try (Store store = Store.open(db)) {
                store.forEachDocument(d -> analyses.add(options.analyse(pipeline, d)));
            } catch (StoreException e) {
                err.println("annals: " + e.getMessage());
                return null;
            }
        }
        List<Analysis> grouped = Stories.group(analyses);
        return new Read(grouped, Stories.merge(grouped), failed);
    }
}

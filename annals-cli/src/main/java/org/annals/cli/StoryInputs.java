package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.model.Analysis;
import org.annals.core.story.Stories;
import org.annals.core.story.Story;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that read stories ({@code stories}, {@code timeline}): files and folders
 * analysed, grouped into stories and their events merged. Shared as a picocli mixin.
 */
final class StoryInputs {

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Text files, or folders of .txt files.")
    List<Path> inputs;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Skip files larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /** What was read: the grouped analyses, their stories, and how many inputs failed. */
    record Read(List<Analysis> analyses, List<Story> stories, int failed) {
    }

    Read read(PrintWriter err) {
        List<Analysis> grouped = new ArrayList<>();
        Batch batch = new Batch(knowledge.pipeline(err), err);
        int failed = batch.run(inputs, maxBytes, true, grouped::add);
        return new Read(grouped, Stories.merge(grouped), failed);
    }
}

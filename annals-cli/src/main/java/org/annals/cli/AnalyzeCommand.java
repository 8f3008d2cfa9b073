package org.annals.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.core.story.StoryBlocks;
import org.annals.json.AnnalsJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals analyze}: one {@code annals/1} JSON object per document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses articles, writing one annals/1 JSON object per document (JSON lines). Each input "
                + "is read by its content: plain text, HTML pages (the article, boilerplate removed), JSON lines, "
                + "WARC files, RSS/Atom feeds, .gz and .zip archives, folders of them, http(s) URLs of pages and "
                + "feeds.",
                "An input that cannot be read (binary, not UTF-8, empty, too large, broken) is named on stderr "
                + "with the reason; the others are analysed, and the exit code is 1. A document not in English is "
                + "written with its language and no layers (one line on stderr says so) unless --all-languages."})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOptions knowledge;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, archives (.zip, .gz), WARC "
            + "files, feeds, JSON lines, HTML pages, or http(s) URLs of pages and feeds.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Option(names = "--stories", description = "Group the documents into stories (fills document.story) "
            + "and resolve relative dates through them. The analyses wait in a temporary file meanwhile: memory "
            + "holds only what the grouping needs of each document.")
    boolean stories;

    @Option(names = "--block-size", paramLabel = "N", description = "With --stories: split a week that holds "
            + "more than N documents (default: ${DEFAULT-VALUE}) into lanes by the actor each names most, so that "
            + "no step clusters more than about N documents at once (as the Spark job does).")
    int blockSize = StoryBlocks.Blocking.BLOCK_SIZE;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (blockSize < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--block-size must be at least 1: " + blockSize);
        }
        try (OutputStream os = out == null ? new BufferedOutputStream(System.out, 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             AnnalsJson.Lines lines = AnnalsJson.lines(os)) {
            Batch batch = new Batch(knowledge.pipeline(err), err);
            // with stories, the analyses wait on disk while the stories are made: memory holds only what the
            // grouping needs of each document
            int failed = stories ? batch.runStories(inputs, input, blockSize, lines::write)
                    : batch.run(inputs, input, false, lines::write);
            return failed == 0 ? 0 : 1;
        }
    }
}

package org.annals.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.core.story.StoryInput;
import org.annals.json.AnnalsJson;
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
        analyseAll(inputs, options, a -> {
            if (held != null) {
                held.add(a);
            } else {
                out.accept(a);
            }
        });
        if (held != null) {
            Stories.group(held).forEach(out);
        }
        err.flush();
        return failed;
    }

    /**
     * Analyses every document of {@code inputs}, groups them into stories and hands on their {@code annals/1}
     * lines in input order, the same lines as {@link #run} with stories and {@link AnnalsJson#toJson}. Only what
     * the grouping needs of each document stays in memory (its {@link StoryInput}, and the text of a document
     * with no publication date, which its story may date); the analyses wait in a temporary file, deleted at
     * the end. Weeks of more than {@code blockSize} documents are split into lanes ({@link
     * org.annals.core.story.StoryBlocks.Blocking}). Returns the number of inputs that failed.
     */
    int runStories(List<String> inputs, InputOptions options, int blockSize, Consumer<String> lines)
            throws IOException {
        Path spill = Files.createTempFile("annals-stories-", ".jsonl");
        try {
            List<StoryInput> compact = new ArrayList<>();
            Map<Integer, Document> undated = new HashMap<>();
            try (BufferedWriter w = Files.newBufferedWriter(spill, StandardCharsets.UTF_8)) {
                analyseAll(inputs, options, a -> {
                    if (!a.publication().known()) {
                        undated.put(compact.size(), a.document());
                    }
                    compact.add(StoryInput.of(a));
                    try {
                        w.write(AnnalsJson.toJson(a));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            List<Stories.Placement> placements = Stories.assign(compact, blockSize);
            Map<String, LocalDate> anchors = Stories.anchors(compact, placements);
            compact.clear();
            try (BufferedReader r = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
                for (int i = 0; i < placements.size(); i++) {
                    String line = r.readLine();
                    Stories.Placement p = placements.get(i);
                    LocalDate anchor = anchors.get(p.story());
                    Document d = undated.get(i);
                    if (d != null && anchor != null) {
                        // its relative dates are read against the story's: analysed again, the same analysis
                        Analysis a = options.analyse(pipeline, d);
                        lines.accept(AnnalsJson.toJson(Stories.place(a, p, anchor)));
                    } else {
                        lines.accept(AnnalsJson.withStory(line, p.story(), p.duplicateOf()));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(spill);
        }
        err.flush();
        return failed;
    }

    /** Analyses the documents of {@code inputs} one at a time, in input order, reporting the bad ones. */
    private void analyseAll(List<String> inputs, InputOptions options, Consumer<Analysis> out) {
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
            out.accept(a);
        }
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

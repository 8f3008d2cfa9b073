package org.annals.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.ingest.SourceItem;
import org.annals.json.AnnalsJson;
import org.annals.store.DocumentKeys;
import org.annals.store.Store;
import org.annals.store.StoreException;

/**
 * Reads documents, analyses the ones the store does not hold yet, and stores them in batches, one transaction
 * each. A document already stored (the same text, or the same URL) is skipped before it is analysed, so a run
 * that was killed is finished by running it again: what was committed is skipped, the rest is done, and every
 * document is stored once. A bad input is one line on {@code err} and the rest goes on.
 */
final class Ingest {

    private final Store store;
    private final Pipeline pipeline;
    private final InputOptions options;
    private final PrintWriter err;
    private final int batchSize;
    /** With stories on: this run's analyses, without their tokens (which stories do not need), by document id. */
    private final Map<String, Analysis> kept;

    long read;
    long added;
    long skipped;
    long failed;

    Ingest(Store store, Pipeline pipeline, InputOptions options, PrintWriter err, int batchSize,
           boolean keepForStories) {
        this.options = options;
        this.store = store;
        this.pipeline = pipeline;
        this.err = err;
        this.batchSize = batchSize;
        this.kept = keepForStories ? new LinkedHashMap<>() : null;
    }

    /** Ingests every item; {@code progress} is told after each one. */
    void run(Iterable<SourceItem> items, Progress progress) {
        List<Analysis> pending = new ArrayList<>();
        Set<String> pendingKeys = new HashSet<>();
        for (SourceItem item : items) {
            read++;
            if (!item.ok()) {
                fail(item.name(), item.problem());
            } else {
                Document d = item.document();
                String hash = DocumentKeys.hash(d.text());
                String url = DocumentKeys.url(d);
                if (pendingKeys.contains("#" + hash) || url != null && pendingKeys.contains("@" + url)
                        || store.has(hash, url)) {
                    skipped++;
                } else {
                    Analysis a = analyse(item);
                    if (a != null) {
                        pending.add(a);
                        pendingKeys.add("#" + hash);
                        if (url != null) {
                            pendingKeys.add("@" + url);
                        }
                    }
                }
            }
            if (pending.size() >= batchSize) {
                flush(pending);
                pendingKeys.clear();
            }
            progress.update(read, added);
        }
        flush(pending);
        progress.finish(read, added);
    }

    private Analysis analyse(SourceItem item) {
        try {
            String language = item.document().metadata().extra().get("language");
            if (!options.analyses(language)) {
                err.println("annals: " + item.name() + ": language " + language + ", stored, not analysed");
            }
            return options.analyse(pipeline, item.document());
        } catch (RuntimeException e) {
            // a defect of ours, not of the input: report it with the input's name and go on
            fail(item.name(), "internal error while analysing: " + e);
            return null;
        }
    }

    /**
     * Stores the pending batch in one transaction; when it fails, each document alone, so that a document the
     * database refuses is named and the rest stored. A store that takes none of them is a failure of the store.
     */
    private void flush(List<Analysis> pending) {
        if (pending.isEmpty()) {
            return;
        }
        try {
            count(pending, store.put(pending));
        } catch (StoreException whole) {
            int stored = 0;
            for (Analysis a : pending) {
                try {
                    count(List.of(a), store.put(List.of(a)));
                    stored++;
                } catch (StoreException one) {
                    fail(a.document().metadata().origin().isEmpty() ? a.document().source()
                            : a.document().metadata().origin(), "cannot be stored: " + one.getMessage());
                }
            }
            if (stored == 0) {
                throw whole;
            }
        }
        pending.clear();
    }

    private void count(List<Analysis> batch, int stored) {
        added += stored;
        skipped += batch.size() - stored;
        if (kept != null) {
            for (Analysis a : batch) {
                kept.put(a.document().id(), slim(a));
            }
        }
    }

    /** The analysis without its tokens (the bulk of it): what stories and the JSON need. */
    private static Analysis slim(Analysis a) {
        return a.withTokens(List.of(), a.sentences()).withNormalized(a.document().text());
    }

    /**
     * Groups every stored document into stories ({@link Stories#group}, in the order the documents arrived) and
     * rewrites the documents whose JSON changes, {@code batchSize} a transaction. The documents of this run are
     * at hand; the ones stored before are analysed again from their stored text (the pipeline gives the same
     * analysis for the same text). Returns the number of stories.
     */
    int stories(PrintWriter out) {
        List<Analysis> all = new ArrayList<>();
        store.forEachDocument(d -> {
            Analysis a = kept == null ? null : kept.get(d.id());
            all.add(a != null ? a : slim(options.analyse(pipeline, d)));
        });
        if (kept != null) {
            kept.clear();
        }
        List<Analysis> grouped = Stories.group(all);
        all.clear();
        List<Analysis> changed = new ArrayList<>();
        long rewritten = 0;
        for (Analysis a : grouped) {
            String json = AnnalsJson.toJson(a);
            if (!store.json(a.document().id()).map(json::equals).orElse(true)) {
                changed.add(a);
            }
            if (changed.size() >= batchSize) {
                rewritten += store.replace(changed);
                changed.clear();
            }
        }
        rewritten += store.replace(changed);
        store.saveStories();
        int n = store.stories().size();
        out.printf("stories: %,d over %,d documents (%,d rewritten)%n", n, grouped.size(), rewritten);
        return n;
    }

    private void fail(String name, String problem) {
        failed++;
        // one line, whatever the database said
        err.println("annals: " + name + ": " + problem.replaceAll("\\s*\\R\\s*", " "));
        err.flush();
    }
}

package org.annals.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.annals.store.Store;
import org.annals.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals ingest}: analyses articles into the store, each once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses text files and folders of them into the store, each document once: one already "
                + "stored (the same text, or the same URL) is skipped before it is analysed. Documents are "
                + "committed --batch at a time, so a run that was stopped, even killed, is finished by running it "
                + "again.",
                "A file that cannot be read is named on stderr with the reason; the others are stored, and the "
                + "exit code is 1. Progress goes to stderr: one line in place on a terminal, a line every 10 s "
                + "otherwise."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    DbOption db;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, folders, archives, WARC files, feeds, "
            + "JSON lines, HTML pages, or http(s) URLs.")
    List<String> inputs;

    @Mixin
    InputOptions options;

    @Option(names = "--stories", description = "After the ingest, group all the stored documents into stories "
            + "again and save them (document.story in the stored JSON, the stories table). Documents stored by "
            + "earlier runs are analysed again for it; it holds about 20 KB of heap per 2 KB article. If it is "
            + "stopped, run it again.")
    boolean stories;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "200",
            description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1) {
            err.println("annals ingest: --batch must be at least 1");
            return 2;
        }
        Store store = db.open(err);
        if (store == null) {
            return 1;
        }
        try (store) {
            Ingest ingest = new Ingest(store, knowledge.pipeline(err), options, err, batch, stories);
            Progress progress = new Progress(err, "ingest", Inputs.estimate(inputs), System.console() != null);
            ingest.run(Inputs.read(inputs, options.options()), progress);
            out.printf("ingest: %,d added, %,d already stored, %,d failed; the store holds %,d documents%n",
                    ingest.added, ingest.skipped, ingest.failed, store.size());
            out.flush();
            if (stories) {
                ingest.stories(out);
                out.flush();
            }
            return ingest.failed == 0 ? 0 : 1;
        } catch (StoreException e) {
            err.println("annals: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}

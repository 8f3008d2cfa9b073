package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.annals.store.ActorRef;
import org.annals.store.Filter;
import org.annals.store.Store;
import org.annals.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals events}: the events of a store, or of articles analysed on the spot, as a readable table. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the events, one a line, in the order the documents arrived: date (the event's, "
                + "else '~' and the publication date), PLOVER category, CAMEO code, source, target, place and "
                + "document; actors with their codes in [brackets].",
                "Reads the store of --db, or analyses the INPUTs (any input analyze reads, grouped into stories) "
                + "into a temporary store that is deleted at the end; a file that cannot be read is named on "
                + "stderr, the others are listed, and the exit code is 1."})
final class EventsCommand extends StoreCommand {

    static final int ACTOR_WIDTH = 34;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Articles to analyse instead of reading a "
            + "store: files, folders, archives, WARC files, feeds, JSON lines, HTML pages, or http(s) URLs.")
    List<String> inputs;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    InputOptions input;

    private long failed;
    /** The temporary store's file, when the inputs were analysed into one. */
    private Path temporary;

    @Override
    Store open(PrintWriter err) {
        if (inputs == null || inputs.isEmpty()) {
            return super.open(err);
        }
        try {
            temporary = Files.createTempFile("annals-events-", ".db");
            Files.delete(temporary);
            Store store = Store.open(temporary.toString());
            PrintWriter quiet = new PrintWriter(Writer.nullWriter());
            Ingest ingest = new Ingest(store, knowledge.pipeline(err), input, err, 200, true);
            ingest.run(Inputs.read(inputs, input.options()), new Progress(quiet, "events", 0, false));
            ingest.stories(quiet);
            failed = ingest.failed;
            return store;
        } catch (IOException | StoreException e) {
            err.println("annals: " + e.getMessage());
            closed();
            return null;
        }
    }

    @Override
    void closed() {
        if (temporary == null) {
            return;
        }
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(temporary + suffix));
            } catch (IOException e) {
                // a temporary file left behind is no failure of the command
            }
        }
    }

    @Override
    int failures() {
        return (int) Math.min(Integer.MAX_VALUE, failed);
    }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "At most N events (default: all).")
    int limit;

    @Option(names = "--sentences", description = "Print each event's sentence under it.")
    boolean sentences;

    @Override
    int limit() {
        return limit;
    }

    @Override
    void query(Store store, Filter filter, PrintWriter out) {
        String format = "%-11s  %-9s  %-5s  %-" + ACTOR_WIDTH + "s  %-" + ACTOR_WIDTH + "s  %-14s  %s%n";
        out.printf(format, "DATE", "TYPE", "CAMEO", "SOURCE", "TARGET", "PLACE", "DOCUMENT");
        long[] n = {0};
        store.forEachEvent(filter, e -> {
            String date = e.date() != null ? e.date() : e.published() != null ? "~" + e.published() : "-";
            out.printf(format, date, e.type(), e.cameo() == null ? "-" : e.cameo(), actors(e.sources()),
                    actors(e.targets()), e.place() == null ? "-" : QuotesCommand.clip(e.place().name(), 14),
                    e.source() + " " + e.eventId());
            if (sentences) {
                out.println("    " + e.sentence().replaceAll("\\s+", " "));
            }
            n[0]++;
        });
        out.printf("%,d events.%n", n[0]);
    }

    /** {@code Olaf Scholz [DEUGOV]; Germany [DEU]}, clipped to the column, or {@code -}. */
    static String actors(List<ActorRef> actors) {
        if (actors.isEmpty()) {
            return "-";
        }
        String s = actors.stream().map(a -> a.code() == null ? a.name() : a.name() + " [" + a.code() + "]")
                .collect(Collectors.joining("; "));
        return QuotesCommand.clip(s, ACTOR_WIDTH);
    }
}

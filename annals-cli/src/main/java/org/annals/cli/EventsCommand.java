package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.annals.store.ActorRef;
import org.annals.store.Filter;
import org.annals.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals events}: the stored events as a readable table. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the stored events, one a line, in the order the documents arrived: date (the event's, "
                + "else '~' and the publication date), PLOVER category, CAMEO code, source, target, place and "
                + "document; actors with their codes in [brackets]."})
final class EventsCommand extends StoreCommand {

    static final int ACTOR_WIDTH = 34;

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

package org.annals.cli;

import java.util.regex.Pattern;

import org.annals.store.Filter;

import picocli.CommandLine.Option;

/** The filters of the commands that query the store: {@code --actor}, {@code --type}, {@code --from}, {@code --to}. */
final class FilterOptions {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Only where an actor's name contains NAME (any case), or its code is NAME (RUSGOV).")
    String actor;

    @Option(names = "--type", paramLabel = "PLOVER", description = "Only events of this PLOVER category (CONSULT).")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "Only from this date on (YYYY-MM-DD, YYYY-MM, YYYY).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only up to this date, inclusive.")
    String to;

    /** The filter, or {@code null} when a date is not one. */
    Filter filter(int limit) {
        for (String d : new String[] {from, to}) {
            if (d != null && !DATE.matcher(d).matches()) {
                return null;
            }
        }
        return new Filter(actor, type, from, to, limit);
    }
}

package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;

import org.annals.store.Filter;
import org.annals.store.SearchHit;
import org.annals.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals search}: full-text search over the stored documents. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds the stored documents that contain every word of QUERY (in any case and form: "
                + "SQLite FTS5 with Porter stemming, PostgreSQL to_tsvector('english')), best match first: "
                + "rank, source, publication date, id, and a snippet with the words in [brackets]."})
final class SearchCommand extends StoreCommand {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N documents (default: ${DEFAULT-VALUE}; 0 for all).")
    int limit;

    @Override
    int limit() {
        return limit;
    }

    @Override
    void query(Store store, Filter filter, PrintWriter out) {
        List<SearchHit> hits = store.search(String.join(" ", query), filter);
        int rank = 0;
        for (SearchHit h : hits) {
            out.printf("%3d. %s  %s  %s%n", ++rank, h.source(), h.published() == null ? "(no date)" : h.published(),
                    h.documentId());
            out.println("     " + h.snippet());
        }
        out.printf("%d documents.%n", hits.size());
    }
}

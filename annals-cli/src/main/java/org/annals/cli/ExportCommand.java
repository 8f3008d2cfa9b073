package org.annals.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.annals.store.Exports;
import org.annals.store.Filter;
import org.annals.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals export}: the store as JSON lines, CSV or PLOVER records. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes what the store holds as JSON lines, CSV, PLOVER records or Parquet files, in the order "
                + "the documents arrived.",
                "jsonl: the stored annals/1 lines, the bytes `annals analyze` writes (the filters do not apply);",
                "csv: one row per event in GDELT/ICEWS-like columns (see README);",
                "plover: one PLOVER JSON record per event;",
                "parquet: every table (documents, mentions, actors, times, quotes, events, event_actors, counts, "
                + "stories) as a Parquet file in the folder --out (the filters do not apply)."})
final class ExportCommand extends StoreCommand {

    enum Format { jsonl, csv, plover, parquet }

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "jsonl, csv, plover or parquet.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout (for parquet: the folder, required).")
    Path out;

    @Override
    int limit() {
        return 0;
    }

    @Override
    void query(Store store, Filter filter, PrintWriter unused) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.parquet) {
            if (out == null) {
                throw new IOException("export --format parquet needs --out FOLDER");
            }
            long rows = Exports.parquet(store, out);
            err.printf("annals export: %,d rows in %d tables in %s%n", rows, Store.TABLES.size(), out);
            err.flush();
            return;
        }
        try (OutputStream os = out == null ? new BufferedOutputStream(System.out, 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            long n = switch (format) {
                case jsonl -> Exports.jsonl(store, os);
                case plover -> Exports.plover(store, filter, os);
                case parquet -> throw new IllegalStateException("parquet is written to a folder, above");
                case csv -> {
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    long rows = Exports.csv(store, filter, w);
                    w.flush();
                    yield rows;
                }
            };
            os.flush();
            err.printf("annals export: %,d %s%n", n, format == Format.jsonl ? "documents" : "events");
            err.flush();
        }
    }
}

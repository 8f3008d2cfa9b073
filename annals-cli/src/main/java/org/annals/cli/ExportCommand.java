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
        description = {"Writes what the store holds, in the order the documents arrived:",
                "jsonl: the stored annals/1 lines, the bytes `annals analyze` writes (the filters do not apply);",
                "csv: one row per event in GDELT/ICEWS-like columns (see README);",
                "plover: one PLOVER JSON record per event."})
final class ExportCommand extends StoreCommand {

    enum Format { jsonl, csv, plover }

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "jsonl, csv or plover.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Override
    int limit() {
        return 0;
    }

    @Override
    void query(Store store, Filter filter, PrintWriter unused) throws IOException {
        try (OutputStream os = out == null ? new BufferedOutputStream(System.out, 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            long n = switch (format) {
                case jsonl -> Exports.jsonl(store, os);
                case plover -> Exports.plover(store, filter, os);
                case csv -> {
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    long rows = Exports.csv(store, filter, w);
                    w.flush();
                    yield rows;
                }
            };
            os.flush();
            PrintWriter err = spec.commandLine().getErr();
            err.printf("annals export: %,d %s%n", n, format == Format.jsonl ? "documents" : "events");
            err.flush();
        }
    }
}

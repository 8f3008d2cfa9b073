package org.annals.core.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the knowledge base's TSV format: UTF-8, tab-separated; lines starting with {@code #} are comments;
 * the first other line names the columns; then one entry per line. Multi-valued cells use {@code |}. A
 * malformed line is reported with its file name and line number and skipped.
 */
public final class Tsv {

    /** One entry: its cells by column name. */
    public record Row(String file, int line, Map<String, Integer> columns, String[] cells) {

        /** The cell of {@code column}, trimmed, or {@code ""} when absent or empty. */
        public String get(String column) {
            Integer i = columns.get(column);
            return i == null || i >= cells.length ? "" : cells[i].strip();
        }

        /** The {@code |}-separated values of {@code column}, without empty ones. */
        public List<String> list(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String s : v.split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        public boolean has(String column) {
            return columns.containsKey(column);
        }
    }

    private Tsv() {
    }

    /**
     * Reads all rows of {@code in}, which is named {@code file} in messages. Rows whose cell count differs
     * from the header's are reported to {@code problems} and skipped; {@code required} columns must exist.
     */
    public static List<Row> read(Reader in, String file, List<String> required, Consumer<String> problems) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        int header = 0;
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].strip(), i);
                    }
                    header = cells.length;
                    for (String c : required) {
                        if (!columns.containsKey(c)) {
                            problems.accept(file + ":" + n + ": the header lacks the column '" + c + "'");
                            return List.of();
                        }
                    }
                    continue;
                }
                if (cells.length > header) {
                    problems.accept(file + ":" + n + ": " + cells.length + " cells where the header has " + header
                            + "; line skipped");
                    continue;
                }
                rows.add(new Row(file, n, columns, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }
}

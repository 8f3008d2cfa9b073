package org.annals.tools.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The knowledge base's file format: UTF-8, tab-separated, {@code #} comment lines first, one header row, one entry a
 * line, {@code |} inside multi-valued cells, rows sorted by the first column, then the next ones.
 */
final class Tsv {

    /** Column-by-column comparison of rows by {@link String#compareTo}: the order every KB file is sorted in. */
    static final Comparator<List<String>> ROW_ORDER = (a, b) -> {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** A parsed file: its header and its rows (comments dropped). */
    record Table(List<String> header, List<List<String>> rows) {

        int column(String name) {
            int i = header.indexOf(name);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            return i;
        }
    }

    private Tsv() {
    }

    static Table read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static Table readResource(String name) {
        try (InputStream in = Tsv.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return read(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads comment lines, a header and rows; every row must have exactly as many cells as the header. */
    static Table read(InputStream in, String what) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#") || (header == null && line.isBlank())) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = List.copyOf(cells);
            } else if (cells.size() != header.size()) {
                throw new IllegalArgumentException(what + ":" + number + ": " + cells.size() + " cells, header has "
                        + header.size());
            } else {
                rows.add(cells);
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(what + ": no header row");
        }
        return new Table(header, rows);
    }

    /**
     * Writes {@code comment} (each line prefixed with {@code "# "}), the header and the rows sorted in
     * {@link #ROW_ORDER}, with {@code \n} line ends, so that the same input always gives the same bytes.
     */
    static void write(Path file, String comment, List<String> header, List<List<String>> rows) throws IOException {
        List<List<String>> sorted = new ArrayList<>(rows);
        sorted.sort(ROW_ORDER);
        StringBuilder out = new StringBuilder(1 << 16);
        for (String line : comment.strip().split("\n", -1)) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        out.append(String.join("\t", header)).append('\n');
        for (List<String> row : sorted) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " does not fit header " + header);
            }
            for (String cell : row) {
                if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("tab or line break in cell: " + row);
                }
            }
            out.append(String.join("\t", row)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Splits a multi-valued cell; an empty cell gives an empty list. */
    static List<String> values(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : cell.split("\\|", -1)) {
            String t = v.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}

package org.annals.core.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word lists and tables that ship inside annals-core, beside the class that uses them. A missing
 * resource or a malformed line is a defect of the build, not of the input, and throws at once.
 */
public final class Resources {

    /** A line of a resource with its number, for messages. */
    public record Line(int number, String text) {
    }

    private Resources() {
    }

    /** The rows of the TSV resource {@code name} of {@code owner}'s package, which must have {@code columns}. */
    public static List<Tsv.Row> tsv(Class<?> owner, String name, String... columns) {
        List<String> problems = new ArrayList<>();
        List<Tsv.Row> rows = Tsv.read(new InputStreamReader(open(owner, name), StandardCharsets.UTF_8), name,
                List.of(columns), problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        return rows;
    }

    /** The lines of the resource {@code name} of {@code owner}'s package that are neither blank nor comments. */
    public static List<Line> lines(Class<?> owner, String name) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(owner, name), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(new Line(n, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    private static InputStream open(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the resources of " + owner.getPackageName());
        }
        return in;
    }
}

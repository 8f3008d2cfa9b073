package org.annals.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annals.ingest.SourceItem;
import org.annals.ingest.TextFiles;

/**
 * Where the commands that read articles turn their FILE|DIR arguments into documents: the one place where the
 * input formats are chosen (plain text files for now).
 */
final class Inputs {

    private Inputs() {
    }

    /** The documents of the inputs, lazily, a bad input as a {@link SourceItem} that says why. */
    static Iterable<SourceItem> read(List<Path> inputs, long maxBytes) {
        return new TextFiles(inputs, maxBytes);
    }

    /**
     * About how many documents the inputs hold, for a progress line's time left: the files named and the visible
     * files of the folders (a file that holds several documents counts once). Cheap: nothing is read.
     */
    static long estimate(List<Path> inputs) {
        long n = 0;
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                n++;
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                n += walk.filter(f -> !f.getFileName().toString().startsWith(".")).filter(Files::isRegularFile).count();
            } catch (IOException | UncheckedIOException e) {
                // the reading reports the folder; the estimate goes without it
            }
        }
        return n;
    }
}

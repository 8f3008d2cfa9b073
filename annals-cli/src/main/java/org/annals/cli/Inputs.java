package org.annals.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceOptions;
import org.annals.ingest.Sources;

/**
 * Where the commands that read articles turn their INPUT arguments into documents: the one place where the
 * inputs meet {@link Sources}, which tells each format by its content.
 */
final class Inputs {

    private Inputs() {
    }

    /** The documents of the inputs, lazily, a bad input as a {@link SourceItem} that says why. */
    static Iterable<SourceItem> read(List<String> inputs, SourceOptions options) {
        return Sources.read(inputs, options);
    }

    /**
     * About how many documents the inputs hold, for a progress line's time left: the files named and the visible
     * files of the folders (a file that holds several documents, an archive or a feed, counts once). Cheap:
     * nothing is read.
     */
    static long estimate(List<String> inputs) {
        long n = 0;
        for (String input : inputs) {
            Path p;
            try {
                p = Path.of(input);
            } catch (RuntimeException e) {
                n++;  // a URL
                continue;
            }
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

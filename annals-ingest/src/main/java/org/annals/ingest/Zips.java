package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip archives, streamed: each file entry is an input of its own, named {@code archive.zip!/entry}, read by
 * its content like any other (an archive inside is opened too, a few levels deep). Limits keep a zip bomb from
 * taking the machine: each entry at most {@link SourceOptions#maxBytes()}, all entries together at most
 * {@link SourceOptions#maxExpandedBytes()}, at most {@link SourceOptions#maxEntries()} entries. Folders and
 * hidden entries ({@code .name}, {@code __MACOSX/}) are passed over. A broken archive ends with one problem item.
 */
final class Zips {

    private Zips() {
    }

    static Iterator<SourceItem> items(Input in, InputStream raw, SourceOptions options) {
        if (in.nesting() >= Sources.maxNesting(options)) {
            Sources.close(raw);
            return Sources.one(in.name(), "archives nested more than " + Sources.maxNesting(options)
                    + " deep, not opened");
        }
        ZipInputStream zip = new ZipInputStream(raw);
        InputStream budgeted = Bounded.budget(zip, options.maxExpandedBytes(), in.name());
        return new Lazy<>() {
            private boolean closed;
            private int entries;
            private Iterator<SourceItem> current = Collections.emptyIterator();

            @Override
            protected SourceItem compute() {
                while (true) {
                    if (current.hasNext()) {
                        return current.next();
                    }
                    if (closed) {
                        return null;
                    }
                    ZipEntry e;
                    try {
                        e = zip.getNextEntry();
                    } catch (IOException | RuntimeException ex) {
                        return end(SourceItem.failed(in.name(), "broken zip archive: " + Sources.reason(ex)));
                    }
                    if (e == null) {
                        return end(entries == 0 ? SourceItem.failed(in.name(), "empty zip archive") : null);
                    }
                    String entryName = e.getName();
                    String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                    if (e.isDirectory() || base.startsWith(".") || entryName.startsWith("__MACOSX/")) {
                        continue;
                    }
                    if (++entries > options.maxEntries()) {
                        return end(SourceItem.failed(in.name(), "more than " + options.maxEntries()
                                + " entries; the rest is not read"));
                    }
                    String name = in.name() + "!/" + entryName;
                    byte[] bytes;
                    try {
                        bytes = Bounded.read(budgeted, options.maxBytes());
                    } catch (Bounded.TooLargeException ex) {
                        return end(SourceItem.failed(name, ex.getMessage()));
                    } catch (IOException | RuntimeException ex) {
                        return end(SourceItem.failed(name, "broken zip entry: " + Sources.reason(ex)));
                    }
                    if (bytes == null) {
                        return SourceItem.failed(name, "too large (more than " + options.maxBytes()
                                + " bytes uncompressed; the limit is " + options.maxBytes() + ")");
                    }
                    current = Sources.dispatch(Input.ofBytes(name, base, bytes, in.nesting() + 1), options);
                }
            }

            private SourceItem end(SourceItem last) {
                closed = true;
                Sources.close(zip);
                if (last == null) {
                    return null;
                }
                current = Collections.singletonList(last).iterator();
                return current.next();
            }
        };
    }
}

package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

import org.annals.core.model.Document;
import org.annals.core.model.Metadata;

/**
 * Plain-text articles from files and folders. A folder is read recursively, in name order, taking its
 * {@code .txt} and {@code .text} files; a file named on its own is always read. Each file becomes one
 * document, or a {@link SourceItem} that names the problem: empty, too large, binary, not UTF-8, unreadable.
 * Items are produced lazily, one file in memory at a time.
 */
public final class TextFiles implements Iterable<SourceItem> {

    /** The default largest file read: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final List<Path> roots;
    private final long maxBytes;

    public TextFiles(List<Path> roots, long maxBytes) {
        this.roots = List.copyOf(roots);
        this.maxBytes = maxBytes;
    }

    public TextFiles(List<Path> roots) {
        this(roots, DEFAULT_MAX_BYTES);
    }

    @Override
    public Iterator<SourceItem> iterator() {
        return new Iterator<>() {
            private final Iterator<Path> roots = TextFiles.this.roots.iterator();
            private Iterator<SourceItem> current = List.<SourceItem>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && roots.hasNext()) {
                    current = expand(roots.next());
                }
                return current.hasNext();
            }

            @Override
            public SourceItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private Iterator<SourceItem> expand(Path root) {
        if (!Files.exists(root)) {
            return List.of(SourceItem.failed(root.toString(), "no such file or folder")).iterator();
        }
        if (!Files.isDirectory(root)) {
            return lazily(List.of(root));
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(TextFiles::isTextName).sorted().forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(SourceItem.failed(root.toString(), "cannot list folder: " + e.getMessage())).iterator();
        }
        return lazily(files);
    }

    private Iterator<SourceItem> lazily(List<Path> files) {
        Iterator<Path> it = files.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public SourceItem next() {
                return read(it.next());
            }
        };
    }

    private static boolean isTextName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".text"));
    }

    /** Reads one file into a document, or says why it cannot. */
    public SourceItem read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return SourceItem.failed(name, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
        } catch (IOException e) {
            return SourceItem.failed(name, "cannot read: " + e.getMessage());
        }
        String problem = TextCheck.problem(bytes);
        if (problem != null) {
            return SourceItem.failed(name, problem);
        }
        String text = TextCheck.decode(bytes);
        Document d = new Document(DocumentIds.of(text), file.getFileName().toString(), text,
                Metadata.of(null, name));
        return SourceItem.ok(name, d);
    }

    /** Checks that bytes are a text article: not empty, not binary, UTF-8. */
    static final class TextCheck {
        private TextCheck() {
        }

        static String problem(byte[] bytes) {
            if (bytes.length == 0) {
                return "empty file";
            }
            int control = 0;
            for (byte b : bytes) {
                if (b == 0) {
                    return "binary file (contains NUL bytes)";
                }
                if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                    control++;
                }
            }
            if (control > bytes.length / 100 + 2) {
                return "binary file (" + control + " control characters)";
            }
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            try {
                dec.decode(buf);
            } catch (MalformedInputException e) {
                return "not UTF-8 text (malformed byte at offset " + buf.position() + ")";
            } catch (CharacterCodingException e) {
                return "not UTF-8 text (" + e.getMessage() + ")";
            }
            if (TextCheck.decode(bytes).isBlank()) {
                return "empty file (only whitespace)";
            }
            return null;
        }

        static String decode(byte[] bytes) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
    }
}

package org.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Plain-text articles: the text format of {@link Sources}, and a reader of text files alone. A folder is read
 * recursively, in name order, taking its {@code .txt} and {@code .text} files; a file named on its own is always
 * read, as text whatever it holds. Each file becomes one document, or a {@link SourceItem} that names the
 * problem: empty, too large, binary, not UTF-8, unreadable. Items are produced lazily, one file in memory at a
 * time. To read every format, use {@link Sources}.
 */
public final class TextFiles implements Iterable<SourceItem> {

    /** The default largest file read: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = SourceOptions.DEFAULT_MAX_BYTES;

    private final List<Path> roots;
    private final SourceOptions options;

    public TextFiles(List<Path> roots, long maxBytes) {
        this.roots = List.copyOf(roots);
        this.options = SourceOptions.defaults().withMaxBytes(maxBytes).withDetection(false, false);
    }

    public TextFiles(List<Path> roots) {
        this(roots, DEFAULT_MAX_BYTES);
    }

    @Override
    public Iterator<SourceItem> iterator() {
        return Sources.readPaths(roots, options).iterator();
    }

    /** Reads one file into a document, or says why it cannot. */
    public SourceItem read(Path file) {
        Iterator<SourceItem> it = Sources.readPaths(List.of(file), options).iterator();
        return it.next();
    }

    /** The document of a text input's bytes, or the reason they are not a text article. */
    static SourceItem item(Input in, byte[] bytes, SourceOptions options) {
        String problem = TextCheck.problem(bytes);
        if (problem != null) {
            return SourceItem.failed(in.name(), problem);
        }
        String text = TextCheck.decode(bytes);
        return Articles.item(in.name(), in.shortName(), in.name(), text, null, Map.of(), options, "empty file");
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

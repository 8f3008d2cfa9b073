package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading text files: good ones become documents; bad ones are named with the reason, and the rest goes on. */
class TextFilesTest {

    @TempDir
    Path dir;

    private List<SourceItem> read(long maxBytes, Path... roots) {
        List<SourceItem> out = new ArrayList<>();
        new TextFiles(List.of(roots), maxBytes).forEach(out::add);
        return out;
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrderTakingItsTextFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "Second article.");
        Files.writeString(dir.resolve("a.txt"), "First article.");
        Files.writeString(dir.resolve("notes.md"), "Not an article.");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden.");
        List<SourceItem> items = read(TextFiles.DEFAULT_MAX_BYTES, dir);
        assertEquals(List.of("a.txt", "2.txt"), items.stream().map(i -> i.document().source()).toList());
        assertEquals("First article.", items.get(0).document().text());
        assertEquals(dir.resolve("a.txt").toString(), items.get(0).document().metadata().origin());
        assertNull(items.get(0).document().metadata().published(), "no date is invented at ingest");
    }

    @Test
    void badFilesAreNamedWithTheReasonAndTheGoodOnesAreKept() throws IOException {
        Files.writeString(dir.resolve("1-good.txt"), "The minister spoke.");
        Files.write(dir.resolve("2-binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14});
        Files.write(dir.resolve("3-latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("4-empty.txt"), "");
        Files.writeString(dir.resolve("5-blank.txt"), "  \n\t\n");
        Files.writeString(dir.resolve("6-large.txt"), "x".repeat(200));
        Files.writeString(dir.resolve("7-good.txt"), "\uFEFFThe envoy arrived.");
        List<SourceItem> items = read(100, dir);
        assertEquals(7, items.size());
        assertEquals("The minister spoke.", items.get(0).document().text());
        assertEquals("binary file (contains NUL bytes)", items.get(1).problem());
        assertEquals("not UTF-8 text (malformed byte at offset 3)", items.get(2).problem());
        assertEquals("empty file", items.get(3).problem());
        assertEquals("empty file (only whitespace)", items.get(4).problem());
        assertEquals("too large (200 bytes; the limit is 100)", items.get(5).problem());
        assertEquals("The envoy arrived.", items.get(6).document().text(), "a byte-order mark is not text");
        assertTrue(items.get(1).name().endsWith("2-binary.txt"));
    }

    @Test
    void aMissingPathIsReportedNotThrown() {
        List<SourceItem> items = read(100, dir.resolve("nowhere"));
        assertEquals(1, items.size());
        assertEquals("no such file or folder", items.get(0).problem());
    }

    @Test
    void aFileNamedOnItsOwnIsReadWhateverItsExtension() throws IOException {
        Path p = dir.resolve("story.article");
        Files.writeString(p, "Text.");
        assertTrue(read(100, p).get(0).ok());
    }

    @Test
    void theSameTextAlwaysGetsTheSameId() {
        assertEquals(DocumentIds.of("Some text."), DocumentIds.of("Some text."));
        assertEquals(16, DocumentIds.of("Some text.").length());
        assertTrue(!DocumentIds.of("Some text.").equals(DocumentIds.of("Some text!")));
    }
}

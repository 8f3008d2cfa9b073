package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ECB+ as story gold: the table's stories, the tokens' text, the address sentence left out. */
class EcbPlusTest {

    /** Writes a CAT XML file of the given sentences (tokens split on spaces), sentence numbers from 0. */
    static void cat(Path file, String... sentences) throws IOException {
        StringBuilder sb = new StringBuilder("<Document doc_name=\"" + file.getFileName() + "\">\n");
        int id = 1;
        for (int s = 0; s < sentences.length; s++) {
            int n = 0;
            for (String t : sentences[s].split(" ")) {
                sb.append("<token t_id=\"").append(id++).append("\" sentence=\"").append(s).append("\" number=\"")
                        .append(n++).append("\">").append(t.replace("&", "&amp;")).append("</token>\n");
            }
        }
        sb.append("<Markables/>\n<Relations/>\n</Document>\n");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void readsTheTableAndTheTextOfEachFile(@TempDir Path dir) throws IOException {
        cat(dir.resolve("7/7_1ecb.xml"), "A ferry sank off Crete on Monday .", "Ten people were rescued .");
        cat(dir.resolve("7/7_1ecbplus.xml"), "http : / / example.org / ferry", "A ferry ran aground near Rhodes .");
        Files.writeString(dir.resolve("gold_story_clusters.tsv"), "doc_name\ttopic\tsubtopic\tstory_id\n"
                + "7_1ecb.xml\t7\tecb\t7_ecb\n7_1ecbplus.xml\t7\tecbplus\t7_ecbplus\n");
        List<EcbPlus.Doc> docs = EcbPlus.read(dir);
        assertEquals(2, docs.size());
        assertEquals(new EcbPlus.Doc("7_1ecb.xml", "7", "7_ecb",
                "A ferry sank off Crete on Monday .\nTen people were rescued .\n"), docs.get(0));
        assertEquals("A ferry ran aground near Rhodes .\n", docs.get(1).text(), "sentence 0, the address, is left out");
    }

    @Test
    void aFolderWithoutTheTableIsRefusedWithItsName(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> EcbPlus.read(dir));
        assertEquals(dir + ": no gold_story_clusters.tsv (an ECB+ story-clustering folder has one)", e.getMessage());
    }
}

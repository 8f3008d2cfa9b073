package org.annals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dict}: the user's dictionaries on top of the built-in knowledge base, read by the command line. */
class DictOptionTest {

    static final String ACTORS = """
            # georgia.actors.txt, written for this test
            MIKHEIL_SAAKASHVILI_
            +SAAKASHVILI_
            \t[GEOOPP <20040124]
            \t[GEOGOV 20040125-20131117]
            \t[GEOELI 20131118-2021O1001]
            \t[GEOELI]
            IRAKLI_GARIBASHVILI_
            \t[GEOGOV 20131120-20150130]
            \t[GEOGOV >20210222]
            """;

    static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** The codes of the actors of each analysed file, by actor name. */
    static Map<String, String> codes(String jsonl) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : jsonl.split("\n")) {
            JsonNode d = AnalyzeExamplesTest.JSON.readTree(line);
            String source = d.get("document").get("source").asText();
            for (JsonNode a : d.get("actors")) {
                out.put(source + ":" + a.get("name").asText(), a.get("code").asText(null));
            }
        }
        return out;
    }

    @Test
    void aFolderOfDictionariesIsReadAndItsBadLinesAreReportedWithFileAndLine(@TempDir Path tmp)
            throws IOException {
        Path dicts = Files.createDirectory(tmp.resolve("dicts"));
        write(dicts.resolve("georgia.actors.txt"), ACTORS);
        write(dicts.resolve("extra-people.tsv"), "name\tcountry\trole\tcode\tfrom\tto\ttitle\n"
                + "Nino Burjanadze\tGEO\tLEG\tGEOLEG\t2001-11-09\t2008-06-07\tSpeaker of Parliament\n");
        Path texts = Files.createDirectory(tmp.resolve("texts"));
        write(texts.resolve("a2006.txt"), "Published: 2006-05-04\n\nMikheil Saakashvili met Nino Burjanadze in "
                + "Tbilisi on Monday.\n");
        write(texts.resolve("b2022.txt"), "Published: 2022-05-03\n\nMikheil Saakashvili remained in prison in "
                + "Rustavi, his lawyers said on Monday.\n");
        Path out = tmp.resolve("out.jsonl");
        Object[] r = AnalyzeExamplesTest.run("analyze", "--dict", dicts.toString(), "--out", out.toString(),
                texts.toString());
        assertEquals(0, r[0], "stderr: " + r[2]);
        String err = (String) r[2];
        assertTrue(err.contains("annals: " + dicts.resolve("georgia.actors.txt") + ":6: '20131118-2021O1001' is "
                + "not a date restriction"), err);
        Map<String, String> codes = codes(Files.readString(out));
        assertEquals("GEOGOV", codes.get("a2006.txt:Mikheil Saakashvili"));
        assertEquals("GEOELI", codes.get("b2022.txt:Mikheil Saakashvili"));
        assertEquals("GEOLEG", codes.get("a2006.txt:Nino Burjanadze"), "an annals table in the folder is read too");
    }

    @Test
    void filesAreReadInTheOrderGivenAndALaterOneOverrides(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("first.actors.txt");
        Path second = tmp.resolve("second.actors.txt");
        write(first, "IRAKLI_KOBAKHIDZE_ [GEOLEG]\n");
        write(second, "IRAKLI_KOBAKHIDZE_\n\t[GEOLEG <20240207]\n\t[GEOGOV >20240208]\n");
        Path text = tmp.resolve("t.txt");
        write(text, "Published: 2024-03-01\n\nIrakli Kobakhidze spoke in Batumi on Thursday.\n");
        Path out = tmp.resolve("out.jsonl");
        AnalyzeExamplesTest.run("analyze", "--dict", first.toString(), "--dict", second.toString(), "--out",
                out.toString(), text.toString());
        assertEquals("GEOGOV", codes(Files.readString(out)).get("t.txt:Irakli Kobakhidze"));
        AnalyzeExamplesTest.run("analyze", "--dict", second.toString(), "--dict", first.toString(), "--out",
                out.toString(), text.toString());
        assertEquals("GEOLEG", codes(Files.readString(out)).get("t.txt:Irakli Kobakhidze"));
    }

    @Test
    void aMissingDictionaryIsReportedAndTheRestGoesOn(@TempDir Path tmp) throws IOException {
        Path text = tmp.resolve("t.txt");
        write(text, "Published: 2024-03-01\n\nThe talks went on.\n");
        Path out = tmp.resolve("out.jsonl");
        Object[] r = AnalyzeExamplesTest.run("analyze", "--dict", tmp.resolve("nowhere").toString(), "--out",
                out.toString(), text.toString());
        assertEquals(0, r[0]);
        assertTrue(((String) r[2]).contains("annals: " + tmp.resolve("nowhere") + ": no such file or folder"));
        assertTrue(Files.readString(out).startsWith("{\"schema\":\"annals/1\""));
    }
}

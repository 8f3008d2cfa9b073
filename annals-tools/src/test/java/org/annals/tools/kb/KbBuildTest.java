package org.annals.tools.kb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbBuildTest {

    /** The shared folder (kb-sources); -Dannals.shared=DIR overrides the default next to the repository. */
    static final Path SHARED = Path.of(System.getProperty("annals.shared", "../../shared"));

    /** The committed knowledge base of annals-core. */
    static final Path KB = Path.of("../annals-core/src/main/resources/org/annals/core/kb");

    static final List<String> GENERATED = List.of("countries.tsv", "places.tsv", "LICENSE-ODbL.txt");

    @Test
    void pluralOfDemonyms() {
        assertEquals("Russians", Countries.plural("Russian"));
        assertEquals("Israelis", Countries.plural("Israeli"));
        assertNull(Countries.plural("South Sudanese"));
        assertNull(Countries.plural("French"));
        assertNull(Countries.plural("Swiss"));
        assertNull(Countries.plural("Malagasy"));
        assertEquals("Czechs", Countries.plural("Czech"));
        assertEquals("New Zealanders", Countries.plural("New Zealander"));
    }

    @Test
    void englishAliasFilter() {
        assertTrue(Countries.isEnglishAlias("Russian Federation"));
        assertTrue(Countries.isEnglishAlias("DRC"));
        assertTrue(Countries.isEnglishAlias("Republic of Turkey"));
        assertFalse(Countries.isEnglishAlias("Bundesrepublik Deutschland"));
        assertFalse(Countries.isEnglishAlias("Korea, Republic of"));
        assertFalse(Countries.isEnglishAlias("RU"));
        assertFalse(Countries.isEnglishAlias("Российская Федерация"));
    }

    @Test
    void roundsCoordinates() {
        assertEquals("31.705", Places.round("31.70487"));
        assertEquals("0.000", Places.round("-0.0001"));
        assertEquals("-75.370", Places.round("-75.37046"));
    }

    @Test
    void buildIsReproducibleAndCommittedOutputIsCurrent(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("kb-sources")), "shared kb-sources not available");
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        KbBuild.run(SHARED, a);
        KbBuild.run(SHARED, b);
        for (String f : GENERATED) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
            if (Files.isDirectory(KB)) {
                assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(KB.resolve(f)),
                        f + " in annals-core is out of date: run KbBuild");
            }
        }
    }

    @Test
    void committedKnowledgeBaseIsClean() throws IOException {
        assumeTrue(Files.isDirectory(KB), "annals-core kb folder not available");
        List<String> problems = KbCheck.check(KB);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aRoleIsTheArticlesCountrysAloneOnlyWhenItSaysHome(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(KB), "annals-core kb folder not available");
        try (var files = Files.list(KB)) {
            for (Path f : files.toList()) {
                Files.copy(f, tmp.resolve(f.getFileName()));
            }
        }
        Path roles = tmp.resolve("roles.tsv");
        Files.writeString(roles, Files.readString(roles).replace("\nparliament\tLEG\tORGANIZATION\thome\t",
                "\nparliament\tLEG\tORGANIZATION\tyes\t"));
        List<String> problems = KbCheck.check(tmp);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("alone must be empty, \"home\" or \"title\", not yes"), problems.get(0));
    }
}

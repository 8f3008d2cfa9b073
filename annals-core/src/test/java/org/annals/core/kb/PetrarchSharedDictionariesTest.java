package org.annals.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.annals.core.Annals;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Mention;
import org.annals.core.model.Metadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH2 / Phoenix dictionaries of the shared folder, read as they are (never copied here): the whole
 * folder loads with few problems, and real entries are found in texts written for this test and coded with their
 * date-bounded codes. Skipped when the folder is absent; {@code -Dannals.shared=DIR} names another shared folder.
 */
class PetrarchSharedDictionariesTest {

    static final Path SHARED = Path.of(System.getProperty("annals.shared", "../../shared"));
    static final Path DICTIONARIES = SHARED.resolve("kb-sources/petrarch2/dictionaries");

    static KnowledgeBase kb;

    @BeforeAll
    static void loadTheWholeFolder() throws IOException {
        assumeTrue(Files.isDirectory(DICTIONARIES), "shared PETRARCH dictionaries not available");
        KnowledgeBase.Builder b = KnowledgeBase.builder().addBuiltin();
        try (Stream<Path> files = Files.list(DICTIONARIES)) {
            for (Path f : files.sorted().toList()) {
                b.addPetrarch(f.getFileName().toString(), Files.newBufferedReader(f, StandardCharsets.UTF_8));
            }
        }
        kb = b.build();
    }

    @Test
    void theWholeFolderLoadsWithFewProblemsEachNamingFileAndLine() {
        List<String> problems = kb.problems();
        System.out.println("PETRARCH dictionaries: " + problems.size() + " problem line(s)");
        problems.forEach(p -> System.out.println("  " + p));
        kb.notes().forEach(n -> System.out.println("  note: " + n));
        assertTrue(problems.size() <= 30, problems.size() + " problems");
        for (String p : problems) {
            assertTrue(p.matches("[\\w.]+\\.txt:\\d+: .+"), p);
        }
        assertTrue(kb.notes().stream().anyMatch(n -> n.startsWith("CAMEO.2.0.txt: a PETRARCH verb dictionary")));
    }

    static Actor actor(String text, String date, String mention) {
        Analysis a = Annals.pipeline(kb).analyze(new Document("t", "t", text, Metadata.of(LocalDate.parse(date),
                "t")));
        Mention m = a.mentions().stream().filter(x -> x.text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + mention + "' among "
                        + a.mentions().stream().map(Mention::text).toList()));
        return a.actor(m.actor());
    }

    @Test
    void aLeaderIsCodedAsAFormerOfficialBeforeHisTermAndAsGovernmentDuringIt() {
        String text = "Benjamin Netanyahu told reporters in Jerusalem that talks would resume.";
        assertEquals("ISRELI", actor(text, "2005-05-10", "Benjamin Netanyahu").code());
        assertEquals("ISRGOV", actor(text, "2010-05-10", "Benjamin Netanyahu").code());
        String karzai = "Hamid Karzai met tribal elders in Kandahar on Sunday.";
        assertEquals("AFGELI", actor(karzai, "2000-06-11", "Hamid Karzai").code());
        assertEquals("AFGGOV", actor(karzai, "2010-06-13", "Hamid Karzai").code());
    }

    @Test
    void aDefaultHoldsAfterTheLastRange() {
        String text = "Egypt's Mohamed Mursi addressed supporters in Cairo on Friday.";
        assertEquals("EGYGOV", actor(text, "2013-02-08", "Mohamed Mursi").code());
        assertEquals("EGYELI", actor(text, "2014-02-07", "Mohamed Mursi").code());
    }

    @Test
    void anInternationalOfficialIsCodedWithTheOrganisationWhileInOffice() {
        String text = "Kofi Annan urged both sides to stop the fighting.";
        Actor in2003 = actor(text, "2003-03-10", "Kofi Annan");
        assertEquals("IGOUNO", in2003.code());
        assertEquals("ELI", actor(text, "2012-03-10", "Kofi Annan").code());
    }

    @Test
    void dictionaryNamesAreFoundWhateverTheirCase() {
        Actor merkel = actor("ANGELA MERKEL WINS THIRD TERM, said the headline in Berlin.", "2013-09-23",
                "ANGELA MERKEL");
        assertEquals("DEUGOV", merkel.code());
        assertEquals("Angela Merkel", merkel.name());
    }
}

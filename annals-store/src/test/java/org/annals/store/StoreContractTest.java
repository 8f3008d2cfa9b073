package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.json.AnnalsJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store does, whatever its database: the same suite runs on SQLite ({@link SqliteStoreTest}) and on
 * a real PostgreSQL server ({@link PostgresStoreTest}).
 */
abstract class StoreContractTest {

    static final Pipeline PIPELINE = Annals.pipeline();

    static final String MEETING = """
            Published: 2024-03-12

            Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz in Ankara on Tuesday.

            "We discussed trade and the war," Erdogan told reporters after the talks.
            """;
    static final String NAIROBI = """
            Published: 2024-03-14

            Police arrested 40 protesters in Nairobi on Wednesday, officials said.

            Kenya's President William Ruto condemned the violence and urged calm.
            """;
    static final String SECOND_OUTLET = """
            Published: 2024-03-13

            Erdogan and Scholz held talks in Ankara on Tuesday, the Turkish presidency said.
            """;

    Store store;

    /** A new, empty store. */
    abstract Store create() throws Exception;

    /** The same store opened again (a second connection to the same database). */
    abstract Store reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = create();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    static Analysis analyse(String name, String text) {
        return analyse(name, text, null);
    }

    static Analysis analyse(String name, String text, String url) {
        Map<String, String> extra = url == null ? Map.of() : Map.of("url", url);
        Document d = new Document(DocumentKeys.hash(text).substring(0, 16), name, text,
                new Metadata(null, "fixtures/" + name, extra));
        return PIPELINE.analyze(d);
    }

    static List<Analysis> three() {
        return List.of(analyse("meeting.txt", MEETING), analyse("nairobi.txt", NAIROBI, "https://example.org/nairobi"),
                analyse("second-outlet.txt", SECOND_OUTLET));
    }

    @Test
    void storesEachDocumentOnceByContentAndByUrl() {
        assertEquals(3, store.put(three()));
        assertEquals(0, store.put(three()), "the same documents again add nothing");
        // the same URL with another text is the same document
        assertEquals(0, store.put(List.of(analyse("nairobi-v2.txt", NAIROBI + "\nUpdated.\n",
                "https://example.org/nairobi"))));
        assertEquals(3, store.size());
        assertTrue(store.has(DocumentKeys.hash(MEETING), null));
        assertTrue(store.has("no such hash", "https://example.org/nairobi"));
        assertFalse(store.has(DocumentKeys.hash("another text"), "https://example.org/other"));
    }

    @Test
    void givesBackTheAnnalsJsonByteForByte() {
        List<Analysis> docs = three();
        store.put(docs);
        for (Analysis a : docs) {
            assertEquals(AnnalsJson.toJson(a), store.json(a.document().id()).orElseThrow());
        }
        List<String> lines = new ArrayList<>();
        store.forEachJson(lines::add);
        assertEquals(docs.stream().map(AnnalsJson::toJson).toList(), lines, "in the order they arrived");
        assertTrue(store.json("no-such-document").isEmpty());
    }

    @Test
    void keepsWhatItStoredAcrossConnections() throws Exception {
        store.put(three());
        store.close();
        store = reopen();
        assertEquals(3, store.size());
        assertEquals(0, store.put(three()));
    }

    @Test
    void listsEventsWithTheirActorsAndSentence() {
        store.put(three());
        List<EventRow> all = store.events(Filter.ALL);
        EventRow first = all.get(0);
        assertEquals("CONSULT", first.type());
        assertEquals("040", first.cameo());
        assertEquals("2024-03-12", first.date());
        assertEquals(List.of("Recep Tayyip Erdogan"), first.sources().stream().map(ActorRef::name).toList());
        assertEquals("TURGOV", first.sources().get(0).code());
        assertEquals("Olaf Scholz", first.targets().get(0).name());
        assertEquals("Ankara", first.place().name());
        assertEquals(MEETING.substring(first.spanStart(), first.spanEnd()), first.sentence());
        assertTrue(first.sentence().startsWith("Turkish President"));

        assertEquals(List.of("ACCUSE"), types(store.events(Filter.ALL.withType("accuse"))));
        assertTrue(store.events(Filter.ALL.withActor("ruto")).stream()
                .allMatch(e -> e.documentId().equals(all.stream().filter(x -> x.type().equals("ACCUSE"))
                        .findFirst().orElseThrow().documentId())));
        assertFalse(store.events(Filter.ALL.withActor("TURGOV")).isEmpty(), "an actor code matches too");
        assertTrue(store.events(Filter.ALL.withActor("nobody at all")).isEmpty());
        assertTrue(store.events(Filter.ALL.withDates("2024-03-13", "2024-03-13")).stream()
                .allMatch(e -> "2024-03-13".equals(e.date())));
        assertEquals(1, store.events(Filter.ALL.withLimit(1)).size());
    }

    @Test
    void listsQuotesAndActors() {
        store.put(three());
        List<QuoteRow> erdogan = store.quotes(Filter.ALL.withActor("erdogan"));
        assertEquals(1, erdogan.size());
        assertEquals("We discussed trade and the war", erdogan.get(0).text());
        assertEquals("direct", erdogan.get(0).kind());
        assertEquals("TURGOV", erdogan.get(0).speaker().code());

        List<ActorRow> actors = store.actors(Filter.ALL);
        ActorRow top = actors.get(0);
        assertEquals(2, top.documents(), "Erdogan, Scholz and Ankara are in two documents");
        assertTrue(actors.stream().anyMatch(a -> a.name().equals("William Ruto") && a.documents() == 1));
        assertEquals(List.of("Olaf Scholz"), store.actors(Filter.ALL.withActor("scholz")).stream()
                .map(ActorRow::name).toList());
    }

    @Test
    void searchesTheTextWithFilters() {
        store.put(three());
        assertEquals(List.of("nairobi.txt"), sources(store.search("protesters", Filter.ALL)));
        assertEquals(List.of("nairobi.txt"), sources(store.search("PROTESTER arrested", Filter.ALL)),
                "every word, in any case and form");
        assertEquals(List.of("meeting.txt", "second-outlet.txt"), sorted(sources(store.search("Ankara", Filter.ALL))));
        assertEquals(List.of("second-outlet.txt"),
                sources(store.search("Ankara", Filter.ALL.withDates("2024-03-13", null))));
        assertEquals(List.of(), sources(store.search("Ankara", Filter.ALL.withType("ACCUSE"))));
        assertEquals(List.of("nairobi.txt"), sources(store.search("calm", Filter.ALL.withActor("Ruto"))));
        assertTrue(store.search("Nairobi", Filter.ALL).get(0).snippet().contains("[Nairobi]"));
        assertEquals(List.of(), store.search("\"*) OR (", Filter.ALL), "punctuation alone finds nothing");
        assertEquals(1, store.search("Ankara", Filter.ALL.withLimit(1)).size());
    }

    @Test
    void savesStoriesAndRewritesTheirDocuments() {
        List<Analysis> docs = three();
        store.put(docs);
        List<Analysis> grouped = Stories.group(docs);
        assertEquals(3, store.replace(grouped));
        store.saveStories();
        List<StoryRow> stories = store.stories();
        assertEquals(2, stories.size());
        StoryRow meeting = stories.get(0);
        assertEquals(2, meeting.documents());
        assertEquals("2024-03-12", meeting.firstPublished());
        assertEquals("2024-03-13", meeting.lastPublished());
        for (Analysis a : grouped) {
            assertEquals(AnnalsJson.toJson(a), store.json(a.document().id()).orElseThrow());
        }
        assertEquals(store.events(Filter.ALL).size(), grouped.stream().mapToInt(a -> a.events().size()).sum(),
                "the layers are replaced, not added twice");
        assertEquals(meeting.id(), store.events(Filter.ALL).get(0).story());
    }

    @Test
    void pagesOfEventsAndQuotesAreSlicesOfTheWholeList() {
        store.put(three());
        for (Filter f : List.of(Filter.ALL, Filter.ALL.withActor("TURGOV"), Filter.ALL.withActor("scholz"),
                Filter.ALL.withType("CONSULT"), Filter.ALL.withActor("nobody at all"))) {
            List<String> all = ids(store.events(f));
            for (int offset = 0; offset <= all.size() + 1; offset++) {
                for (int limit = 1; limit <= 3; limit++) {
                    assertEquals(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
                            ids(store.events(f.page(offset, limit))), f + " from " + offset + ", " + limit);
                }
            }
            assertEquals(all.subList(Math.min(1, all.size()), all.size()), ids(store.events(f.withOffset(1))),
                    "an offset without a limit: the rest");
        }
        List<QuoteRow> quotes = store.quotes(Filter.ALL);
        assertTrue(quotes.size() >= 2);
        assertEquals(quotes.subList(1, 2), store.quotes(Filter.ALL.page(1, 1)));
        assertEquals(store.quotes(Filter.ALL.withActor("erdogan")), store.quotes(Filter.ALL.withActor("erdogan")
                .withLimit(1)));
    }

    @Test
    void resolvesTheActorsOfEventsAcrossManyDocuments() {
        List<Analysis> docs = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            docs.add(analyse("meeting-" + i + ".txt", MEETING + "\nReport " + i + ".\n"));
        }
        store.put(docs);
        List<EventRow> events = store.events(Filter.ALL);
        assertEquals(docs.stream().mapToInt(a -> a.events().size()).sum(), events.size());
        List<String> expected = new ArrayList<>();
        for (Analysis a : docs) {
            for (org.annals.core.model.Event e : a.events()) {
                expected.add(a.document().id() + " " + e.id() + " " + e.source().stream().map(id -> a.actors().stream()
                        .filter(x -> x.id().equals(id)).findFirst().orElseThrow().name()).toList());
            }
        }
        assertEquals(expected.stream().sorted().toList(), events.stream().map(e -> e.documentId() + " " + e.eventId()
                + " " + names(e.sources())).sorted().toList(), "each event with its own document's actors");
    }

    @Test
    void findsTheEventsOfADyadEitherWayRound() {
        store.put(three());
        List<EventRow> all = store.events(Filter.ALL);
        List<String> erdoganToScholz = ids(all.stream().filter(e -> names(e.sources()).contains("Recep Tayyip Erdogan")
                && names(e.targets()).contains("Olaf Scholz") || names(e.sources()).contains("Olaf Scholz")
                && names(e.targets()).contains("Recep Tayyip Erdogan")).toList());
        assertFalse(erdoganToScholz.isEmpty());
        assertEquals(erdoganToScholz, ids(store.events(Filter.ALL.withDyad("erdogan", "scholz"))));
        assertEquals(erdoganToScholz, ids(store.events(Filter.ALL.withDyad("DEUGOV", "TURGOV"))), "either way round");
        assertEquals(erdoganToScholz.subList(0, 1), ids(store.events(Filter.ALL.withDyad("scholz", "erdogan")
                .withLimit(1))));
        assertEquals(List.of(), store.events(Filter.ALL.withDyad("erdogan", "ruto")), "never on opposite sides");
        assertEquals(List.of(), store.events(Filter.ALL.withDyad("erdogan", "scholz").withActor("ruto")),
                "an actor as well must take part too");
    }

    @Test
    void findsTheEventsOfAPlaceAStoryAndADocument() {
        List<Analysis> docs = three();
        store.put(docs);
        List<EventRow> all = store.events(Filter.ALL);
        List<String> inAnkara = ids(all.stream().filter(e -> e.place() != null && e.place().name().equals("Ankara"))
                .toList());
        assertFalse(inAnkara.isEmpty());
        assertEquals(inAnkara, ids(store.events(Filter.ALL.withPlace("ankara"))));
        assertEquals(List.of(), store.events(Filter.ALL.withPlace("Nairobi").withActor("erdogan")));

        String nairobi = docs.get(1).document().id();
        assertEquals(ids(all.stream().filter(e -> e.documentId().equals(nairobi)).toList()),
                ids(store.events(Filter.ALL.withDocument(nairobi))));
        assertEquals(List.of(), store.events(Filter.ALL.withDocument("no-such-document")));

        store.replace(Stories.group(docs));
        store.saveStories();
        String story = store.stories().get(0).id();
        List<EventRow> ofStory = store.events(Filter.ALL.withStory(story));
        assertEquals(ids(store.events(Filter.ALL).stream().filter(e -> story.equals(e.story())).toList()),
                ids(ofStory));
        assertEquals(ids(ofStory).subList(1, ofStory.size()), ids(store.events(Filter.ALL.withStory(story)
                .withOffset(1))));
    }

    @Test
    void readsOneDocumentWithItsTextAndTitle() {
        List<Analysis> docs = three();
        store.put(docs);
        Analysis nairobi = docs.get(1);
        DocumentRow d = store.document(nairobi.document().id()).orElseThrow();
        assertEquals(nairobi.document().id(), d.id());
        assertEquals("nairobi.txt", d.source());
        assertEquals("fixtures/nairobi.txt", d.origin());
        assertEquals("https://example.org/nairobi", d.url());
        assertEquals("2024-03-14", d.published());
        assertEquals("en", d.language());
        assertEquals(null, d.story());
        assertEquals("Police arrested 40 protesters in Nairobi on Wednesday, officials said.", d.title());
        assertEquals(NAIROBI, d.text());
        assertTrue(store.document("no-such-document").isEmpty());
    }

    @Test
    void listsTheDocumentsInOrderWithoutTheirText() {
        List<Analysis> docs = three();
        store.put(docs);
        List<DocumentRow> all = store.documents(0, 0);
        assertEquals(docs.stream().map(a -> a.document().id()).toList(), all.stream().map(DocumentRow::id).toList());
        assertTrue(all.stream().allMatch(d -> d.text() == null));
        assertEquals(store.document(all.get(0).id()).orElseThrow().title(), all.get(0).title());
        assertEquals(all.subList(1, 2), store.documents(1, 1));
        assertEquals(all.subList(2, 3), store.documents(0, 2));
        assertEquals(List.of(), store.documents(5, 3));
    }

    @Test
    void listsTheDocumentsOfAStory() {
        List<Analysis> docs = three();
        store.put(docs);
        store.replace(Stories.group(docs));
        store.saveStories();
        StoryRow meeting = store.stories().get(0);
        assertEquals(List.of(docs.get(0).document().id(), docs.get(2).document().id()),
                store.documentsOfStory(meeting.id()), "the meeting and the second outlet's report of it, in order");
        assertEquals(List.of(), store.documentsOfStory("no-such-story"));
    }

    @Test
    void countsTheActorsOfTheDocumentsAsTheyAreStoredAndRewritten() {
        List<Analysis> docs = three();
        store.put(docs);
        assertEquals(recount(), store.actors(Filter.ALL));
        // the same document analysed from another text: its old actors leave the counts, its new ones join them
        Document meeting = docs.get(0).document();
        Analysis rewritten = PIPELINE.analyze(new Document(meeting.id(), meeting.source(), NAIROBI, meeting.metadata()));
        assertEquals(1, store.replace(List.of(rewritten)));
        List<ActorRow> after = store.actors(Filter.ALL);
        assertEquals(recount(), after);
        assertTrue(after.stream().anyMatch(a -> a.name().equals("William Ruto") && a.documents() == 2));
        assertTrue(after.stream().anyMatch(a -> a.name().equals("Olaf Scholz") && a.documents() == 1));
        assertEquals(after.subList(1, 3), store.actors(Filter.ALL.page(1, 2)));
        assertEquals(List.of("Olaf Scholz"), store.actors(Filter.ALL.withActor("scholz")).stream()
                .map(ActorRow::name).toList());
    }

    /** The actors counted from their rows, as a filter by dates makes the store count them. */
    private List<ActorRow> recount() {
        return store.actors(Filter.ALL.withDates("0000", "9999"));
    }

    @Test
    void givesBackTheDocumentsAsTheyWereRead() {
        List<Analysis> docs = three();
        store.put(docs);
        List<Document> back = new ArrayList<>();
        store.forEachDocument(back::add);
        assertEquals(docs.stream().map(a -> a.document().text()).toList(), back.stream().map(Document::text).toList());
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(AnnalsJson.toJson(docs.get(i)), AnnalsJson.toJson(PIPELINE.analyze(back.get(i))),
                    "analysing the stored document again gives the same analysis");
        }
    }

    @Test
    void exportsTheJsonLinesAsStored() {
        List<Analysis> docs = three();
        store.put(docs);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertEquals(3, Exports.jsonl(store, out));
        StringBuilder expected = new StringBuilder();
        docs.forEach(a -> expected.append(AnnalsJson.toJson(a)).append('\n'));
        assertEquals(expected.toString(), out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void exportsEventsAsCsvWithPlaceCoordinates() {
        store.put(three());
        java.io.StringWriter out = new java.io.StringWriter();
        long rows = Exports.csv(store, Filter.ALL.withType("CONSULT").withLimit(1), out);
        assertEquals(1, rows);
        String[] lines = out.toString().split("\r\n");
        assertEquals(String.join(",", Exports.CSV_COLUMNS), lines[0]);
        String id = three().get(0).document().id();
        assertEquals(id + "-e1,2024-03-12,2024-03-12,Recep Tayyip Erdogan,TURGOV,TUR,Olaf Scholz,DEUGOV,DEU,"
                + "CONSULT,,040,1,0,0.9,Ankara,TUR,39.920,32.854,," + id + ",,"
                + "Turkish President Recep Tayyip Erdogan met German Chancellor Olaf Scholz in Ankara on Tuesday.",
                lines[1]);
    }

    @Test
    void exportsEventsAsPloverRecords() {
        store.put(three());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertEquals(1, Exports.plover(store, Filter.ALL.withType("ACCUSE"), out));
        String id = three().get(1).document().id();
        // e1 is the arrest by the Kenyan police, the article's country's
        assertEquals("{\"id\":\"" + id + "-e2\",\"date\":\"2024-03-13\",\"date_source\":\"text\","
                + "\"actor\":[{\"code\":\"KEN\",\"sector\":\"GOV\",\"entity_text\":\"William Ruto\"}],"
                + "\"recipient\":[],"
                + "\"event\":[\"ACCUSE\"],\"mode\":[\"disapprove\"],\"cameo\":\"111\",\"quad_code\":3,"
                + "\"event_text\":[\"Kenya's President William Ruto condemned the violence and urged calm.\"],"
                + "\"text_info\":{\"start\":95,\"end\":164},\"cite_info\":{\"corpus\":\"" + id + "\","
                + "\"url\":\"https://example.org/nairobi\",\"citation\":\"nairobi.txt\",\"language\":\"en\","
                + "\"coder\":\"annals\",\"codebook\":\"plover-2.0-draft\"},\"confidence\":0.7}\n",
                out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void exportsEveryTableAsParquet(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        store.put(three());
        long rows = Exports.parquet(store, dir);
        assertTrue(rows > 3);
        for (String table : Store.TABLES) {
            assertTrue(java.nio.file.Files.exists(dir.resolve(table + ".parquet")), table);
        }
        List<Map<String, Object>> docs = readParquet(dir.resolve("documents.parquet"));
        assertEquals(3, docs.size());
        assertEquals("meeting.txt", docs.get(0).get("source"));
        assertEquals(1L, docs.get(0).get("seq"));
        assertEquals(MEETING, docs.get(0).get("text"));
        assertEquals(null, docs.get(0).get("url"), "NULL stays NULL");
        assertEquals("https://example.org/nairobi", docs.get(1).get("url"));
        List<Map<String, Object>> events = readParquet(dir.resolve("events.parquet"));
        assertEquals(store.events(Filter.ALL).size(), events.size());
        assertTrue(events.stream()
                .anyMatch(e -> "ACCUSE".equals(e.get("type")) && e.get("confidence") instanceof Double));
    }

    /** The rows of a Parquet file, each a map of column to value, read back with parquet-floor. */
    static List<Map<String, Object>> readParquet(java.nio.file.Path file) throws java.io.IOException {
        blue.strategic.parquet.Hydrator<Map<String, Object>, Map<String, Object>> h =
                new blue.strategic.parquet.Hydrator<>() {
            @Override
            public Map<String, Object> start() {
                return new java.util.HashMap<>();
            }

            @Override
            public Map<String, Object> add(Map<String, Object> row, String column, Object value) {
                row.put(column, value);
                return row;
            }

            @Override
            public Map<String, Object> finish(Map<String, Object> row) {
                return row;
            }
        };
        try (java.util.stream.Stream<Map<String, Object>> rows = blue.strategic.parquet.ParquetReader.streamContent(
                file.toFile(), blue.strategic.parquet.HydratorSupplier.constantly(h))) {
            return rows.toList();
        }
    }

    private static List<String> ids(List<EventRow> rows) {
        return rows.stream().map(EventRow::globalId).toList();
    }

    private static List<String> names(List<ActorRef> refs) {
        return refs.stream().map(ActorRef::name).toList();
    }

    private static List<String> types(List<EventRow> rows) {
        return rows.stream().map(EventRow::type).toList();
    }

    private static List<String> sources(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::source).toList();
    }

    private static List<String> sorted(List<String> s) {
        return s.stream().sorted().toList();
    }
}

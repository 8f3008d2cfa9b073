package org.annals.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API over a store of the repository's examples, through real HTTP on loopback. */
class ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static AnnalsServer server;

    @BeforeAll
    static void start() {
        server = Fixtures.server(false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Answer(int status, String type, JsonNode body) {
    }

    static Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).GET().build());
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    static JsonNode ok(String path) throws IOException, InterruptedException {
        Answer a = get(path);
        assertEquals(200, a.status(), path + " -> " + a.body());
        assertTrue(a.type().startsWith("application/json"), a.type());
        return a.body();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listens_on_loopback_only_by_default() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        assertEquals("127.0.0.1", AnnalsServer.Options.of("x.db").host());
    }

    @Test
    void status_counts_the_documents_and_says_ingest_is_off() throws Exception {
        JsonNode s = ok("/api/status");
        assertEquals(14, s.get("documents").asInt());
        assertFalse(s.get("ingest").asBoolean());
    }

    @Test
    void a_document_comes_with_every_layer_its_spans_and_the_text_they_point_into() throws Exception {
        JsonNode list = ok("/api/documents?limit=2");
        assertEquals(2, list.get("documents").size());
        assertEquals(2, list.get("next_offset").asInt());
        assertEquals(14, list.get("total").asInt());
        String id = list.get("documents").get(0).get("id").asText();
        JsonNode doc = ok("/api/documents/" + id);
        assertEquals("annals/1", doc.get("schema").asText());
        String text = doc.get("document").get("text").asText();
        for (String layer : List.of("mentions", "actors", "times", "quotes", "events", "counts")) {
            assertTrue(doc.has(layer), layer);
        }
        assertTrue(doc.get("events").size() > 0);
        for (JsonNode m : doc.get("mentions")) {
            int s = m.get("span").get(0).asInt();
            int e = m.get("span").get(1).asInt();
            assertEquals(m.get("text").asText(), text.substring(s, e), "a mention's span covers its text");
        }
        assertFalse(ok("/api/documents/" + id + "?text=false").get("document").has("text"));
    }

    @Test
    void events_are_filtered_by_type_actor_dyad_dates_place_and_story() throws Exception {
        JsonNode all = ok("/api/events?limit=1000");
        int total = all.get("count").asInt();
        assertTrue(total > 30, "the examples give many events: " + total);

        JsonNode consult = ok("/api/events?type=consult&limit=1000");
        assertTrue(consult.get("count").asInt() > 0);
        consult.get("events").forEach(e -> assertEquals("CONSULT", e.get("type").asText()));

        JsonNode turkey = ok("/api/events?actor=TURGOV&limit=1000");
        assertTrue(turkey.get("count").asInt() > 0);
        turkey.get("events").forEach(e -> assertTrue(e.toString().contains("TURGOV"), e.toString()));

        JsonNode dyad = ok("/api/events?dyad=" + enc("IDNGOV,JPN") + "&limit=1000");
        assertTrue(dyad.get("count").asInt() > 0);
        dyad.get("events").forEach(e -> {
            String s = e.get("source").toString() + "|" + e.get("target").toString();
            assertTrue(s.contains("IDNGOV") && s.contains("JPN"), s);
        });

        JsonNode june = ok("/api/events?from=2024-06&to=2024-06&limit=1000");
        assertTrue(june.get("count").asInt() > 0);
        june.get("events").forEach(e -> {
            String when = e.get("date").isNull() ? e.get("document").get("published").asText() : e.get("date").asText();
            assertTrue(when.startsWith("2024-06"), when);
        });

        JsonNode s7 = ok("/api/events?story=s7&limit=1000");
        assertTrue(s7.get("count").asInt() > 0);
        s7.get("events").forEach(e -> assertEquals("s7", e.get("document").get("story").asText()));

        JsonNode placed = ok("/api/events?place=Tokyo&limit=1000");
        placed.get("events").forEach(e -> assertEquals("Tokyo", e.get("place").get("name").asText()));

        JsonNode evidence = all.get("events").get(0);
        assertFalse(evidence.get("sentence").asText().isBlank(), "each event carries its evidence sentence");
        assertTrue(evidence.get("document").has("id"));
    }

    @Test
    void events_page_by_limit_and_offset_without_gaps_or_repeats() throws Exception {
        List<String> paged = new ArrayList<>();
        int offset = 0;
        while (true) {
            JsonNode page = ok("/api/events?limit=7&offset=" + offset);
            page.get("events").forEach(e -> paged.add(e.get("id").asText()));
            if (page.get("next_offset").isNull()) {
                break;
            }
            offset = page.get("next_offset").asInt();
        }
        List<String> whole = new ArrayList<>();
        ok("/api/events?limit=1000").get("events").forEach(e -> whole.add(e.get("id").asText()));
        assertEquals(whole, paged);
    }

    @Test
    void a_timeline_is_in_date_order_and_a_dyad_timeline_holds_only_the_pair() throws Exception {
        JsonNode t = ok("/api/timeline?actor=TURGOV");
        assertTrue(t.get("count").asInt() > 0);
        String last = "";
        for (JsonNode e : t.get("events")) {
            String when = e.get("when").asText();
            assertTrue(when.compareTo(last) >= 0, when + " after " + last);
            last = when;
        }
        JsonNode d = ok("/api/timeline?dyad=" + enc("IDNGOV,JPNGOV"));
        assertTrue(d.get("count").asInt() > 0);
        assertEquals("IDNGOV", d.get("dyad").get(0).asText());
    }

    @Test
    void the_network_weighs_pairs_of_actors_by_quad_class() throws Exception {
        JsonNode n = ok("/api/network?nodes=20");
        assertTrue(n.get("nodes").size() > 3 && n.get("nodes").size() <= 20);
        assertTrue(n.get("edges").size() > 0);
        Set<String> nodes = new TreeSet<>();
        n.get("nodes").forEach(v -> nodes.add(v.get("id").asText()));
        for (JsonNode e : n.get("edges")) {
            assertTrue(nodes.contains(e.get("source").asText()) && nodes.contains(e.get("target").asText()));
            JsonNode q = e.get("quads");
            assertEquals(e.get("events").asInt(), q.get("VC").asInt() + q.get("MC").asInt() + q.get("VX").asInt()
                    + q.get("MX").asInt());
            assertEquals(e.get("cooperation").asInt(), q.get("VC").asInt() + q.get("MC").asInt());
        }
    }

    @Test
    void quotes_have_a_speaker_a_date_and_a_source() throws Exception {
        JsonNode q = ok("/api/quotes?speaker=Kuleba");
        assertTrue(q.get("count").asInt() > 0);
        for (JsonNode x : q.get("quotes")) {
            assertTrue(x.get("speaker").get("name").asText().contains("Kuleba"));
            assertEquals("04-wire-ankara-fidan-kuleba.txt", x.get("document").get("source").asText());
            assertEquals("2024-01-18", x.get("document").get("published").asText());
        }
    }

    @Test
    void a_story_shows_its_sources_side_by_side_and_where_their_dates_agree() throws Exception {
        JsonNode stories = ok("/api/stories?min=2");
        assertTrue(stories.get("count").asInt() >= 1);
        String id = stories.get("stories").get(0).get("id").asText();
        JsonNode s = ok("/api/stories/" + id);
        assertEquals(2, s.get("documents").size());
        boolean agreed = false;
        for (JsonNode row : s.get("compare")) {
            assertTrue(Set.of("agree", "conflict", "one source", "no value").contains(row.get("status").asText()));
            agreed |= row.get("status").asText().equals("agree");
        }
        assertTrue(agreed, "the two Jakarta reports date the meeting alike: " + s.get("compare"));
        boolean twoSources = false;
        for (JsonNode e : s.get("merged")) {
            assertTrue(e.get("reports").size() >= 1);
            twoSources |= e.get("type").asText().equals("CONSULT") && e.get("sources").asInt() == 2;
        }
        assertTrue(twoSources, "the meeting is one merged event with both reports as sources: " + s.get("merged"));
    }

    @Test
    void actors_and_full_text_search() throws Exception {
        JsonNode a = ok("/api/actors?q=Erdo");
        assertTrue(a.get("count").asInt() > 0);
        List<String> paged = new ArrayList<>();
        ok("/api/actors?limit=4").get("actors").forEach(x -> paged.add(x.get("name").asText()));
        ok("/api/actors?limit=4&offset=4").get("actors").forEach(x -> paged.add(x.get("name").asText()));
        try (org.annals.store.Store s = org.annals.store.Store.open(Fixtures.store().toString())) {
            List<String> stored = s.actors(new org.annals.store.Filter(null, null, null, null, 8)).stream()
                    .map(org.annals.store.ActorRow::name).toList();
            assertEquals(stored, paged, "the list of actors the server keeps pages as the store's does");
        }
        JsonNode hits = ok("/api/search?q=" + enc("cholera vaccine"));
        assertEquals(1, hits.get("count").asInt());
        assertEquals("10-malawi-cholera-aid.txt", hits.get("documents").get(0).get("source").asText());
    }

    @ParameterizedTest(name = "{0} is refused with 400")
    @CsvSource(delimiter = '|', value = {
            "/api/events?limit=abc        | 'limit' must be a whole number",
            "/api/events?limit=0          | 'limit' must be between 1 and 1000",
            "/api/events?offset=-1        | 'offset' must be between",
            "/api/events?type=PARTY       | must be a PLOVER category",
            "/api/events?from=2024-13-01  | not a real date",
            "/api/events?to=yesterday     | must be a date YYYY",
            "/api/events?dyad=TURGOV      | two actors separated by a comma",
            "/api/events?actr=TURGOV      | unknown parameter 'actr'",
            "/api/timeline                | needs 'actor'",
            "/api/search                  | 'q' is required",
            "/api/network?nodes=x         | 'nodes' must be a whole number",
            "/api/documents/x?text=maybe  | 'text' must be true or false",
    })
    void bad_parameters_are_400_with_a_clear_message(String path, String message) throws Exception {
        Answer a = get(path);
        assertEquals(400, a.status(), a.body().toString());
        assertTrue(a.type().startsWith("application/json"));
        assertTrue(a.body().get("error").asText().contains(message), a.body().toString());
    }

    @Test
    void unknown_ids_and_paths_are_404_in_json() throws Exception {
        for (String path : List.of("/api/documents/nope", "/api/stories/s999", "/api/nothing-here")) {
            Answer a = get(path);
            assertEquals(404, a.status(), path);
            assertTrue(a.body().get("error").asText().length() > 5, a.body().toString());
        }
    }

    @Test
    void posting_a_document_is_refused_when_ingest_is_off() throws Exception {
        Answer a = send(HttpRequest.newBuilder(URI.create(server.url() + "api/documents"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Some text.")).build());
        assertEquals(403, a.status());
        assertTrue(a.body().get("error").asText().contains("--allow-ingest"));
    }

    @Test
    void with_ingest_allowed_a_posted_text_is_analysed_stored_and_served() throws Exception {
        Path dir = Files.createTempDirectory("annals-ingest-test");
        try (AnnalsServer s = Fixtures.server(dir.resolve("new.db").toString(), true)) {
            String text = "Published: 2024-05-02\n\nANKARA — Turkish Foreign Minister Hakan Fidan met his Ukrainian "
                    + "counterpart Dmytro Kuleba in Ankara on Thursday.\n";
            HttpRequest post = HttpRequest.newBuilder(URI.create(s.url() + "api/documents"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            java.util.Map.of("text", text, "source", "posted.txt")))).build();
            Answer first = send(post);
            assertEquals(201, first.status(), first.body().toString());
            assertEquals("posted.txt", first.body().get("document").get("source").asText());
            assertTrue(first.body().get("events").size() > 0);
            assertEquals(200, send(post).status(), "the same text again is not stored twice");
            Answer bad = send(HttpRequest.newBuilder(URI.create(s.url() + "api/documents"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"txt\":1}"))
                    .build());
            assertEquals(400, bad.status());
            HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/documents"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(1, JSON.readTree(list.body()).get("total").asInt());
        } finally {
            Fixtures.delete(dir);
        }
    }

    @Test
    void the_openapi_description_names_every_endpoint_and_method() throws Exception {
        JsonNode api = ok("/api/openapi.json");
        assertEquals("3.0.3", api.get("openapi").asText());
        for (AnnalsServer.Route r : AnnalsServer.routes(null, null)) {
            JsonNode path = api.get("paths").get(r.path());
            assertTrue(path != null && path.has(r.method().toLowerCase(java.util.Locale.ROOT)),
                    r.method() + " " + r.path() + " is described");
        }
        assertEquals(AnnalsServer.routes(null, null).stream().map(AnnalsServer.Route::path).distinct().count(),
                api.get("paths").size(), "no endpoint is described that does not exist");
    }

    @Test
    void pages_are_served_with_a_policy_that_forbids_inline_script() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        HttpResponse<String> js = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "app.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(js.body().replaceAll("//.*", "").contains("innerHTML"), "the UI never writes HTML from strings");
    }
}

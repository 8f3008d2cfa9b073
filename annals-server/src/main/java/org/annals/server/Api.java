package org.annals.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.core.story.Story;
import org.annals.json.AnnalsJson;
import org.annals.store.ActorRow;
import org.annals.store.DocumentKeys;
import org.annals.store.DocumentRow;
import org.annals.store.EventRow;
import org.annals.store.Filter;
import org.annals.store.Store;

import io.javalin.http.Context;

/** The handlers of {@code /api}: each reads its parameters, asks the store, and answers JSON. */
final class Api {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String SCHEMA = "annals/1";
    private static final int MAX_TEXT = 1_000_000;

    private final StorePool pool;
    private final boolean allowIngest;
    private final java.util.function.Supplier<Pipeline> pipelines;
    private Pipeline pipeline;
    private volatile Catalog catalog;
    private final java.util.concurrent.ExecutorService warming = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annals-catalog");
        t.setDaemon(true);
        return t;
    });
    private volatile java.util.concurrent.Future<?> warm;
    private volatile ObjectNode network;

    Api(StorePool pool, boolean allowIngest, java.util.function.Supplier<Pipeline> pipelines) {
        this.pool = pool;
        this.allowIngest = allowIngest;
        this.pipelines = pipelines;
    }

    /**
     * Reads the catalog of documents and draws the whole network in the background (a request that needs either
     * before makes it itself). After an ingest the task runs again, after the one before it.
     */
    void warmUp() {
        warm = warming.submit(() -> {
            catalog();
            Network n = new Network();
            stream(new EventQuery(), Integer.MAX_VALUE, n::add);
            network = n.json(500);
        });
    }

    /** Waits for the background work of {@link #warmUp} (for tests and benchmarks). */
    void awaitWarm() {
        try {
            warm.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the catalog or the network could not be read", e.getCause());
        }
    }

    void close() {
        warming.shutdownNow();
    }

    /** The rows of a query, up to {@code max} of them, from the store. */
    private void stream(EventQuery q, int max, java.util.function.Consumer<EventRow> sink) {
        pool.with(s -> {
            q.stream(s, max, sink);
            return null;
        });
    }

    Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            synchronized (this) {
                c = catalog;
                if (c == null) {
                    c = pool.with(Catalog::read);
                    catalog = c;
                }
            }
        }
        return c;
    }

    static void send(Context ctx, JsonNode body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Params params(Context ctx, String... known) {
        return new Params(ctx.queryParamMap(), Set.of(known));
    }

    private static ObjectNode page(String name, ArrayNode items, int offset, int limit, boolean more) {
        ObjectNode o = Rows.JSON.objectNode();
        o.put("schema", SCHEMA);
        o.put("offset", offset);
        o.put("limit", limit);
        o.put("count", items.size());
        if (more) {
            o.put("next_offset", offset + limit);
        } else {
            o.putNull("next_offset");
        }
        o.set(name, items);
        return o;
    }

    void status(Context ctx) {
        params(ctx);
        ObjectNode o = Rows.JSON.objectNode();
        o.put("schema", SCHEMA);
        long size = pool.with(Store::size);
        int stories = pool.with(s -> s.stories().size());
        o.put("documents", size);
        o.put("stories", stories);
        o.put("ingest", allowIngest);
        send(ctx, o);
    }

    void documents(Context ctx) {
        Params p = params(ctx, "limit", "offset", "story");
        int limit = p.integer("limit", 50, 1, 1000);
        int offset = p.integer("offset", 0, 0, Integer.MAX_VALUE);
        String story = p.string("story");
        List<Catalog.Doc> all = story == null ? catalog().all() : catalog().story(story);
        ArrayNode items = Rows.JSON.arrayNode();
        for (int i = offset; i < all.size() && i < offset + limit; i++) {
            items.add(Rows.document(all.get(i)));
        }
        ObjectNode o = page("documents", items, offset, limit, offset + limit < all.size());
        o.put("total", all.size());
        send(ctx, o);
    }

    void document(Context ctx) {
        Params p = params(ctx, "text");
        String id = ctx.pathParam("id");
        String wantText = p.string("text");
        if (wantText != null && !wantText.equals("true") && !wantText.equals("false")) {
            throw ApiException.badRequest("parameter 'text' must be true or false, not '" + wantText + "'");
        }
        ObjectNode o = storedJson(id);
        DocumentRow d = pool.with(s -> s.document(id))
                .orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'"));
        ((ObjectNode) o.get("document")).put("title", d.title());
        if (!"false".equals(wantText)) {
            ((ObjectNode) o.get("document")).put("text", d.text());
        }
        send(ctx, o);
    }

    private ObjectNode storedJson(String id) {
        Optional<String> json = pool.with(s -> s.json(id));
        if (json.isEmpty()) {
            throw ApiException.notFound("no document with id '" + id + "'");
        }
        try {
            return (ObjectNode) MAPPER.readTree(json.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored JSON of " + id + " cannot be read", e);
        }
    }

    static final String[] EVENT_PARAMS = {"actor", "dyad", "type", "from", "to", "place", "story", "document",
            "limit", "offset"};

    void events(Context ctx) {
        Params p = params(ctx, EVENT_PARAMS);
        EventQuery q = EventQuery.of(p);
        int limit = p.integer("limit", 100, 1, 1000);
        int offset = p.integer("offset", 0, 0, 10_000_000);
        List<EventRow> rows = pool.with(s -> q.page(s, offset, limit));
        Catalog c = catalog();
        ArrayNode items = Rows.JSON.arrayNode();
        for (int i = 0; i < rows.size() && i < limit; i++) {
            items.add(Rows.event(rows.get(i), c));
        }
        send(ctx, page("events", items, offset, limit, rows.size() > limit));
    }

    void timeline(Context ctx) {
        Params p = params(ctx, "actor", "dyad", "type", "from", "to", "limit");
        if (p.string("actor") == null && p.string("dyad") == null) {
            throw ApiException.badRequest("a timeline needs 'actor' (a code or part of a name) or 'dyad' (A,B)");
        }
        EventQuery q = EventQuery.of(p);
        int limit = p.integer("limit", 1000, 1, 5000);
        List<EventRow> rows = new ArrayList<>();
        stream(q, limit, rows::add);
        // by the event's date, else the document's, then in the order they were stored
        List<EventRow> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> when(a).compareTo(when(b)));
        Catalog c = catalog();
        ArrayNode items = Rows.JSON.arrayNode();
        Map<String, Integer> perDay = new LinkedHashMap<>();
        for (EventRow e : sorted) {
            ObjectNode o = Rows.event(e, c);
            o.put("when", when(e));
            o.put("when_from", e.date() != null ? "event" : e.published() != null ? "published" : null);
            items.add(o);
            perDay.merge(when(e), 1, Integer::sum);
        }
        ObjectNode out = Rows.JSON.objectNode();
        out.put("schema", SCHEMA);
        out.put("actor", q.actor);
        if (q.dyad != null) {
            out.putArray("dyad").add(q.dyad.get(0)).add(q.dyad.get(1));
        } else {
            out.putNull("dyad");
        }
        out.put("count", items.size());
        out.put("truncated", rows.size() >= limit);
        out.put("first", sorted.isEmpty() ? null : when(sorted.get(0)));
        out.put("last", sorted.isEmpty() ? null : when(sorted.get(sorted.size() - 1)));
        ArrayNode days = out.putArray("dates");
        perDay.forEach((d, n) -> days.addObject().put("date", d).put("events", n));
        out.set("events", items);
        send(ctx, out);
    }

    private static String when(EventRow e) {
        return e.date() != null ? e.date() : e.published() != null ? e.published() : "";
    }

    void network(Context ctx) {
        Params p = params(ctx, "actor", "type", "from", "to", "nodes");
        int nodes = p.integer("nodes", 40, 1, 500);
        EventQuery q = EventQuery.of(p);
        boolean whole = q.actor == null && q.type == null && q.from == null && q.to == null;
        ObjectNode o;
        if (whole && network != null && network.get("nodes").size() >= Math.min(nodes, 500)) {
            o = network;
        } else {
            Network n = new Network();
            stream(q, Integer.MAX_VALUE, n::add);
            o = n.json(whole ? 500 : nodes);
            if (whole) {
                network = o;
            }
        }
        ObjectNode out = o.deepCopy();
        ArrayNode ns = (ArrayNode) out.get("nodes");
        while (ns.size() > nodes) {
            ns.remove(ns.size() - 1);
        }
        Set<String> kept = new java.util.HashSet<>();
        ns.forEach(n -> kept.add(n.get("id").asText()));
        ArrayNode es = (ArrayNode) out.get("edges");
        for (int i = es.size() - 1; i >= 0; i--) {
            if (!kept.contains(es.get(i).get("source").asText()) || !kept.contains(es.get(i).get("target").asText())) {
                es.remove(i);
            }
        }
        out.put("schema", SCHEMA);
        send(ctx, out);
    }

    void quotes(Context ctx) {
        Params p = params(ctx, "speaker", "from", "to", "limit", "offset");
        int limit = p.integer("limit", 100, 1, 1000);
        int offset = p.integer("offset", 0, 0, 10_000_000);
        Filter f = new Filter(p.string("speaker"), null, p.from(), p.to(), limit + 1).withOffset(offset);
        var rows = pool.with(s -> s.quotes(f));
        Catalog c = catalog();
        ArrayNode items = Rows.JSON.arrayNode();
        for (int i = 0; i < rows.size() && i < limit; i++) {
            items.add(Rows.quote(rows.get(i), c));
        }
        send(ctx, page("quotes", items, offset, limit, rows.size() > limit));
    }

    void actors(Context ctx) {
        Params p = params(ctx, "q", "type", "limit", "offset");
        int limit = p.integer("limit", 100, 1, 1000);
        int offset = p.integer("offset", 0, 0, 10_000_000);
        Filter f = new Filter(p.string("q"), p.type(), null, null, limit + 1).withOffset(offset);
        List<ActorRow> rows = pool.with(s -> s.actors(f));
        ArrayNode items = Rows.JSON.arrayNode();
        for (int i = 0; i < rows.size() && i < limit; i++) {
            items.add(Rows.actorRow(rows.get(i)));
        }
        send(ctx, page("actors", items, offset, limit, rows.size() > limit));
    }

    void stories(Context ctx) {
        Params p = params(ctx, "limit", "offset", "min");
        int limit = p.integer("limit", 100, 1, 1000);
        int offset = p.integer("offset", 0, 0, 10_000_000);
        int min = p.integer("min", 1, 1, 1_000_000);
        var rows = pool.with(Store::stories).stream().filter(s -> s.documents() >= min).toList();
        ArrayNode items = Rows.JSON.arrayNode();
        Catalog c = catalog();
        for (int i = offset; i < rows.size() && i < offset + limit; i++) {
            ObjectNode o = Rows.story(rows.get(i));
            Catalog.Doc first = c.get(rows.get(i).firstDocument());
            o.put("title", first == null ? null : first.title());
            items.add(o);
        }
        send(ctx, page("stories", items, offset, limit, rows.size() > offset + limit));
    }

    void story(Context ctx) {
        params(ctx);
        String id = ctx.pathParam("id");
        var row = pool.with(Store::stories).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
        List<JsonNode> docs = new ArrayList<>();
        Catalog c = catalog();
        for (String doc : pool.with(s -> s.documentsOfStory(id))) {
            ObjectNode json = storedJson(doc);
            Catalog.Doc known = c.get(doc);
            ((ObjectNode) json.get("document")).put("title", known == null ? null : known.title());
            docs.add(json);
        }
        ObjectNode out = StoryView.build(Rows.story(row), docs);
        out.set("merged", merged(id));
        out.put("schema", SCHEMA);
        send(ctx, out);
    }

    /**
     * The story's events merged across its documents ({@link Stories#merge}): each real-world event once, with
     * every document and span that reports it and the dates on which sources disagree. The store keeps each
     * document's layers, not the merge, so the story's documents are analysed again (the pipeline gives the
     * stored analyses back: the same text, the same result).
     */
    private JsonNode merged(String story) {
        List<Analysis> analyses = new ArrayList<>();
        for (String doc : pool.with(s -> s.documentsOfStory(story))) {
            DocumentRow r = pool.with(s -> s.document(doc)).orElse(null);
            if (r == null || r.text() == null) {
                continue;
            }
            Metadata md = new Metadata(r.published() == null ? null : LocalDate.parse(r.published()),
                    r.origin() == null ? "" : r.origin(), Map.of());
            Analysis a;
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = pipelines.get();
                }
                a = pipeline.analyze(new Document(r.id(), r.source(), r.text(), md));
            }
            analyses.add(a.withStory(story, r.duplicateOf()));
        }
        List<Story> merged = Stories.merge(analyses);
        if (merged.isEmpty()) {
            return Rows.JSON.arrayNode();
        }
        try {
            return MAPPER.readTree(AnnalsJson.toJson(merged.get(0))).path("story").path("events");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the story's JSON could not be read back", e);
        }
    }

    void search(Context ctx) {
        Params p = params(ctx, "q", "actor", "type", "from", "to", "limit");
        String query = p.required("q");
        int limit = p.integer("limit", 50, 1, 1000);
        Filter f = new Filter(p.string("actor"), p.type(), p.from(), p.to(), limit);
        var hits = pool.with(s -> s.search(query, f));
        Catalog c = catalog();
        ArrayNode items = Rows.JSON.arrayNode();
        hits.forEach(h -> items.add(Rows.hit(h, c)));
        ObjectNode o = Rows.JSON.objectNode();
        o.put("schema", SCHEMA);
        o.put("q", query);
        o.put("count", items.size());
        o.set("documents", items);
        send(ctx, o);
    }

    /** {@code POST /api/documents}: a text analysed and stored (only with {@code --allow-ingest}). */
    void ingest(Context ctx) {
        params(ctx);
        if (!allowIngest) {
            throw new ApiException(403, "this server is read-only: start it with 'annals serve --allow-ingest' to "
                    + "add documents");
        }
        String body = ctx.body();
        String text;
        String source;
        LocalDate published = null;
        String url;
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("application/json")) {
            JsonNode in;
            try {
                in = MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
            }
            if (in == null || !in.path("text").isTextual() || in.path("text").asText().isBlank()) {
                throw ApiException.badRequest("the body must be a JSON object with a non-empty string 'text' "
                        + "(and optionally 'source', 'published' YYYY-MM-DD, 'url')");
            }
            text = in.path("text").asText();
            source = in.path("source").isTextual() ? in.path("source").asText() : null;
            url = in.path("url").isTextual() ? in.path("url").asText() : null;
            if (in.path("published").isTextual()) {
                try {
                    published = LocalDate.parse(in.path("published").asText());
                } catch (DateTimeParseException e) {
                    throw ApiException.badRequest("'published' must be a date YYYY-MM-DD, not '"
                            + in.path("published").asText() + "'");
                }
            }
        } else if (type.startsWith("text/plain")) {
            text = body;
            source = null;
            url = null;
        } else {
            throw new ApiException(415, "send the article as text/plain, or as application/json {\"text\": ...}");
        }
        if (text.isBlank()) {
            throw ApiException.badRequest("the text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new ApiException(413, "the text is longer than " + MAX_TEXT + " characters");
        }
        String id = DocumentKeys.hash(text).substring(0, 16);
        Map<String, String> extra = url == null ? Map.of() : Map.of("url", url);
        Document d = new Document(id, source == null ? id + ".txt" : source, text,
                new Metadata(published, url == null ? "" : url, extra));
        boolean known = pool.with(s -> s.has(DocumentKeys.hash(text), url));
        int status = 200;
        if (!known) {
            Analysis a;
            synchronized (this) {
                if (pipeline == null) {
                    pipeline = pipelines.get();
                }
                a = pipeline.analyze(d);
            }
            int added = pool.with(s -> s.put(List.of(a)));
            status = added == 1 ? 201 : 200;
            catalog = null;
            network = null;
            warmUp();
        }
        ObjectNode json;
        if (pool.with(s -> s.json(id)).isPresent()) {
            json = storedJson(id);
        } else {
            // the same URL was stored under another text
            throw new ApiException(409, "a document with the URL '" + url + "' is already stored");
        }
        ctx.status(status);
        send(ctx, json);
    }
}

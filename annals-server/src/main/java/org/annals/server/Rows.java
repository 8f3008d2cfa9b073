package org.annals.server;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.annals.store.ActorRef;
import org.annals.store.ActorRow;
import org.annals.store.EventRow;
import org.annals.store.QuoteRow;
import org.annals.store.SearchHit;
import org.annals.store.StoryRow;

/**
 * The store's rows as JSON in the {@code annals/1} field names ({@code span}, {@code source}, {@code target},
 * {@code cameo}, ...), with the document each row comes from.
 */
final class Rows {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Rows() {
    }

    static ObjectNode document(Catalog.Doc d) {
        ObjectNode o = JSON.objectNode();
        o.put("id", d.id());
        o.put("source", d.source());
        o.put("title", d.title());
        o.put("published", d.published());
        o.put("story", d.story());
        o.put("duplicate_of", d.duplicateOf());
        o.put("url", d.url());
        o.put("length", d.length());
        return o;
    }

    /** The document part of a row, from the row itself, with the title when the catalog knows it. */
    static ObjectNode documentOf(String id, String source, String url, String published, String story,
                                 Catalog catalog) {
        ObjectNode o = JSON.objectNode();
        o.put("id", id);
        o.put("source", source);
        Catalog.Doc d = catalog == null ? null : catalog.get(id);
        if (d != null) {
            o.put("title", d.title());
        }
        o.put("published", published);
        o.put("story", story);
        o.put("url", url);
        return o;
    }

    static ObjectNode actor(ActorRef a) {
        return identity(JSON.objectNode().put("id", a.id()), a.name(), a.type(), a.code(), a.country());
    }

    /** What names an actor, in a row of any kind. */
    private static ObjectNode identity(ObjectNode o, String name, String type, String code, String country) {
        return o.put("name", name).put("type", type).put("code", code).put("country", country);
    }

    static ObjectNode event(EventRow e, Catalog catalog) {
        ObjectNode o = JSON.objectNode();
        o.put("id", e.globalId());
        o.put("event_id", e.eventId());
        o.set("document", documentOf(e.documentId(), e.source(), e.url(), e.published(), e.story(), catalog));
        o.put("type", e.type());
        o.put("quad", Quads.of(e.type()));
        o.put("mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("date", e.date());
        o.set("source", actors(e.sources()));
        o.set("target", actors(e.targets()));
        if (e.place() == null) {
            o.putNull("place");
        } else {
            o.set("place", actor(e.place()));
        }
        if (e.negated()) {
            o.put("negated", true);
        }
        o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        o.set("span", span(e.spanStart(), e.spanEnd()));
        o.put("sentence", e.sentence());
        return o;
    }

    private static ArrayNode actors(List<ActorRef> refs) {
        ArrayNode a = JSON.arrayNode();
        for (ActorRef r : refs) {
            a.add(actor(r));
        }
        return a;
    }

    static ArrayNode span(int start, int end) {
        return JSON.arrayNode().add(start).add(end);
    }

    static ObjectNode quote(QuoteRow q, Catalog catalog) {
        ObjectNode o = JSON.objectNode();
        o.put("id", q.documentId() + "-" + q.quoteId());
        o.put("quote_id", q.quoteId());
        Catalog.Doc d = catalog.get(q.documentId());
        ObjectNode doc = JSON.objectNode();
        doc.put("id", q.documentId());
        doc.put("source", d == null ? null : d.source());
        doc.put("title", d == null ? null : d.title());
        doc.put("published", q.published());
        o.set("document", doc);
        o.put("kind", q.kind());
        if (q.speaker() == null) {
            o.putNull("speaker");
        } else {
            o.set("speaker", actor(q.speaker()));
        }
        o.put("cue", q.cue());
        o.put("text", q.text());
        return o;
    }

    static ObjectNode actorRow(ActorRow a) {
        return identity(JSON.objectNode(), a.name(), a.type(), a.code(), a.country()).put("documents", a.documents());
    }

    static ObjectNode story(StoryRow s) {
        ObjectNode o = JSON.objectNode();
        o.put("id", s.id());
        o.put("documents", s.documents());
        o.put("first_published", s.firstPublished());
        o.put("last_published", s.lastPublished());
        o.put("first_document", s.firstDocument());
        return o;
    }

    static ObjectNode hit(SearchHit h, Catalog catalog) {
        ObjectNode o = JSON.objectNode();
        o.put("id", h.documentId());
        o.put("source", h.source());
        Catalog.Doc d = catalog.get(h.documentId());
        o.put("title", d == null ? null : d.title());
        o.put("published", h.published());
        o.put("url", h.url());
        o.put("snippet", h.snippet());
        return o;
    }

    /** True when the actor is named by {@code q}: part of its name in any case, or its code exactly (as the store matches). */
    static boolean matches(ActorRef a, String q) {
        if (a == null) {
            return false;
        }
        String name = a.name() == null ? "" : a.name().toLowerCase(Locale.ROOT);
        return name.contains(q.toLowerCase(Locale.ROOT)) || q.equalsIgnoreCase(a.code() == null ? "" : a.code());
    }

    static boolean any(List<ActorRef> refs, String q) {
        for (ActorRef r : refs) {
            if (matches(r, q)) {
                return true;
            }
        }
        return false;
    }
}

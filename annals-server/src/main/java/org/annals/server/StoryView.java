package org.annals.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A story's documents side by side: each with its events (category, date, who to whom, trigger) and counts, and a
 * table of what the sources report about the same thing: the dates each gives an event category, and the figures
 * each gives a kind of count. A row agrees when the sources that give values share one (an article also dates the
 * background it recalls, so a source may give more than one); it conflicts when two or more give values and share
 * none; it has one source, or no value, when fewer give any.
 */
final class StoryView {

    private StoryView() {
    }

    /** {@code docs}: each document's stored {@code annals/1} JSON, in the story's order. */
    static ObjectNode build(ObjectNode story, List<JsonNode> docs) {
        ArrayNode documents = Rows.JSON.arrayNode();
        // category -> document id -> dates; count kind -> document id -> values
        Map<String, Map<String, TreeSet<String>>> dates = new LinkedHashMap<>();
        Map<String, Map<String, TreeSet<String>>> counts = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode doc : docs) {
            String id = doc.path("document").path("id").asText();
            ids.add(id);
            Map<String, String> names = new HashMap<>();
            for (JsonNode a : doc.path("actors")) {
                String code = a.path("code").isNull() ? null : a.path("code").asText(null);
                names.put(a.path("id").asText(), a.path("name").asText() + (code == null ? "" : " (" + code + ")"));
            }
            ObjectNode d = documents.addObject();
            d.set("document", doc.path("document"));
            ArrayNode events = d.putArray("events");
            for (JsonNode e : doc.path("events")) {
                ObjectNode o = events.addObject();
                String type = e.path("type").asText();
                o.put("id", e.path("id").asText());
                o.put("type", type);
                o.put("quad", Quads.of(type));
                o.set("date", e.path("date"));
                o.set("source", names(e.path("source"), names));
                o.set("target", names(e.path("target"), names));
                o.set("trigger", e.path("trigger"));
                o.set("span", e.path("span"));
                String date = e.path("date").isTextual() ? e.path("date").asText() : null;
                TreeSet<String> seen = dates.computeIfAbsent(type, k -> new LinkedHashMap<>())
                        .computeIfAbsent(id, k -> new TreeSet<>());
                if (date != null) {
                    seen.add(date);
                }
            }
            ArrayNode cs = d.putArray("counts");
            for (JsonNode c : doc.path("counts")) {
                cs.add(c);
                String kind = c.path("kind").asText();
                String value = (c.path("qualifier").isTextual() ? c.path("qualifier").asText() + " " : "")
                        + c.path("value").asText();
                counts.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(id, k -> new TreeSet<>())
                        .add(value);
            }
        }
        ArrayNode compare = Rows.JSON.arrayNode();
        dates.forEach((type, byDoc) -> compare.add(row("date of " + type, type, byDoc, ids)));
        counts.forEach((kind, byDoc) -> compare.add(row("count: " + kind, null, byDoc, ids)));
        ObjectNode out = Rows.JSON.objectNode();
        out.set("story", story);
        out.set("documents", documents);
        out.set("compare", compare);
        return out;
    }

    private static ArrayNode names(JsonNode ids, Map<String, String> names) {
        ArrayNode a = Rows.JSON.arrayNode();
        for (JsonNode id : ids) {
            a.add(names.getOrDefault(id.asText(), id.asText()));
        }
        return a;
    }

    private static ObjectNode row(String what, String type, Map<String, TreeSet<String>> byDoc, List<String> ids) {
        ObjectNode o = Rows.JSON.objectNode();
        o.put("what", what);
        o.put("type", type);
        o.put("quad", Quads.of(type));
        ObjectNode values = o.putObject("values");
        TreeSet<String> shared = null;
        int giving = 0;
        for (String id : ids) {
            TreeSet<String> v = byDoc.get(id);
            ArrayNode a = values.putArray(id);
            if (v != null && !v.isEmpty()) {
                v.forEach(a::add);
                giving++;
                if (shared == null) {
                    shared = new TreeSet<>(v);
                } else {
                    shared.retainAll(v);
                }
            }
        }
        ArrayNode common = o.putArray("shared");
        if (giving >= 2) {
            shared.forEach(common::add);
        }
        o.put("status", giving == 0 ? "no value" : giving == 1 ? "one source"
                : shared.isEmpty() ? "conflict" : "agree");
        return o;
    }
}

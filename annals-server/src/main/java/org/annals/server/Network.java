package org.annals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.annals.store.ActorRef;
import org.annals.store.EventRow;

/**
 * Actors linked by the events between them: a node per actor (its code, else its name), an edge per ordered pair
 * (source, target) with how many events of each PLOVER quad class (VC, MC: cooperation; VX, MX: conflict) join
 * them. Deterministic: nodes by weight then key, edges by weight then keys.
 */
final class Network {

    private static final class Node {
        final String key;
        final Map<String, Integer> names = new HashMap<>();
        int events;

        Node(String key) {
            this.key = key;
        }

        String name() {
            return names.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).orElse(key);
        }
    }

    private static final class Edge {
        final String source;
        final String target;
        final Map<String, Integer> quads = new LinkedHashMap<>();
        int events;

        Edge(String source, String target) {
            this.source = source;
            this.target = target;
            for (String q : List.of("VC", "MC", "VX", "MX")) {
                quads.put(q, 0);
            }
        }
    }

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Edge> edges = new HashMap<>();
    private long eventsSeen;

    static String key(ActorRef a) {
        return a.code() != null && !a.code().isBlank() ? a.code() : a.name();
    }

    void add(EventRow e) {
        String quad = Quads.of(e.type());
        eventsSeen++;
        Set<String> involved = new HashSet<>();
        for (ActorRef a : e.sources()) {
            involved.add(node(a));
        }
        for (ActorRef a : e.targets()) {
            involved.add(node(a));
        }
        for (String k : involved) {
            nodes.get(k).events++;
        }
        if (quad == null) {
            return;
        }
        for (ActorRef s : e.sources()) {
            for (ActorRef t : e.targets()) {
                String sk = key(s);
                String tk = key(t);
                if (sk.equals(tk)) {
                    continue;
                }
                Edge edge = edges.computeIfAbsent(sk + "\u0000" + tk, k -> new Edge(sk, tk));
                edge.events++;
                edge.quads.merge(quad, 1, Integer::sum);
            }
        }
    }

    private String node(ActorRef a) {
        String k = key(a);
        nodes.computeIfAbsent(k, Node::new).names.merge(a.name(), 1, Integer::sum);
        return k;
    }

    /** The {@code maxNodes} actors in most events, and the edges between them. */
    ObjectNode json(int maxNodes) {
        List<Node> ranked = new ArrayList<>(nodes.values());
        ranked.sort(Comparator.<Node>comparingInt(n -> -n.events).thenComparing(n -> n.key));
        Set<String> kept = new HashSet<>();
        ArrayNode ns = Rows.JSON.arrayNode();
        for (Node n : ranked.subList(0, Math.min(maxNodes, ranked.size()))) {
            kept.add(n.key);
            ObjectNode o = ns.addObject();
            o.put("id", n.key);
            o.put("name", n.name());
            o.put("events", n.events);
        }
        List<Edge> es = new ArrayList<>();
        for (Edge e : edges.values()) {
            if (kept.contains(e.source) && kept.contains(e.target)) {
                es.add(e);
            }
        }
        es.sort(Comparator.<Edge>comparingInt(e -> -e.events).thenComparing(e -> e.source)
                .thenComparing(e -> e.target));
        ArrayNode as = Rows.JSON.arrayNode();
        for (Edge e : es) {
            ObjectNode o = as.addObject();
            o.put("source", e.source);
            o.put("target", e.target);
            o.put("events", e.events);
            int coop = e.quads.get("VC") + e.quads.get("MC");
            int conflict = e.quads.get("VX") + e.quads.get("MX");
            o.put("cooperation", coop);
            o.put("conflict", conflict);
            ObjectNode q = o.putObject("quads");
            e.quads.forEach(q::put);
        }
        ObjectNode out = Rows.JSON.objectNode();
        out.put("events", eventsSeen);
        out.set("nodes", ns);
        out.set("edges", as);
        return out;
    }
}

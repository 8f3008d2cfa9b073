package org.annals.server;

import java.util.Map;

/**
 * The PLOVER quad class of each event category: verbal or material, cooperation or conflict. The network colours
 * its edges by it (cooperation green, conflict red).
 */
final class Quads {

    private static final Map<String, String> QUAD = Map.ofEntries(
            Map.entry("AGREE", "VC"), Map.entry("CONSULT", "VC"), Map.entry("SUPPORT", "VC"),
            Map.entry("CONCEDE", "VC"),
            Map.entry("COOPERATE", "MC"), Map.entry("AID", "MC"), Map.entry("RETREAT", "MC"),
            Map.entry("REQUEST", "VX"), Map.entry("ACCUSE", "VX"), Map.entry("REJECT", "VX"),
            Map.entry("THREATEN", "VX"),
            Map.entry("PROTEST", "MX"), Map.entry("SANCTION", "MX"), Map.entry("MOBILIZE", "MX"),
            Map.entry("COERCE", "MX"), Map.entry("ASSAULT", "MX"));

    private Quads() {
    }

    /** {@code VC}, {@code MC}, {@code VX} or {@code MX}; {@code null} for a category PLOVER does not have. */
    static String of(String type) {
        return type == null ? null : QUAD.get(type);
    }

    /** True for a PLOVER category. */
    static boolean known(String type) {
        return QUAD.containsKey(type);
    }

    /** The categories, for error messages. */
    static String names() {
        return String.join(", ", new java.util.TreeSet<>(QUAD.keySet()));
    }
}

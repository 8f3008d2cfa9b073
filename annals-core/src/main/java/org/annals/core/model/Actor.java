package org.annals.core.model;

import java.util.List;

/**
 * One identity within a document, to which one or more mentions resolve, coded for the document's date.
 *
 * @param id {@code a1}, {@code a2}, ... in order of first mention
 * @param name the canonical name (from the knowledge base, else the longest name mention)
 * @param type person, organisation or location
 * @param code CAMEO-style code: a country (ISO 3166 alpha-3) followed by a role ({@code RUSGOV}),
 *     {@code IGO...} for international organisations, a bare country for places; the codes of several actors
 *     joined by {@code /} for a name that stands for all of them (a dictionary's {@code [BEL/NLD/LUX]} for "the
 *     Benelux"); {@code null} when unknown
 * @param country the ISO3 country, or {@code null}
 * @param role the role code ({@code GOV}, {@code MIL}, {@code OPP}, ...), or {@code null}
 * @param kb the knowledge-base entry it was resolved to ({@code people/vladimir-putin}), or {@code null}
 * @param span the span of its first mention
 */
public record Actor(String id, String name, EntityType type, String code, String country, String role, String kb,
                    Span span) {

    /**
     * The codes of the actors this one stands for: its code, or each of the codes a name of several actors joins
     * with {@code /} ({@code BEL/NLD/LUX}); empty when it has no code.
     */
    public List<String> codes() {
        return code == null || code.isBlank() ? List.of() : List.of(code.split("/"));
    }
}

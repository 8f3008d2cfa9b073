package org.annals.store;

/**
 * An actor as a query row names it.
 *
 * @param id its id in its document ({@code a1})
 * @param name its name
 * @param type PERSON, ORGANIZATION or LOCATION
 * @param code its actor code, or {@code null}
 * @param country its ISO3 country, or {@code null}
 * @param kb the knowledge-base entry it was resolved to, or {@code null}
 */
public record ActorRef(String id, String name, String type, String code, String country, String kb) {
}

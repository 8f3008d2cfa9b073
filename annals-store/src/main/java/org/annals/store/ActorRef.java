package org.annals.store;

/** An actor as a query row names it: its id in its document, name, type, code and country (code and country may be null). */
public record ActorRef(String id, String name, String type, String code, String country) {
}

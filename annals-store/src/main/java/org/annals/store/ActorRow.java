package org.annals.store;

/** An actor across the store: its name, type, code and country, and in how many documents it appears. */
public record ActorRow(String name, String type, String code, String country, long documents) {
}

package org.annals.core.model;

/**
 * A stretch of text that refers to an actor.
 *
 * @param id {@code m1}, {@code m2}, ... in text order
 * @param span where it is
 * @param text the covered text of the original
 * @param type what it refers to
 * @param kind name, nominal or pronoun
 * @param actor the id of the {@link Actor} it resolves to
 */
public record Mention(String id, Span span, String text, EntityType type, MentionKind kind, String actor) {
}

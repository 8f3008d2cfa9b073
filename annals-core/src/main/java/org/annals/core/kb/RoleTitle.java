package org.annals.core.kb;

import org.annals.core.model.EntityType;

/**
 * A role noun or title ({@code foreign minister}, {@code army}, {@code rebels}) and the role code it gives.
 *
 * @param phrase the lower-case phrase
 * @param role the role code ({@code GOV}, {@code MIL}, {@code OPP}, ...)
 * @param type what the noun stands for: a person ("minister") or an organisation ("army")
 */
public record RoleTitle(String phrase, String role, EntityType type) {
}

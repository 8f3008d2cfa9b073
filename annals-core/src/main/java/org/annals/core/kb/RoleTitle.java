package org.annals.core.kb;

import org.annals.core.model.EntityType;

/**
 * A role noun or title ({@code foreign minister}, {@code army}, {@code rebels}) and the role code it gives.
 *
 * @param phrase the lower-case phrase
 * @param role the role code ({@code GOV}, {@code MIL}, {@code OPP}, ...)
 * @param type what the noun stands for: a person ("minister") or an organisation ("army")
 * @param home named without a country ("the government", "police", "the president"), it is of the country the
 *     article is about; false when it may as well be another country's ("the ambassador", "the embassy")
 */
public record RoleTitle(String phrase, String role, EntityType type, boolean home) {

    /** A role that says nothing of whose when named alone. */
    public RoleTitle(String phrase, String role, EntityType type) {
        this(phrase, role, type, false);
    }
}

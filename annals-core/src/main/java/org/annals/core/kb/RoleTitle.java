package org.annals.core.kb;

import org.annals.core.model.EntityType;

/**
 * A role noun or title ({@code foreign minister}, {@code army}, {@code rebels}) and the role code it gives.
 *
 * @param phrase the lower-case phrase
 * @param role the role code ({@code GOV}, {@code MIL}, {@code OPP}, ...)
 * @param type what the noun stands for: a person ("minister") or an organisation ("army")
 * @param alone what the phrase says of whose it is when named without a country
 */
public record RoleTitle(String phrase, String role, EntityType type, Alone alone) {

    /** What a role phrase named without a country says of the country it belongs to. */
    public enum Alone {
        /** nothing: it may as well be another country's or an international body's ("the ambassador", "officials") */
        NOTHING,
        /** one official of the article's country ("the president", "President X"), but not a group ("ministers") */
        TITLE,
        /** the article's country's, as a body, a group or a title ("the government", "police", "troops") */
        HOME
    }

    /** A role that says nothing of whose when named alone. */
    public RoleTitle(String phrase, String role, EntityType type) {
        this(phrase, role, type, Alone.NOTHING);
    }

    /** True when the role named alone as one official ("the president") is of the article's country. */
    public boolean homeTitle() {
        return alone != Alone.NOTHING;
    }

    /** True when the phrase is itself a plural: "troops", "gunmen", "armed forces", "people". */
    public boolean isPluralOnly() {
        return phrase.endsWith("s") || phrase.endsWith("men") || phrase.endsWith("people")
                || phrase.endsWith("children");
    }

    /** True when {@code word}, the phrase's last word as written, is its regular plural: "unions", not "union". */
    public boolean isPluralForm(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !phrase.endsWith("s");
    }

    /** True when the role named alone as a body or a group ("the army", "troops") is of the article's country. */
    public boolean homeGroup() {
        return alone == Alone.HOME;
    }
}

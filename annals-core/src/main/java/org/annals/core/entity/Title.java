package org.annals.core.entity;

/**
 * What the words around a person's name say about them: the title's role code and country, and the title's
 * role phrase ({@code foreign minister}).
 *
 * @param role role code, or null
 * @param country ISO3 country, or null
 * @param phrase the role phrase in lower case, or null
 * @param start the first token of the title
 */
record Title(String role, String country, String phrase, int start) {

    Title withCountry(String c) {
        return new Title(role, c, phrase, start);
    }
}

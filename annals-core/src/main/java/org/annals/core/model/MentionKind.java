package org.annals.core.model;

/**
 * How a mention refers: by {@code name} ("Vladimir Putin", "Sochi", "the Kremlin"), by a {@code nominal}
 * description ("the Russian president"), or by a {@code pronoun} ("he").
 */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

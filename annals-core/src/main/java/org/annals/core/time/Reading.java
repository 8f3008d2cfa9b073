package org.annals.core.time;

import org.annals.core.model.Timex;

/**
 * What an expression means before anchoring: an absolute value, or a relative rule (see {@link Anchoring})
 * that the tagger resolves against the publication date when there is one.
 *
 * @param type the TIMEX3 type
 * @param value the absolute value ({@code 2020-12}, {@code P2Y}, {@code PRESENT_REF}), or {@code null} for a
 *     relative expression
 * @param mod the TIMEX3 modifier, or {@code null}
 * @param relative the relative rule, or {@code null} for an absolute expression
 */
record Reading(Timex.Type type, String value, String mod, String relative) {

    static Reading absolute(Timex.Type type, String value, String mod) {
        return new Reading(type, value, mod, null);
    }

    static Reading relative(Timex.Type type, String rule, String mod) {
        return rule == null ? null : new Reading(type, null, mod, rule);
    }
}

package org.annals.core.kb;

import java.time.LocalDate;

/**
 * An office a person held, with its dates: a role in 2010 is not a role in 2024.
 *
 * @param country ISO3 country (or {@code null} for international bodies)
 * @param role role code ({@code GOV}, {@code MIL}, ...)
 * @param code the full actor code ({@code RUSGOV}, {@code IGOUNO})
 * @param from first day, or {@code null} for "since ever"
 * @param to last day, or {@code null} for "still holds"
 * @param title the office as written ({@code President}, {@code Foreign Minister})
 */
public record Office(String country, String role, String code, LocalDate from, LocalDate to, String title) {

    /** True when the office was held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}

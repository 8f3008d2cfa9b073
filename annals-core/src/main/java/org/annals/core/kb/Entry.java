package org.annals.core.kb;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.annals.core.model.EntityType;

/**
 * One thing the knowledge base knows: a country, a place, an organisation, a person, a seat of power.
 *
 * @param id a stable id ({@code countries/RUS}, {@code people/vladimir-putin})
 * @param name the canonical name
 * @param type person, organisation or location
 * @param kind what sort of entry it is
 * @param country ISO3 country, or {@code null}
 * @param code the actor code when it does not depend on the date ({@code RUS}, {@code RUSGOV}, {@code IGOUNO}),
 *     or {@code null}
 * @param offices for people: the offices held, oldest first
 * @param population for places: the population, else 0 (used to choose among places of one name)
 */
public record Entry(String id, String name, EntityType type, Kind kind, String country, String code,
                    List<Office> offices, long population) {

    public enum Kind {
        COUNTRY, PLACE, REGION, ORGANIZATION, MEDIA, GROUP, PERSON,
        /** a body named by another name: "Mossad", "the Bundestag" */
        METONYM,
        /** a place that stands for the body seated there: "the Kremlin", "Downing Street" */
        SEAT
    }

    public Entry {
        offices = List.copyOf(offices);
    }

    /**
     * The years the person held office until {@code until}, all offices together, an office still held until
     * then (no clock is read: the same tables and date give the same figure): how likely a namesake is meant.
     */
    public double yearsInOffice(LocalDate until) {
        double days = 0;
        for (Office o : offices) {
            LocalDate to = o.to() != null ? o.to() : until;
            if (o.from() != null && to != null && to.isAfter(o.from())) {
                days += ChronoUnit.DAYS.between(o.from(), to);
            }
        }
        return days / 365.25;
    }

    /**
     * The latest office of the country {@code country} or titled {@code title} (in any case: "Prime Minister"),
     * or {@code null}: the one a text with no date means when it gives the title ("British Prime Minister Tony
     * Blair", not his later office).
     */
    public Office officeTitled(String country, String title) {
        Office found = null;
        for (Office o : offices) {
            if (country != null && country.equals(o.country())
                    || title != null && o.title() != null && o.title().equalsIgnoreCase(title)) {
                found = o;
            }
        }
        return found;
    }

    /**
     * The office that holds on {@code date}; without a date the latest one; {@code null} when the person
     * held none on that date (or has no offices).
     */
    public Office officeOn(LocalDate date) {
        if (offices.isEmpty()) {
            return null;
        }
        if (date == null) {
            return offices.stream().max(Comparator.comparing(o -> o.from() == null ? LocalDate.MIN : o.from()))
                    .orElse(null);
        }
        for (Office o : offices) {
            if (o.heldOn(date)) {
                return o;
            }
        }
        return null;
    }
}

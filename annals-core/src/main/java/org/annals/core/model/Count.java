package org.annals.core.model;

/**
 * A reported number: people killed, wounded, missing, arrested, displaced or abducted, protesters counted, troops
 * deployed, or an amount of aid.
 *
 * @param span the phrase ({@code "more than 40,000 people have been killed"})
 * @param kind {@code killed}, {@code wounded}, {@code missing}, {@code arrested}, {@code displaced},
 *     {@code abducted}, {@code protesters}, {@code troops}, {@code aid}
 * @param value the number
 * @param qualifier {@code "more than"}, {@code "about"}, {@code "at least"}, ... or {@code null}
 * @param unit for amounts: {@code tonnes}, {@code USD}, {@code doses}, ...; {@code null} for people
 * @param place the actor id of the place the sentence gives, or {@code null}
 * @param event the id of the event of its sentence the count is of ("23 people were killed when gunmen attacked":
 *     the attack), or {@code null}
 */
public record Count(Span span, String kind, double value, String qualifier, String unit, String place,
                    String event) {
}

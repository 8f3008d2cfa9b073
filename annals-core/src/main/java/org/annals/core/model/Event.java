package org.annals.core.model;

import java.util.List;

/**
 * An event in the PLOVER ontology, with its CAMEO code, tied to the sentence that supports it.
 *
 * @param id {@code e1}, {@code e2}, ...
 * @param type the PLOVER category ({@code CONSULT}, {@code AID}, ...)
 * @param mode the PLOVER mode ({@code visit}, {@code phone}, ...), or {@code null}
 * @param cameo the CAMEO code ({@code 040}), or {@code null}
 * @param source actor ids of the actor(s)
 * @param target actor ids of the recipient(s)
 * @param date the most precise date the text supports ({@code 2021-11-23}, {@code 2020-12}), or {@code null}
 * @param time the id of the {@link Timex} the date came from, or {@code null}
 * @param place the actor id of the place (a LOCATION), or {@code null}
 * @param trigger the span of the word(s) that express the event
 * @param span the supporting sentence
 * @param negated true when the text says it did not happen
 * @param confidence between 0 and 1
 */
public record Event(String id, String type, String mode, String cameo, List<String> source, List<String> target,
                    String date, String time, String place, Span trigger, Span span, boolean negated,
                    double confidence) {

    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    public Event withDate(String newDate) {
        return new Event(id, type, mode, cameo, source, target, newDate, time, place, trigger, span, negated,
                confidence);
    }
}

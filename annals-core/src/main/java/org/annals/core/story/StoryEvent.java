package org.annals.core.story;

import java.util.List;

import org.annals.core.model.Span;

/**
 * One real-world event merged from the reports of the documents of a story.
 *
 * @param id {@code s1.e1}, {@code s1.e2}, ...
 * @param type the PLOVER category
 * @param mode the PLOVER mode most reports give, or {@code null}
 * @param cameo the CAMEO code most reports give, or {@code null}
 * @param source the parties on the source side
 * @param target the parties on the target side
 * @param date the most precise date a report gives ({@code 2021-11-23} over {@code 2021-11}), or {@code null}
 * @param otherDates dates other reports give that disagree with {@code date}: kept, not hidden
 * @param place the name of the place, or {@code null}
 * @param reports every document and span that reports it
 */
public record StoryEvent(String id, String type, String mode, String cameo, List<Party> source,
                         List<Party> target, String date, List<String> otherDates, String place,
                         List<Report> reports) {

    public StoryEvent {
        source = List.copyOf(source);
        target = List.copyOf(target);
        otherDates = List.copyOf(otherDates);
        reports = List.copyOf(reports);
    }

    /**
     * An actor on one side of a merged event, as the documents name and code it.
     *
     * @param name its canonical name
     * @param code its CAMEO-style code, or {@code null}
     */
    public record Party(String name, String code) {
    }

    /**
     * One document's report of the event.
     *
     * @param document the document's id
     * @param event the event's id in that document ({@code e3})
     * @param date the date this report gives, or {@code null}
     * @param trigger the trigger span in that document
     * @param span the supporting sentence in that document
     */
    public record Report(String document, String event, String date, Span trigger, Span span) {
    }

    /** How many documents report it. */
    public long sources() {
        return reports.stream().map(Report::document).distinct().count();
    }
}

package org.annals.core.story;

import java.util.List;

/**
 * One real-world event as many documents report it: the documents of the story and its merged events.
 *
 * @param id {@code s1}, {@code s2}, ... as in {@code document.story}
 * @param documents the ids of its documents, in input order
 * @param duplicates how many of them are near-copies of another
 * @param events its merged events: the one most documents report first, then the one with most reports, then
 *     in order of first report
 * @param first the earliest of its documents' publication dates and its headline event's day, or {@code null}
 * @param last the latest, or {@code null}
 * @param places the names of the places its events happen at, in order of first report
 */
public record Story(String id, List<String> documents, int duplicates, List<StoryEvent> events, String first,
                   String last, List<String> places) {

    public Story {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        places = List.copyOf(places);
    }

    /** The event the story is about: the one most of its documents report, or {@code null} when none. */
    public StoryEvent headline() {
        return events.isEmpty() ? null : events.get(0);
    }
}

package org.annals.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.core.model.Analysis;
import org.annals.core.model.Event;
import org.annals.core.model.Timex;
import org.annals.core.time.Anchoring;

/**
 * Resolves, through its story, what a document could not resolve alone: an article without a publication date
 * says "on Tuesday"; a sibling report of the same event was published on 2021-11-23; the relative expression is
 * resolved against that date ({@code anchored_to: "story"}), and the events dated by it get the date.
 */
final class StoryDates {

    private StoryDates() {
    }

    /** The analysis with its relative dates resolved against its story's anchor, when it has no date of its own. */
    static Analysis resolve(Analysis a, LocalDate anchor) {
        return a.publication().known() || anchor == null ? a : resolveAgainst(a, anchor);
    }

    private static Analysis resolveAgainst(Analysis a, LocalDate anchor) {
        Map<String, String> resolved = new HashMap<>();
        List<Timex> times = new ArrayList<>(a.times().size());
        for (Timex t : a.times()) {
            if (t.relative() != null && t.anchoredTo() == null && !Anchoring.countsFromText(t.relative())) {
                String v = Anchoring.resolve(t.relative(), anchor);
                if (v != null) {
                    resolved.put(t.id(), v);
                    t = new Timex(t.id(), t.span(), t.text(), t.type(), v, t.mod(), "story", t.relative());
                }
            }
            times.add(t);
        }
        if (resolved.isEmpty()) {
            return a;
        }
        List<Event> events = new ArrayList<>(a.events().size());
        for (Event e : a.events()) {
            String v = e.time() == null ? null : resolved.get(e.time());
            events.add(v != null && e.date() == null ? e.withDate(Timex.calendarPart(v)) : e);
        }
        return a.withTimes(times).withEvents(events);
    }
}

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

    static List<Analysis> resolve(List<Analysis> docs) {
        Map<String, LocalDate> anchors = new HashMap<>();
        for (Analysis a : docs) {
            LocalDate d = a.publication().date();
            if (a.story() != null && d != null) {
                anchors.merge(a.story(), d, (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        List<Analysis> out = new ArrayList<>(docs.size());
        for (Analysis a : docs) {
            LocalDate anchor = a.story() == null ? null : anchors.get(a.story());
            out.add(a.publication().known() || anchor == null ? a : resolve(a, anchor));
        }
        return out;
    }

    private static Analysis resolve(Analysis a, LocalDate anchor) {
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

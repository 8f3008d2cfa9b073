package org.annals.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Count;
import org.annals.core.model.Event;
import org.annals.core.model.Quote;
import org.annals.core.story.Stories;

/** Prints analyses for people: per article its actors, events, quotes and counts, then the stories. */
final class Summary {

    private static final int WIDTH = 110;

    private final PrintWriter out;
    private final List<Analysis> seen = new ArrayList<>();

    Summary(PrintWriter out) {
        this.out = out;
    }

    void print(Analysis a) {
        String pub = a.publication().known()
                ? "published " + a.publication().date() + " (" + a.publication().from() + ")"
                : "no publication date";
        out.printf("%n== %s  [%s%s]%n", a.document().source(), pub,
                a.story() == null ? "" : ", story " + a.story());
        seen.add(a);
        out.println("  actors: " + clip(a.actors().stream().map(Summary::actor).collect(Collectors.joining(", ")),
                WIDTH));
        for (Event e : a.events()) {
            String place = e.place() == null ? "" : " in " + name(a, e.place());
            out.printf("  event:  %-10s %s%s %s -> %s%s%s%n", e.date() == null ? "(no date)" : e.date(), e.type(),
                    e.mode() == null ? "" : "/" + e.mode(), names(a, e.source()), names(a, e.target()), place,
                    e.negated() ? " (negated)" : "");
            out.println("          \u201C" + clip(a.covered(e.span()), WIDTH - 12) + "\u201D");
        }
        for (Quote q : a.quotes()) {
            String who = q.speaker() == null ? "(unknown speaker)" : name(a, q.speaker());
            out.printf("  quote:  %s (%s%s): \u201C%s\u201D%n", who, q.kind().label(), q.embedded() ? ", embedded" : "",
                    clip(q.text(), WIDTH - 30));
        }
        for (Count c : a.counts()) {
            out.printf("  count:  %s %s%s%s%s%n", c.kind(), c.qualifier() == null ? "" : c.qualifier() + " ",
                    number(c.value()), c.unit() == null ? "" : " " + c.unit(),
                    c.place() == null ? "" : " in " + name(a, c.place()));
        }
    }

    /** The stories of the articles printed so far, each with its headline event and its sources. */
    void printStories() {
        out.printf("%n== stories%n");
        StoriesCommand.print(out, seen, Stories.merge(seen));
    }

    private static String actor(Actor a) {
        return a.code() == null ? a.name() : a.name() + " [" + a.code() + "]";
    }

    private static String name(Analysis a, String actorId) {
        Actor ac = a.actor(actorId);
        return ac == null ? actorId : ac.name();
    }

    private static String names(Analysis a, List<String> ids) {
        return ids.isEmpty() ? "-" : ids.stream().map(id -> name(a, id)).collect(Collectors.joining(" & "));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format("%,d", (long) v) : String.valueOf(v);
    }

    private static String clip(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}

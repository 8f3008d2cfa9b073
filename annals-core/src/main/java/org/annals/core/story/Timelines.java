package org.annals.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Timelines over merged story events: every event of an actor, or of a pair of actors (one on each side, or
 * both among the parties of a meeting), in date order. An actor is asked for by a part of its name ("Putin"),
 * a code ({@code RUSGOV}) or a code's prefix ({@code RUS}: any Russian actor), without regard to case.
 */
public final class Timelines {

    private Timelines() {
    }

    /** One line of a timeline: a merged event and the story it belongs to. */
    public record Entry(Story story, StoryEvent event) {
    }

    /** The events in which an actor that {@code query} names takes part. */
    public static List<Entry> actor(List<Story> stories, String query) {
        Predicate<StoryEvent.Party> p = matcher(query);
        return select(stories, e -> e.source().stream().anyMatch(p) || e.target().stream().anyMatch(p));
    }

    /** The events between an actor {@code a} names and one {@code b} names, either way. */
    public static List<Entry> dyad(List<Story> stories, String a, String b) {
        Predicate<StoryEvent.Party> pa = matcher(a);
        Predicate<StoryEvent.Party> pb = matcher(b);
        return select(stories, e -> {
            boolean ab = e.source().stream().anyMatch(pa) && e.target().stream().anyMatch(pb);
            boolean ba = e.source().stream().anyMatch(pb) && e.target().stream().anyMatch(pa);
            List<StoryEvent.Party> all = new ArrayList<>(e.source());
            all.addAll(e.target());
            boolean together = EventMerge.BOTH_WAYS.contains(e.type()) && all.stream().anyMatch(pa)
                    && all.stream().anyMatch(pb);
            return ab || ba || together;
        });
    }

    /** True for a party whose name contains {@code query}, or whose code is or begins with it. */
    public static Predicate<StoryEvent.Party> matcher(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            throw new IllegalArgumentException("an actor to look for is needed: a name, a code or a country code");
        }
        return p -> p.name().toLowerCase(Locale.ROOT).contains(q)
                || p.code() != null && p.code().toLowerCase(Locale.ROOT).startsWith(q);
    }

    private static List<Entry> select(List<Story> stories, Predicate<StoryEvent> keep) {
        List<Entry> out = new ArrayList<>();
        for (Story s : stories) {
            for (StoryEvent e : s.events()) {
                if (keep.test(e)) {
                    out.add(new Entry(s, e));
                }
            }
        }
        // undated events last; the sort is stable, so ties keep story and event order
        out.sort(Comparator.comparing((Entry x) -> x.event().date(), Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}

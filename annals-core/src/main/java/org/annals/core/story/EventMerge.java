package org.annals.core.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.Event;

/**
 * Merges, within each story, the events that are one real-world event. Two reports are one event when they
 * have the same PLOVER type, the same parties on each side, or parties of the same countries (a side one report
 * leaves empty agrees with any; for meetings and cooperation, which run both ways, the two sides are taken
 * together), places that agree (the same, one unknown, or a country and a place in it) and dates that agree
 * (one unknown, one a part of the other as {@code 2021-11} of {@code 2021-11-23}, or days within
 * {@link Stories#WINDOW_DAYS}). A party is known by its knowledge-base entry, else (a person) its name, else its
 * code. Events that name no party, and events said not to have happened, are left to their documents.
 */
final class EventMerge {

    static final Set<String> BOTH_WAYS = Set.of("CONSULT", "COOPERATE");

    private EventMerge() {
    }

    /** One event being merged. */
    private static final class Draft {
        final String type;
        final Set<String> source = new LinkedHashSet<>();
        final Set<String> target = new LinkedHashSet<>();
        final Set<String> sourceCountries = new TreeSet<>();
        final Set<String> targetCountries = new TreeSet<>();
        final Map<String, StoryEvent.Party> parties = new HashMap<>();
        final List<StoryEvent.Report> reports = new ArrayList<>();
        final List<String> modes = new ArrayList<>();
        final List<String> cameos = new ArrayList<>();
        final int order;
        Actor place;

        Draft(String type, int order) {
            this.type = type;
            this.order = order;
        }
    }

    /** The stories of analyses grouped by {@link Stories#group}, in order of their ids' first appearance. */
    static List<Story> stories(List<Analysis> grouped) {
        Map<String, List<Analysis>> byStory = new LinkedHashMap<>();
        for (Analysis a : grouped) {
            if (a.story() != null) {
                byStory.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Story> out = new ArrayList<>(byStory.size());
        for (Map.Entry<String, List<Analysis>> e : byStory.entrySet()) {
            out.add(story(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static Story story(String id, List<Analysis> docs) {
        List<Draft> drafts = new ArrayList<>();
        int order = 0;
        for (Analysis a : docs) {
            for (Event e : a.events()) {
                if (e.negated() || e.source().isEmpty() && e.target().isEmpty()) {
                    continue;
                }
                Side src = side(a, e.source());
                Side tgt = side(a, e.target());
                Actor place = e.place() == null ? null : a.actor(e.place());
                Draft d = find(drafts, e, src, tgt, place);
                if (d == null) {
                    d = new Draft(e.type(), order++);
                    drafts.add(d);
                }
                add(d, a, e, src, tgt, place);
            }
        }
        drafts.sort(Comparator.comparingLong((Draft d) -> -sources(d)).thenComparingInt(d -> -d.reports.size())
                .thenComparingInt(d -> d.order));
        List<StoryEvent> events = new ArrayList<>(drafts.size());
        Set<String> places = new LinkedHashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            events.add(finish(id + ".e" + (i + 1), drafts.get(i)));
            if (drafts.get(i).place != null) {
                places.add(drafts.get(i).place.name());
            }
        }
        TreeSet<String> dates = new TreeSet<>();
        int duplicates = 0;
        List<String> ids = new ArrayList<>(docs.size());
        for (Analysis a : docs) {
            ids.add(a.document().id());
            duplicates += a.duplicateOf() != null ? 1 : 0;
            if (a.publication().date() != null) {
                dates.add(a.publication().date().toString());
            }
        }
        if (!events.isEmpty() && events.get(0).date() != null && events.get(0).date().length() == 10) {
            dates.add(events.get(0).date());
        }
        return new Story(id, ids, duplicates, events, dates.isEmpty() ? null : dates.first(),
                dates.isEmpty() ? null : dates.last(), new ArrayList<>(places));
    }

    private static Draft find(List<Draft> drafts, Event e, Side src, Side tgt, Actor place) {
        for (Draft d : drafts) {
            if (d.type.equals(e.type()) && sidesAgree(d, src, tgt) && placesAgree(d.place, place)
                    && datesAgree(d, e.date())) {
                return d;
            }
        }
        return null;
    }

    /** True when either place is unknown, they are one, or one is the country the other lies in. */
    private static boolean placesAgree(Actor a, Actor b) {
        if (a == null || b == null || identity(a).equals(identity(b))) {
            return true;
        }
        return a.country() != null && a.country().equals(b.country()) && (isCountry(a) || isCountry(b));
    }

    private static boolean isCountry(Actor place) {
        return place.kb() != null && place.kb().startsWith("countries/");
    }

    private static boolean sidesAgree(Draft d, Side src, Side tgt) {
        return sidesAgree(d.type, d.source, d.target, src.ids, tgt.ids)
                || sidesAgree(d.type, d.sourceCountries, d.targetCountries, src.countries, tgt.countries);
    }

    private static boolean sidesAgree(String type, Set<String> mySource, Set<String> myTarget, Set<String> src,
                                      Set<String> tgt) {
        if (BOTH_WAYS.contains(type)) {
            Set<String> mine = new TreeSet<>(mySource);
            mine.addAll(myTarget);
            Set<String> theirs = new TreeSet<>(src);
            theirs.addAll(tgt);
            return !theirs.isEmpty() && (mine.containsAll(theirs) || theirs.containsAll(mine));
        }
        boolean sourceAgrees = src.isEmpty() || mySource.isEmpty() || mySource.equals(src);
        boolean targetAgrees = tgt.isEmpty() || myTarget.isEmpty() || myTarget.equals(tgt);
        boolean oneShared = !src.isEmpty() && mySource.equals(src) || !tgt.isEmpty() && myTarget.equals(tgt);
        return sourceAgrees && targetAgrees && oneShared;
    }

    private static boolean datesAgree(Draft d, String date) {
        for (StoryEvent.Report r : d.reports) {
            if (!datesAgree(r.date(), date)) {
                return false;
            }
        }
        return true;
    }

    static boolean datesAgree(String a, String b) {
        if (a == null || b == null || a.startsWith(b) || b.startsWith(a)) {
            return true;
        }
        if (a.length() == 10 && b.length() == 10 && Character.isDigit(a.charAt(0)) && Character.isDigit(b.charAt(0))) {
            try {
                return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b))) <= Stories.WINDOW_DAYS;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static void add(Draft d, Analysis a, Event e, Side src, Side tgt, Actor place) {
        d.source.addAll(src.ids);
        d.target.addAll(tgt.ids);
        d.sourceCountries.addAll(src.countries);
        d.targetCountries.addAll(tgt.countries);
        for (String id : e.source()) {
            party(d, a.actor(id));
        }
        for (String id : e.target()) {
            party(d, a.actor(id));
        }
        if (place != null && (d.place == null || isCountry(d.place) && !isCountry(place))) {
            d.place = place;  // the finer place: Jakarta over Indonesia
        }
        d.modes.add(e.mode());
        d.cameos.add(e.cameo());
        d.reports.add(new StoryEvent.Report(a.document().id(), e.id(), e.date(), e.trigger(), e.span()));
    }

    private static void party(Draft d, Actor ac) {
        if (ac != null) {
            d.parties.putIfAbsent(identity(ac), new StoryEvent.Party(ac.name(), ac.code()));
        }
    }

    private static StoryEvent finish(String id, Draft d) {
        String date = null;
        for (String v : values(d.reports.stream().map(StoryEvent.Report::date).toList())) {
            if (date == null || v.length() > date.length()) {
                date = v;
            }
        }
        List<String> others = new ArrayList<>();
        for (String v : values(d.reports.stream().map(StoryEvent.Report::date).toList())) {
            if (date != null && !date.startsWith(v) && !others.contains(v)) {
                others.add(v);
            }
        }
        Set<String> target = new LinkedHashSet<>(d.target);
        if (BOTH_WAYS.contains(d.type)) {
            target.removeAll(d.source);  // "X and Y met" and "X met Y": each party once
        }
        return new StoryEvent(id, d.type, majority(d.modes), majority(d.cameos), parties(d, d.source),
                parties(d, target), date, others, d.place == null ? null : d.place.name(), d.reports);
    }

    /** The non-null values, the most frequent first (ties in order of first appearance). */
    private static List<String> values(List<String> all) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : all) {
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort(Comparator.comparingInt((String v) -> -counts.get(v)));
        return out;
    }

    private static String majority(List<String> all) {
        List<String> v = values(all);
        return v.isEmpty() ? null : v.get(0);
    }

    private static List<StoryEvent.Party> parties(Draft d, Set<String> ids) {
        List<StoryEvent.Party> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(d.parties.get(id));
        }
        return out;
    }

    private static long sources(Draft d) {
        return d.reports.stream().map(StoryEvent.Report::document).distinct().count();
    }

    /**
     * One side of an event: its parties' identities, and their countries when every party has a code (so that
     * "met Abbas" and "met the Palestinians" agree when nothing else tells them apart).
     */
    private record Side(Set<String> ids, Set<String> countries) {
    }

    private static Side side(Analysis a, List<String> actorIds) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> countries = new TreeSet<>();
        boolean coded = true;
        for (String id : actorIds) {
            Actor ac = a.actor(id);
            if (ac != null) {
                ids.add(identity(ac));
                coded &= ac.code() != null && ac.code().length() >= 3;
                if (ac.code() != null && ac.code().length() >= 3) {
                    countries.add(ac.code().substring(0, 3));
                }
            }
        }
        return new Side(ids, coded ? countries : Set.of());
    }

    /** A person is known by its entry, else its name; a group or a place by its entry, else its code or name. */
    private static String identity(Actor ac) {
        if (ac.kb() != null) {
            return ac.kb();
        }
        if (ac.type() == EntityType.PERSON || ac.code() == null) {
            return ac.name().toLowerCase(Locale.ROOT);
        }
        return ac.code();
    }
}

package org.annals.core.story;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.annals.core.model.Analysis;

/**
 * What story grouping needs of one analysed document, and nothing more: its story profile (terms, key events,
 * date), the MinHash signature of its text ({@link NearDuplicates#signature}), its publication date (to anchor
 * its story's relative dates) and, where ids repeat, its text to break the tie. Computed where the document is
 * analysed (on another thread or machine), it travels in a few kilobytes; {@link Stories#assign} groups a list
 * of them exactly as {@link Stories#group} groups the analyses. Serializable.
 */
public final class StoryInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Profile profile;
    private final int[] signature;
    private final LocalDate published;
    private final String tie;

    private StoryInput(Profile profile, int[] signature, LocalDate published, String tie) {
        this.profile = profile;
        this.signature = signature;
        this.published = published;
        this.tie = tie;
    }

    /** The input of an analysis, keeping its text for ties (as {@link Stories#group} does). */
    public static StoryInput of(Analysis a) {
        return of(a, true);
    }

    /**
     * The input of an analysis. Documents are ordered by date, then id, then text: the text is needed only
     * when another document of the set has the same id, so a caller that knows its id is unique may leave it
     * out ({@code keepText} false) and the grouping is the same.
     */
    public static StoryInput of(Analysis a, boolean keepText) {
        return new StoryInput(Profile.of(a), NearDuplicates.signature(a.text()), a.publication().date(),
                keepText ? a.text() : null);
    }

    /**
     * This input without the document's text: the same grouping when no other document of the set has the
     * same id (see {@link #of(Analysis, boolean)}).
     */
    public StoryInput withoutText() {
        return tie == null ? this : new StoryInput(profile, signature, published, null);
    }

    /**
     * Serialized as flat arrays ({@link Form}), not as its maps and records: a distributed job moves and stores
     * millions of these, and Java's serialization of a map costs an object for every entry.
     */
    private Object writeReplace() {
        return new Form(this);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("a StoryInput is read through its Form");
    }

    /** The serialized form of a {@link StoryInput}. */
    private static final class Form implements Serializable {

        private static final long serialVersionUID = 1L;
        private static final long NONE = Long.MIN_VALUE;

        private final String id;
        private final long date;
        private final String[] terms;
        private final double[] counts;
        /** The key events, then the placing event if any ({@code placed}). */
        private final String[] types;
        private final String[][] countries;
        private final String[] places;
        private final String[] placeCountries;
        private final long[] eventDates;
        private final long[] dates;
        private final boolean placed;
        private final int[] signature;
        private final long published;
        private final String tie;
        private final String[] leads;

        Form(StoryInput in) {
            Profile p = in.profile;
            id = p.id();
            date = day(p.date());
            terms = p.terms().toArray();
            counts = new double[terms.length];
            for (int i = 0; i < terms.length; i++) {
                counts[i] = p.terms().count(i);
            }
            java.util.List<Stories.Key> keys = new java.util.ArrayList<>(p.keys());
            placed = p.placed() != null;
            if (placed) {
                keys.add(p.placed());
            }
            int n = keys.size();
            types = new String[n];
            countries = new String[n][];
            places = new String[n];
            placeCountries = new String[n];
            eventDates = new long[n];
            dates = new long[n];
            for (int i = 0; i < n; i++) {
                Stories.Key k = keys.get(i);
                types[i] = k.type();
                countries[i] = k.countries().toArray(new String[0]);
                places[i] = k.place();
                placeCountries[i] = k.placeCountry();
                eventDates[i] = day(k.eventDate());
                dates[i] = day(k.date());
            }
            signature = in.signature;
            published = day(in.published);
            tie = in.tie;
            leads = p.leads().toArray(new String[0]);
        }

        private Object readResolve() {
            java.util.List<Stories.Key> keys = new java.util.ArrayList<>(types.length);
            for (int i = 0; i < types.length; i++) {
                keys.add(new Stories.Key(types[i], new java.util.TreeSet<>(java.util.Arrays.asList(countries[i])),
                        places[i], placeCountries[i], date(eventDates[i]), date(dates[i])));
            }
            Stories.Key placing = placed ? keys.remove(keys.size() - 1) : null;
            return new StoryInput(new Profile(id, date(date), Terms.sorted(terms.clone(), counts.clone()), keys, placing, List.of(leads)), signature, date(published),
                    tie);
        }

        private static long day(LocalDate d) {
            return d == null ? NONE : d.toEpochDay();
        }

        private static LocalDate date(long day) {
            return day == NONE ? null : LocalDate.ofEpochDay(day);
        }
    }

    /**
     * About how many bytes this input takes on the heap (for a host that must weigh what it holds without
     * walking it).
     */
    public long bytes() {
        return 600 + 120L * profile.terms().size() + 300L * profile.keys().size() + 60L * profile.leads().size()
                + (tie == null ? 0 : 40 + 2L * tie.length());
    }

    /** The document's id. */
    public String id() {
        return profile.id();
    }

    /** The publication date of the document, or {@code null}. */
    public LocalDate published() {
        return published;
    }

    Profile profile() {
        return profile;
    }

    /**
     * The MinHash signature of the text ({@link NearDuplicates#signature}), or {@code null} for a text too short;
     * not to be modified.
     */
    public int[] signature() {
        return signature;
    }

    /** Where the document stands in the canonical order of a set ({@link SortKey}). */
    public SortKey sortKey() {
        return new SortKey(profile.date(), profile.id(), tie);
    }

    /**
     * The canonical order in which {@link Stories#assign} takes documents, whatever order they came in: by date
     * (the publication date, else that of the first dated key event; undated last), then id, then text (where
     * ids repeat; a document whose text was left out comes first).
     */
    public record SortKey(LocalDate date, String id, String tie) implements Comparable<SortKey>, Serializable {

        private static final java.util.Comparator<SortKey> ORDER = java.util.Comparator
                .comparing(SortKey::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(SortKey::id)
                .thenComparing(SortKey::tie, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));

        @Override
        public int compareTo(SortKey o) {
            return ORDER.compare(this, o);
        }
    }

    String tie() {
        return tie;
    }
}

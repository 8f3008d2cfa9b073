package org.annals.core.kb;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annals.core.model.EntityType;
import org.annals.core.text.Tokenizer;

/**
 * The knowledge base: countries, places, organisations, people with date-bounded offices, seats of power,
 * role titles and given names, read from plain TSV files and compiled once into phrase indexes. Immutable
 * once built and safe to share across threads.
 */
public final class KnowledgeBase {

    /** A phrase in the text that names an entry: {@code partial} when it is a surname alone. */
    public record Candidate(Entry entry, boolean partial) {
    }

    /** The built-in tables, in the order they are read: later tables add to earlier ones. */
    public static final List<String> BUILTIN_TABLES = List.of("countries.tsv", "regions.tsv", "places.tsv",
            "organizations.tsv", "media.tsv", "groups.tsv", "metonyms.tsv", "people.tsv", "roles.tsv",
            "given-names.tsv");

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final PhraseIndex<Candidate> names;
    private final PhraseIndex<String> adjectives;
    private final PhraseIndex<RoleTitle> roles;
    private final Set<String> givenNames;
    private final List<String> problems;
    private final Map<String, List<Entry>> peopleByCountry = new HashMap<>();

    private KnowledgeBase(Builder b) {
        this.entries = List.copyOf(b.entries.values());
        this.byId = Map.copyOf(b.entries);
        this.names = b.names;
        this.adjectives = b.adjectives;
        this.roles = b.roles;
        this.givenNames = Set.copyOf(b.givenNames);
        this.problems = List.copyOf(b.problems);
        for (Entry e : entries) {
            for (Office o : e.offices()) {
                if (e.kind() == Entry.Kind.PERSON && o.country() != null) {
                    List<Entry> list = peopleByCountry.computeIfAbsent(o.country(), k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
        peopleByCountry.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The people who held an office of {@code country} at some time, in table order. */
    public List<Entry> people(String country) {
        return peopleByCountry.getOrDefault(country, List.of());
    }

    private static final class Holder {
        static final KnowledgeBase BUILTIN = builder().addBuiltin().build();
    }

    /** The knowledge base that ships with annals, loaded once. */
    public static KnowledgeBase builtin() {
        return Holder.BUILTIN;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry entry(String id) {
        return byId.get(id);
    }

    /** Names of countries, places, organisations and people, by token sequence (case-sensitive). */
    public PhraseIndex<Candidate> names() {
        return names;
    }

    /** Nationality adjectives and demonyms ({@code Russian}, {@code Palestinians}) to ISO3 countries. */
    public PhraseIndex<String> adjectives() {
        return adjectives;
    }

    /** Role nouns and titles, case-insensitive. */
    public PhraseIndex<RoleTitle> roles() {
        return roles;
    }

    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /** The country entry of an ISO3 code, or null. */
    public Entry country(String iso3) {
        return byId.get("countries/" + iso3);
    }

    /** Lines of the tables that could not be read, with file and line number. */
    public List<String> problems() {
        return problems;
    }

    /** Builds a knowledge base from tables; later tables add to and override earlier ones. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        private final Map<String, List<Office>> offices = new HashMap<>();
        private final PhraseIndex<Candidate> names = new PhraseIndex<>(false);
        private final PhraseIndex<String> adjectives = new PhraseIndex<>(false);
        private final PhraseIndex<RoleTitle> roles = new PhraseIndex<>(true);
        private final Set<String> givenNames = new HashSet<>();
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Pending> pending = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds the built-in tables. */
        public Builder addBuiltin() {
            for (String t : BUILTIN_TABLES) {
                InputStream in = KnowledgeBase.class.getResourceAsStream(t);
                if (in == null) {
                    problems.add(t + ": built-in table missing");
                    continue;
                }
                add(t, new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return this;
        }

        /**
         * Adds one table; {@code name} (its file name) says which kind it is: {@code countries}, {@code
         * regions}, {@code places}, {@code organizations}, {@code media}, {@code groups}, {@code metonyms},
         * {@code people}, {@code roles} or {@code given-names} (a name may carry a prefix, as in {@code
         * my-people.tsv}).
         */
        public Builder add(String name, Reader in) {
            String kind = name.toLowerCase(Locale.ROOT).replaceAll(".*/", "").replaceAll("\\.tsv$", "");
            if (kind.endsWith("countries")) {
                Tsv.read(in, name, List.of("iso3", "name"), problems::add).forEach(this::country);
            } else if (kind.endsWith("regions")) {
                Tsv.read(in, name, List.of("name"), problems::add).forEach(r -> place(r, Entry.Kind.REGION));
            } else if (kind.endsWith("places")) {
                Tsv.read(in, name, List.of("name", "country"), problems::add)
                        .forEach(r -> place(r, Entry.Kind.PLACE));
            } else if (kind.endsWith("organizations") || kind.endsWith("media") || kind.endsWith("groups")) {
                Entry.Kind k = kind.endsWith("media") ? Entry.Kind.MEDIA
                        : kind.endsWith("groups") ? Entry.Kind.GROUP : Entry.Kind.ORGANIZATION;
                Tsv.read(in, name, List.of("name", "code"), problems::add).forEach(r -> organization(r, k));
            } else if (kind.endsWith("metonyms")) {
                Tsv.read(in, name, List.of("phrase", "code"), problems::add).forEach(this::metonym);
            } else if (kind.endsWith("people")) {
                Tsv.read(in, name, List.of("name", "country", "role", "code"), problems::add).forEach(this::person);
            } else if (kind.endsWith("roles")) {
                Tsv.read(in, name, List.of("phrase", "role"), problems::add).forEach(this::role);
            } else if (kind.endsWith("given-names")) {
                Tsv.read(in, name, List.of("name"), problems::add).forEach(r -> givenNames.add(r.get("name")));
            } else {
                problems.add(name + ": unknown kind of table (the file name says what it holds, e.g. people.tsv)");
            }
            return this;
        }

        public KnowledgeBase build() {
            addPending();
            return new KnowledgeBase(this);
        }

        private void country(Tsv.Row r) {
            String iso3 = r.get("iso3");
            Entry e = put(new Entry("countries/" + iso3, r.get("name"), EntityType.LOCATION, Entry.Kind.COUNTRY,
                    iso3, iso3, List.of(), 0));
            index(e, r.get("name"), r.list("aliases"));
            for (String adj : r.list("adjectives")) {
                adjectives.add(Tokenizer.INSTANCE.words(adj), iso3);
            }
        }

        private void place(Tsv.Row r, Entry.Kind kind) {
            String country = blankToNull(r.get("country"));
            long pop = parseLong(r.get("population"));
            // a capital is a place that may stand for its government ("Moscow confirmed ..."): its id says so
            String folder = kind == Entry.Kind.REGION ? "regions/"
                    : r.get("feature").equals("PPLC") ? "capitals/" : "places/";
            String id = folder + (country == null ? "" : country + "/") + slug(r.get("name"))
                    + (kind == Entry.Kind.PLACE ? "/" + r.line() : "");
            Entry e = put(new Entry(id, r.get("name"), EntityType.LOCATION, kind, country, country, List.of(), pop));
            index(e, r.get("name"), r.list("aliases"));
        }

        private void organization(Tsv.Row r, Entry.Kind kind) {
            String code = r.get("code");
            String country = blankToNull(r.get("country"));
            String id = (kind == Entry.Kind.MEDIA ? "media/" : kind == Entry.Kind.GROUP ? "groups/" : "orgs/")
                    + slug(r.get("name"));
            Pending p = pending.computeIfAbsent(id, k -> new Pending(r.get("name"), kind,
                    type(r.get("type"), EntityType.ORGANIZATION), country));
            LocalDate from = r.has("from") ? date(r, "from") : null;
            LocalDate to = r.has("to") ? date(r, "to") : null;
            if (from != null || to != null) {
                // a group whose standing changed: one row per period ("the Taliban", "the RSF")
                p.offices.add(new Office(country, roleOf(code), code, from, to, null));
            } else {
                p.code = code;
            }
            p.addAliases(r.list("aliases"));
        }

        private void metonym(Tsv.Row r) {
            String code = r.get("code");
            String country = code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO")
                    ? code.substring(0, 3) : null;
            // a seat of power is a place that stands for a body: as an actor it is the body
            Entry.Kind kind = type(r.get("type"), EntityType.ORGANIZATION) == EntityType.LOCATION ? Entry.Kind.SEAT
                    : Entry.Kind.METONYM;
            Entry e = put(new Entry("metonyms/" + slug(r.get("phrase")), r.get("phrase"), EntityType.ORGANIZATION,
                    kind, country, code, List.of(), 0));
            index(e, r.get("phrase"), List.of());
        }

        private void person(Tsv.Row r) {
            String name = r.get("name");
            Office o = new Office(blankToNull(r.get("country")), r.get("role"), r.get("code"), date(r, "from"),
                    date(r, "to"), blankToNull(r.get("title")));
            Pending p = pending.computeIfAbsent("people/" + slug(name),
                    k -> new Pending(name, Entry.Kind.PERSON, EntityType.PERSON, null));
            p.offices.add(o);
            p.addAliases(r.list("aliases"));
        }

        /**
         * The rows of one entry gathered before the entry is made: a person has a row per office, a group a row
         * per period of its standing.
         */
        private static final class Pending {
            final String name;
            final Entry.Kind kind;
            final EntityType type;
            final String country;
            String code;
            final List<String> aliases = new ArrayList<>();
            final List<Office> offices = new ArrayList<>();

            Pending(String name, Entry.Kind kind, EntityType type, String country) {
                this.name = name;
                this.kind = kind;
                this.type = type;
                this.country = country;
            }

            void addAliases(List<String> more) {
                for (String a : more) {
                    if (!aliases.contains(a)) {
                        aliases.add(a);
                    }
                }
            }
        }

        private void addPending() {
            for (var p : pending.entrySet()) {
                Pending rows = p.getValue();
                List<Office> list = new ArrayList<>(rows.offices);
                list.sort(java.util.Comparator.comparing(x -> x.from() == null ? LocalDate.MIN : x.from()));
                String country = rows.country != null || list.isEmpty() ? rows.country
                        : list.get(list.size() - 1).country();
                Entry e = put(new Entry(p.getKey(), rows.name, rows.type, rows.kind, country,
                        list.isEmpty() ? rows.code : null, list, 0));
                index(e, rows.name, rows.aliases);
                if (rows.kind == Entry.Kind.PERSON) {
                    // the surname alone names the person too, as a weaker candidate
                    for (String n : concat(rows.name, rows.aliases)) {
                        String[] w = Tokenizer.INSTANCE.words(n);
                        if (w.length >= 2) {
                            names.add(new String[] {w[w.length - 1]}, new Candidate(e, true));
                        }
                    }
                }
            }
            pending.clear();
        }

        private void role(Tsv.Row r) {
            RoleTitle role = new RoleTitle(r.get("phrase").toLowerCase(Locale.ROOT), r.get("role"),
                    type(r.get("type"), EntityType.PERSON));
            String[] words = Tokenizer.INSTANCE.words(r.get("phrase"));
            roles.add(words, role);
            // the regular plural names the same role: "ministers", "militias", "authorities" as written
            String[] plural = words.clone();
            plural[plural.length - 1] = plural(plural[plural.length - 1]);
            if (!plural[plural.length - 1].equals(words[words.length - 1])) {
                roles.add(plural, role);
            }
        }

        /** The regular English plural of a noun; a noun that already ends in s is taken as plural. */
        static String plural(String noun) {
            if (noun.endsWith("s")) {
                return noun;
            }
            if (noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
                return noun + "es";
            }
            if (noun.length() > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
                return noun.substring(0, noun.length() - 1) + "ies";
            }
            return noun + "s";
        }

        private Entry put(Entry e) {
            entries.put(e.id(), e);
            return e;
        }

        private void index(Entry e, String name, List<String> aliases) {
            for (String n : concat(name, aliases)) {
                names.add(Tokenizer.INSTANCE.words(n), new Candidate(e, false));
            }
        }

        private static List<String> concat(String name, List<String> aliases) {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return all;
        }

        private LocalDate date(Tsv.Row r, String column) {
            String v = r.get(column);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problems.add(r.file() + ":" + r.line() + ": '" + v + "' in column " + column
                        + " is not a date (YYYY-MM-DD)");
                return null;
            }
        }

        private static EntityType type(String v, EntityType dflt) {
            try {
                return v.isEmpty() ? dflt : EntityType.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return dflt;
            }
        }

        private static String roleOf(String code) {
            return code.length() > 3 ? code.substring(3) : null;
        }

        private static String blankToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }

        private static long parseLong(String s) {
            try {
                return s.isEmpty() ? 0 : Long.parseLong(s);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        static String slug(String s) {
            String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }
}

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
import java.util.regex.Pattern;

import org.annals.core.kb.PetrarchDictionaries.Actor;
import org.annals.core.kb.PetrarchDictionaries.Agent;
import org.annals.core.kb.PetrarchDictionaries.Code;

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
    public static final List<String> BUILTIN_TABLES = List.of("countries.tsv", "former-countries.tsv", "regions.tsv",
            "places.tsv",
            "organizations.tsv", "media.tsv", "groups.tsv", "metonyms.tsv", "people.tsv", "roles.tsv",
            "given-names.tsv", "successions.tsv");

    private final List<Entry> entries;
    private final Map<String, Entry> byId;
    private final PhraseIndex<Candidate> names;
    private final PhraseIndex<String> adjectives;
    private final PhraseIndex<RoleTitle> roles;
    private final Set<String> givenNames;
    private final Map<String, Succession> successions;
    private final List<String> problems;
    private final List<String> notes;
    private final Map<String, List<Entry>> peopleByCountry = new HashMap<>();
    /** The words of each country's names, in lower case ("kingdom" of Saudi Arabia, "north" of North Korea). */
    private final Map<String, Set<String>> countryNameWords;
    private final LocalDate asOf;

    private KnowledgeBase(Builder b) {
        this.entries = List.copyOf(b.entries.values());
        this.byId = Map.copyOf(b.entries);
        this.names = b.names;
        this.adjectives = b.adjectives;
        this.roles = b.roles;
        this.givenNames = Lookups.copyOf(b.givenNames);
        this.successions = Map.copyOf(b.successions);
        this.problems = List.copyOf(b.problems);
        this.notes = List.copyOf(b.notes);
        Map<String, Set<String>> words = new HashMap<>();
        for (Entry e : entries) {
            List<String> ns = b.exactNames.get(e.id());
            if (e.kind() != Entry.Kind.COUNTRY || ns == null) {
                continue;
            }
            Set<String> w = new HashSet<>();
            for (String n : ns) {
                for (String t : Tokenizer.INSTANCE.words(n)) {
                    w.add(t.toLowerCase(Locale.ROOT));
                }
            }
            words.put(e.country(), Set.copyOf(w));
        }
        this.countryNameWords = Map.copyOf(words);
        LocalDate latest = null;
        for (Entry e : entries) {
            for (Office o : e.offices()) {
                for (LocalDate d : new LocalDate[] {o.from(), o.to()}) {
                    latest = d != null && (latest == null || d.isAfter(latest)) ? d : latest;
                }
                if (e.kind() == Entry.Kind.PERSON && o.country() != null) {
                    List<Entry> list = peopleByCountry.computeIfAbsent(o.country(), k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
        peopleByCountry.replaceAll((k, v) -> List.copyOf(v));
        this.asOf = latest;
    }

    /**
     * The latest date the tables give (an office begun or ended): how far they are up to date, and so until when
     * an office still held has been held, with no clock read. Null when no table dates anything.
     */
    public LocalDate asOf() {
        return asOf;
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

    /**
     * Names of countries, places, organisations and people, by token sequence: case-sensitive for annals' own
     * tables, in any case for the phrases of PETRARCH dictionaries (see {@link Builder#addPetrarch}).
     */
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

    /** A country's independence from another ({@code successions.tsv}): the first day, and the country before. */
    private record Succession(String partOf, LocalDate from) {
    }

    /**
     * True when a name of the country {@code iso3} has the word {@code word} (in lower case): "the kingdom" may
     * stand for Saudi Arabia ("Kingdom of Saudi Arabia"), "the North" for North Korea.
     */
    public boolean countryNamedWith(String iso3, String word) {
        Set<String> w = iso3 == null ? null : countryNameWords.get(iso3);
        return w != null && w.contains(word);
    }

    /**
     * The country whose part a place of country {@code iso3} was on {@code date}: {@code iso3} itself, or the
     * country it became independent from when the date is before its independence ("Juba" on 2005-01-10: SDN).
     * Without a date, or for a country of no succession, {@code iso3}.
     */
    public String countryOn(String iso3, LocalDate date) {
        Succession s = iso3 == null || date == null ? null : successions.get(iso3);
        return s != null && date.isBefore(s.from()) ? s.partOf() : iso3;
    }

    /** Lines of the tables that could not be read, with file and line number. */
    public List<String> problems() {
        return problems;
    }

    /**
     * What the dictionaries added and what was read but not used, one line per file ({@code
     * Phoenix.Countries.actors.txt: 18,210 actor records: ...}); empty for annals' own tables.
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Builds a knowledge base from tables and dictionaries, read in the order given: later tables add to earlier
     * ones (a person's rows in two people tables are all offices of that person), and a dictionary overrides
     * what came before it (see {@link #addPetrarch}). Names are indexed when {@link #build} is called, so that an
     * entry replaced by a later table is found by all its names and only in its last form.
     */
    public static final class Builder {
        /** A regnal number: "II", "XVI". */
        private static final Pattern ROMAN = Pattern.compile("[IVX]+");
        /** The population from which a town's one-word name is no surname ({@link #placeWords}). */
        private static final long SURNAME_PLACE = 100_000;
        /** The double y that ends a Russian name as GeoNames romanises it ("Groznyy"): the news writes one. */
        private static final Pattern YY_END = Pattern.compile("yy\\b");
        private final Map<String, Entry> entries = new LinkedHashMap<>();
        /** The names of an entry as its tables write them (matched in that case), by entry id. */
        private final Map<String, List<String>> exactNames = new HashMap<>();
        private final Map<String, Succession> successions = new HashMap<>();
        /** Names of places as the news writes them, without diacritics: added by {@link #build}. */
        private final Map<String, List<String>> plainNames = new HashMap<>();
        /** Dictionary phrases (matched in any case), by their lower-case words: a later owner replaces. */
        private final Map<String, DictPhrase> dictNames = new LinkedHashMap<>();
        private final PhraseIndex<Candidate> names = new PhraseIndex<>(false);
        private final PhraseIndex<String> adjectives = new PhraseIndex<>(false);
        /** Adjectives in lower case to their country, to tell a dictionary's demonym from a name. */
        private final Map<String, String> adjectivesLower = new HashMap<>();
        private final PhraseIndex<RoleTitle> roles = new PhraseIndex<>(true);
        /** Role phrases in lower case (words joined by a blank) to their titles, indexed at build time. */
        private final Map<String, List<RoleTitle>> roleRows = new LinkedHashMap<>();
        private final Set<String> givenNames = new HashSet<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, PersonRows> people = new LinkedHashMap<>();
        /** Places and regions by their names in lower case; made when a dictionary first needs it. */
        private Map<String, List<Entry>> placeNames;

        /** A dictionary phrase: its words in lower case, the entry it names, and whether it is a country's. */
        private record DictPhrase(String[] words, String owner, boolean countryAlias) {
        }

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
            placeNames = null;
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
            } else if (kind.endsWith("successions")) {
                Tsv.read(in, name, List.of("country", "part_of", "from"), problems::add).forEach(this::succession);
            } else if (kind.endsWith("given-names")) {
                Tsv.read(in, name, List.of("name"), problems::add).forEach(r -> givenNames.add(r.get("name")));
            } else {
                problems.add(name + ": unknown kind of table (the file name says what it holds, e.g. people.tsv)");
            }
            return this;
        }

        /**
         * Adds a PETRARCH, TABARI or Phoenix dictionary, read as it is by {@link PetrarchDictionaries#read}
         * (which decides from the name, else from the content, whether it holds actors or agents; verb, discard
         * and issue files are noted and not read). Its problems join {@link KnowledgeBase#problems()}, its notes
         * {@link KnowledgeBase#notes()}.
         */
        public Builder addPetrarch(String name, Reader in) {
            return addPetrarch(PetrarchDictionaries.read(name, in));
        }

        /**
         * Adds a dictionary already read. How its records become entries, in this order:
         * <ol>
         * <li>a record whose codes are all the null code {@code [---]} adds nothing;</li>
         * <li><b>countries</b>: a record whose code (the last it has, when it changed) is a bare three-letter
         * code that is a country of the knowledge base or not a sector ({@code AFGHANISTAN_ [AFG]}, {@code
         * ARMENIA_ [ARM >911221]}), or a dependency's code whose second half is a country ({@code GREENLAND_
         * [DNKGRL]}), names a place, unless another of its codes has a role ({@code SAM_GAMGEE [HOB]
         * [HOBMIL 20080120-20121109]} is an actor). When that code is a country of the knowledge base, the record's phrases
         * become names of the country, except a phrase that already names a place or region of that country
         * ({@code +KABUL_}: the capital stays the capital and codes AFG all the same) or is its nationality
         * adjective ({@code +AFGHAN_}); earlier codes ({@code USRARM} before 1990) are not kept. Any other code
         * ({@code EUR}, {@code GON}) makes a region with that code.</li>
         * <li><b>people</b>: a record is a person when it has an ELI code (former officials: {@code DENG_XIAOPING
         * [CHNELI]}); or dated codes and a first word that is a given name of the knowledge base or an honorific
         * (Mr, Sheikh, Mullah, ...); or, unless its head noun is an organisation's (see below), dated codes, a
         * given name or honorific first, or a person's title in the singular before one to three words ({@code
         * PRESIDENT_GEORGE_W._BUSH}, {@code COMMANDER_KHATTAB}). A record whose default is an MNC code is never a
         * person ({@code ABN_AMRO_ [NLDGOVBUS >081004] [MNCNLD]}). A person's periods (see {@link
         * PetrarchDictionaries.Actor#periods}: the default fills the gaps) are its offices, with the code's
         * country when it is a country of the knowledge base and the code's sector as role (IGO for {@code
         * IGOUNO}).</li>
         * <li>a record that is not a person and one of whose phrases names a place or region of annals' own
         * tables in the country of its code ({@code GAZA [PSEGZA]}) adds its phrases to that place;</li>
         * <li>any other record is an <b>organisation</b> with its code (its periods as offices when dated): a
         * group ({@code groups/}) when the code is an armed or political one (IMG, REB, UAF, OPP, PTY), media
         * when its sector is MED, else an organisation. The head noun of a phrase is its last word or the word
         * before its first "of" or "for"; it is an organisation's when it is army, party, ministry, front,
         * brigade, council, corp, holdings, ... or an organisation noun of the roles table.</li>
         * </ol>
         * <b>Overrides.</b> A person or organisation is the same as an earlier one when one of its phrases is
         * that entry's name ({@code +BAN_KI-MOON} is the {@code Ban Ki-moon} of people.tsv); it then takes the
         * dictionary's codes: the dictionary decides the code on every date, and an earlier office (with its
         * title, "President") is kept where it gives the same code for all its days. The earlier names stay.
         * A phrase listed by two records belongs to the later one, as in PETRARCH.
         *
         * <p><b>Names.</b> Dictionary phrases match in any case ("Vladimir Putin", "VLADIMIR PUTIN"), where
         * annals' own tables match as written; an entry that only a dictionary knows is named in title case
         * ({@link PetrarchDictionaries#titleCase}). Synonyms are matched as listed (titles included: {@code
         * PRESIDENT_PUTIN_}); no surnames are derived from them.
         *
         * <p><b>Agents</b> become role titles: {@code FOREIGN_MINISTER [~GOVFRM]} is the role GOVFRM, which the
         * actor's country code precedes (RUS + GOVFRM). A {@code CODE~} agent ({@code IGO~}) gives its code as
         * the role too: annals writes the country first. The type is the one the roles table gives the phrase
         * or its longest ending ({@code riot police} as {@code police}), else PERSON. An agent replaces an
         * earlier role of the same phrase.
         */
        public Builder addPetrarch(PetrarchDictionaries.Dictionary d) {
            problems.addAll(d.problems());
            notes.addAll(d.notes());
            if (d.kind() == PetrarchDictionaries.Kind.AGENTS) {
                for (Agent a : d.agents()) {
                    agent(a);
                }
                notes.add(d.name() + ": " + d.agents().size() + " agents read as role titles");
            } else if (d.kind() == PetrarchDictionaries.Kind.ACTORS) {
                int[] counts = new int[DictKind.values().length];
                for (Actor a : d.actors()) {
                    counts[actor(a).ordinal()]++;
                }
                notes.add(String.format(Locale.ROOT, "%s: %d actor records: %d people, %d organisations, %d names "
                        + "of countries and regions, %d with the null code", d.name(), d.actors().size(),
                        counts[DictKind.PERSON.ordinal()], counts[DictKind.ORGANIZATION.ordinal()],
                        counts[DictKind.PLACE.ordinal()], counts[DictKind.NONE.ordinal()]));
            }
            return this;
        }

        public KnowledgeBase build() {
            addPeople();
            addPlainPlaceNames();
            Map<String, String> dictCountries = dictionaryCountryNames();
            Set<String> placeWords = placeWords();
            for (Entry e : entries.values()) {
                List<String> ns = exactNames.get(e.id());
                if (ns == null) {
                    continue;
                }
                for (String n : ns) {
                    String owner = e.kind() == Entry.Kind.COUNTRY
                            ? dictCountries.get(lowerKey(Tokenizer.INSTANCE.words(n))) : null;
                    if (owner == null || owner.equals(e.id())) {
                        names.add(Tokenizer.INSTANCE.words(n), new Candidate(e, false));
                    }
                }
                if (e.kind() == Entry.Kind.PERSON) {
                    // the surname alone names the person too, as a weaker candidate; a regnal number ("Harald
                    // V") or the place of "Albert II of Monaco" is no surname
                    for (String n : ns) {
                        String[] w = Tokenizer.INSTANCE.words(n);
                        String last = w[w.length - 1];
                        if (w.length >= 2 && !w[w.length - 2].equals("of") && !ROMAN.matcher(last).matches()
                                && !placeWords.contains(last)) {
                            names.add(new String[] {last}, new Candidate(e, true));
                        }
                    }
                }
            }
            indexDictionaryNames();
            for (var r : roleRows.entrySet()) {
                String[] words = r.getKey().split(" ");
                for (RoleTitle t : r.getValue()) {
                    roles.add(words, t);
                }
            }
            return new KnowledgeBase(this);
        }

        /**
         * The one-word names of countries and of towns of {@link #SURNAME_PLACE} people or more: no surname alone
         * ("Austin", "Lagos", "Medina") names an office holder rather than them.
         */
        private Set<String> placeWords() {
            Set<String> out = new HashSet<>();
            for (Entry e : entries.values()) {
                boolean place = e.kind() == Entry.Kind.COUNTRY
                        || e.kind() == Entry.Kind.PLACE && e.population() >= SURNAME_PLACE;
                List<String> ns = place ? exactNames.get(e.id()) : null;
                if (ns != null) {
                    for (String n : ns) {
                        String[] w = Tokenizer.INSTANCE.words(n);
                        if (w.length == 1) {
                            out.add(w[0]);
                        }
                    }
                }
            }
            return out;
        }

        // ---- annals' own tables --------------------------------------------------------------------------

        private void country(Tsv.Row r) {
            String iso3 = r.get("iso3");
            Entry e = put(new Entry("countries/" + iso3, r.get("name"), EntityType.LOCATION, Entry.Kind.COUNTRY,
                    iso3, iso3, List.of(), 0));
            index(e, r.get("name"), r.list("aliases"));
            for (String adj : r.list("adjectives")) {
                String[] w = Tokenizer.INSTANCE.words(adj);
                adjectives.add(w, iso3);
                adjectivesLower.putIfAbsent(lowerKey(w), iso3);
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
            // "Chechen rebels": the people of an area of one country are of that country
            if (country != null) {
                for (String adj : r.list("adjectives")) {
                    String[] w = Tokenizer.INSTANCE.words(adj);
                    adjectives.add(w, country);
                    adjectivesLower.putIfAbsent(lowerKey(w), country);
                }
            }
        }

        private void organization(Tsv.Row r, Entry.Kind kind) {
            String code = r.get("code");
            String country = blankToNull(r.get("country"));
            EntityType type = type(r.get("type"), EntityType.ORGANIZATION);
            List<Office> periods = new ArrayList<>();
            if (r.has("from") || r.has("to")) {
                LocalDate from = date(r, "from");
                LocalDate to = date(r, "to");
                if (from != null || to != null) {
                    periods.add(new Office(country, roleOf(code), code, from, to, null));
                }
            }
            String id = (kind == Entry.Kind.MEDIA ? "media/" : kind == Entry.Kind.GROUP ? "groups/" : "orgs/")
                    + slug(r.get("name"));
            Entry old = entries.get(id);
            if (old != null && !periods.isEmpty()) {
                List<Office> all = new ArrayList<>(old.offices());
                all.addAll(periods);
                periods = all;
            }
            Entry e = put(new Entry(id, r.get("name"), type, kind, country, periods.isEmpty() ? code : null, periods,
                    0));
            index(e, r.get("name"), r.list("aliases"));
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
            PersonRows p = people.computeIfAbsent("people/" + slug(name), k -> new PersonRows(name));
            p.fromTable = true;
            p.offices.add(o);
            for (String a : r.list("aliases")) {
                if (!p.aliases.contains(a)) {
                    p.aliases.add(a);
                }
            }
        }

        /** The rows of one person, gathered before the entry is made: one row per office. */
        private static final class PersonRows {
            final String name;
            final List<String> aliases = new ArrayList<>();
            List<Office> offices = new ArrayList<>();
            /** True when a people table names this person (and its names are matched as written). */
            boolean fromTable;

            PersonRows(String name) {
                this.name = name;
            }
        }

        private void addPeople() {
            for (var p : people.entrySet()) {
                PersonRows rows = p.getValue();
                List<Office> list = new ArrayList<>(rows.offices);
                list.sort(java.util.Comparator.comparing(x -> x.from() == null ? LocalDate.MIN : x.from()));
                String country = list.isEmpty() ? null : list.get(list.size() - 1).country();
                put(new Entry(p.getKey(), rows.name, EntityType.PERSON, Entry.Kind.PERSON, country, null, list, 0));
                if (rows.fromTable) {
                    exactNames.put(p.getKey(), concat(rows.name, rows.aliases));
                }
            }
            people.clear();
        }

        private void succession(Tsv.Row r) {
            LocalDate from = date(r, "from");
            if (from != null) {
                successions.put(r.get("country"), new Succession(r.get("part_of"), from));
            }
        }

        private void role(Tsv.Row r) {
            RoleTitle role = new RoleTitle(r.get("phrase").toLowerCase(Locale.ROOT), r.get("role"),
                    type(r.get("type"), EntityType.PERSON), alone(r.get("alone")));
            String[] words = Tokenizer.INSTANCE.words(r.get("phrase"));
            addRole(words, role);
            // the regular plural names the same role: "ministers", "militias", "authorities" as written
            String[] plural = words.clone();
            plural[plural.length - 1] = plural(plural[plural.length - 1]);
            if (!plural[plural.length - 1].equals(words[words.length - 1])) {
                addRole(plural, role);
            }
        }

        private void addRole(String[] words, RoleTitle role) {
            if (words.length == 0) {
                return;
            }
            List<RoleTitle> list = roleRows.computeIfAbsent(lowerKey(words), k -> new ArrayList<>(1));
            if (!list.contains(role)) {
                list.add(role);
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

        // ---- PETRARCH dictionaries ---------------------------------------------------------------------

        /** What an actor record became. */
        private enum DictKind {
            NONE, PLACE, PERSON, ORGANIZATION
        }

        /** Sector and non-state codes: a bare three-letter code of this list is not a place. */
        private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM", "REB",
                "UAF", "UNK", "OPP", "PTY", "CVL", "REF", "BUS", "LAB", "AGR", "EDU", "REL", "CRM", "ELI", "SOC",
                "MED", "HLH", "PRE", "JRN", "ENV", "HRI", "DEV", "MOD", "RAD", "INS", "SEP", "IGO", "NGO", "NGM",
                "MNC", "IMG", "ISM", "MUS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN", "CTH", "ORT", "PRO", "ATH");

        /** Non-state parts of a code: they come first and are the role of an office ({@code IGOUNO}: IGO). */
        private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "ISM");

        /** Head nouns of organisations, besides the organisation nouns of the roles table. */
        private static final Set<String> ORGANISATION_NOUNS = Set.of("organization", "organisation", "front",
                "movement", "army", "brigade", "brigades", "battalion", "battalions", "party", "council",
                "committee", "union", "league", "association", "foundation", "company", "corporation", "bank",
                "ministry", "agency", "group", "network", "alliance", "coalition", "federation", "congress",
                "court", "assembly", "parliament", "government", "commission", "fund", "programme", "program",
                "institute", "university", "service", "services", "police", "force", "forces", "authority",
                "office", "secretariat", "tribunal", "cell", "cells", "faction", "militia", "militias", "commando",
                "commandos",
                "center", "centre", "society", "trust", "bureau", "board", "command", "corp", "corp.", "inc", "inc.",
                "ltd", "ltd.", "plc", "llc", "co.", "gmbh", "ag", "holdings", "industries", "resources", "properties",
                "partners", "systems", "technologies", "airlines", "airways", "enterprises", "international");

        /** Words that link a head noun to what follows it, and that a person's name does not contain. */
        private static final Set<String> LINKS = Set.of("of", "for", "against", "and", "the", "in", "on", "to",
                "from", "with", "by");

        /** Words that open a person's name in the dictionaries: honorifics. */
        private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
                "sheikh", "shaikh", "mullah", "ayatollah", "sir", "lord", "lady", "imam");

        private DictKind actor(Actor a) {
            if (a.codes().stream().allMatch(Code::isNull)) {
                return DictKind.NONE;
            }
            List<Code> periods = a.periods();
            String place = placeCode(a, periods);
            if (place != null) {
                Entry country = entries.get("countries/" + place);
                if (country != null && country.kind() == Entry.Kind.COUNTRY) {
                    if (periods.stream().map(Code::code).distinct().count() > 1) {
                        // ZIMBABWE [RHO <790606] [ZBW]: a country coded otherwise before a date
                        put(new Entry(country.id(), country.name(), country.type(), country.kind(),
                                country.country(), country.code(), offices(periods), country.population()));
                    }
                    dictPhrases(a, country.id(), true);
                } else {
                    String id = "regions/" + slug(PetrarchDictionaries.titleCase(a.phrase()));
                    Entry old = entries.get(id);
                    put(new Entry(id, old != null ? old.name() : PetrarchDictionaries.titleCase(a.phrase()),
                            EntityType.LOCATION, Entry.Kind.REGION, null, place, List.of(), 0));
                    dictPhrases(a, id, false);
                }
                return DictKind.PLACE;
            }
            if (isPerson(a)) {
                person(a, periods);
                return DictKind.PERSON;
            }
            Entry known = knownPlace(a, periods);
            if (known != null) {
                dictPhrases(a, known.id(), false);
                return DictKind.PLACE;
            }
            organization(a, periods);
            return DictKind.ORGANIZATION;
        }

        /**
         * The place or region of annals' own tables that one of the record's phrases names, in the country of
         * the record's code ({@code GAZA [PSEGZA]} is the Gaza of the regions table), or null.
         */
        private Entry knownPlace(Actor a, List<Code> periods) {
            String code = a.defaultCode() != null ? a.defaultCode()
                    : periods.isEmpty() ? null : periods.get(periods.size() - 1).code();
            String country = countryOf(code);
            if (country == null) {
                return null;
            }
            for (String p : a.phrases()) {
                for (Entry e : placesNamed(String.join(" ", lowerWords(p)))) {
                    if (country.equals(e.country())) {
                        return e;
                    }
                }
            }
            return null;
        }

        /** The places and regions of annals' own tables named by a phrase in lower case. */
        private List<Entry> placesNamed(String lowerPhrase) {
            if (placeNames == null) {
                placeNames = new HashMap<>();
                for (var n : exactNames.entrySet()) {
                    Entry e = entries.get(n.getKey());
                    if (e == null || (e.kind() != Entry.Kind.PLACE && e.kind() != Entry.Kind.REGION)) {
                        continue;
                    }
                    for (String s : n.getValue()) {
                        placeNames.computeIfAbsent(lowerKey(Tokenizer.INSTANCE.words(s)), k -> new ArrayList<>(1))
                                .add(e);
                    }
                }
            }
            return placeNames.getOrDefault(lowerPhrase, List.of());
        }

        /**
         * The place code of a record (the last it has, when it changed), or null: a bare three-letter code that
         * is a country of the knowledge base or not a sector ({@code AFG}, {@code EUR}), or a dependency's
         * six-letter code whose second half is a country of the knowledge base ({@code DNKGRL}: GRL).
         */
        private String placeCode(Actor a, List<Code> periods) {
            // a code with a role on some dates (SAM_GAMGEE [HOB] [HOBMIL 20080120-20121109]) is an actor's
            for (Code c : a.codes()) {
                if (!c.isNull() && c.code().length() >= 6 && SECTORS.contains(c.code().substring(3, 6))) {
                    return null;
                }
            }
            String d = a.defaultCode();
            if (d != null && placeCode(d) != null) {
                return placeCode(d);
            }
            for (int i = periods.size() - 1; i >= 0; i--) {
                String p = placeCode(periods.get(i).code());
                if (p != null) {
                    return p;
                }
            }
            for (Code c : a.codes()) {
                String p = placeCode(c.code());
                if (p != null) {
                    return p;
                }
            }
            return null;
        }

        private String placeCode(String code) {
            if (code.length() == 3 && code.chars().allMatch(Character::isLetter)) {
                return isCountry(code) || !SECTORS.contains(code) ? code : null;
            }
            if (code.length() == 6 && isCountry(code.substring(0, 3)) && isCountry(code.substring(3))
                    && !SECTORS.contains(code.substring(3))) {
                return code.substring(3);
            }
            return null;
        }

        private boolean isCountry(String iso3) {
            Entry e = entries.get("countries/" + iso3);
            return e != null && e.kind() == Entry.Kind.COUNTRY;
        }

        /** The person rule of {@link #addPetrarch} (see there). */
        private boolean isPerson(Actor a) {
            String d = a.defaultCode();
            if (d != null && d.startsWith("MNC")) {
                // a company, also outside its dated periods (ABN_AMRO_ [NLDGOVBUS >081004] [MNCNLD])
                return false;
            }
            if (a.codes().stream().anyMatch(c -> c.code().equals("ELI") || sector(c.code()).startsWith("ELI"))) {
                // former officials and elites: people (DENG_XIAOPING [CHNELI])
                return true;
            }
            String[] words = plainWords(a.phrase());
            boolean named = startsWithName(words);
            if (a.dated() && named) {
                return true;
            }
            if (hasOrganisationHead(words)) {
                return false;
            }
            return a.dated() || named || startsWithTitle(words);
        }

        /**
         * The words of a phrase in lower case as written between blanks, without punctuation at their ends and
         * without a closing abbreviation in brackets ({@code ARMY (AAIA)}).
         */
        private static String[] plainWords(String phrase) {
            List<String> out = new ArrayList<>();
            for (String w : phrase.toLowerCase(Locale.ROOT).split(" ")) {
                if (w.startsWith("(") && !out.isEmpty()) {
                    break;
                }
                String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out.toArray(new String[0]);
        }

        /** A given name (of the knowledge base) or an honorific, then at least one more word. */
        private boolean startsWithName(String[] words) {
            return words.length >= 2 && (HONORIFICS.contains(words[0])
                    || givenNames.contains(PetrarchDictionaries.titleCase(words[0])));
        }

        /**
         * The head noun is an organisation's: the last word, or the word before the first "of" or "for"
         * ({@code MINISTRY FOR STATE SECURITY}), or a phrase of the roles table of type ORGANIZATION ending there.
         */
        private boolean hasOrganisationHead(String[] words) {
            if (words.length == 0) {
                return false;
            }
            List<Integer> heads = new ArrayList<>();
            heads.add(words.length - 1);
            for (int i = 1; i < words.length; i++) {
                if (LINKS.contains(words[i])) {
                    heads.add(i - 1);
                    break;
                }
            }
            for (int h : heads) {
                if (ORGANISATION_NOUNS.contains(words[h])) {
                    return true;
                }
                for (int i = h; i >= Math.max(0, h - 2); i--) {
                    List<RoleTitle> r = roleRows.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, h + 1)));
                    if (r != null && r.get(0).type() == EntityType.ORGANIZATION) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * A person's title in the singular, then one to three words of a name ({@code PRESIDENT_GEORGE_W._BUSH},
         * {@code COMMANDER_KHATTAB}); not a plural ({@code FIGHTERS_FOR_FREEDOM}) nor a title before "of".
         */
        private boolean startsWithTitle(String[] words) {
            for (int j = 1; j <= Math.min(2, words.length - 1); j++) {
                String title = String.join(" ", java.util.Arrays.copyOfRange(words, 0, j));
                List<RoleTitle> r = roleRows.get(title);
                if (r == null || r.get(0).type() != EntityType.PERSON || !r.get(0).phrase().equals(title)) {
                    continue;
                }
                int rest = words.length - j;
                if (rest >= 1 && rest <= 3 && java.util.Arrays.stream(words, j, words.length)
                        .noneMatch(LINKS::contains)) {
                    return true;
                }
            }
            return false;
        }

        private void person(Actor a, List<Code> periods) {
            String id = null;
            for (String p : a.phrases()) {
                String candidate = "people/" + slug(p);
                if (people.containsKey(candidate)) {
                    id = candidate;
                    break;
                }
            }
            if (id == null) {
                id = "people/" + slug(a.phrase());
            }
            PersonRows rows = people.computeIfAbsent(id, k -> new PersonRows(PetrarchDictionaries.titleCase(
                    a.phrase())));
            rows.offices = override(rows.offices, offices(periods));
            dictPhrases(a, id, false);
        }

        private void organization(Actor a, List<Code> periods) {
            String id = null;
            for (String p : a.phrases()) {
                String s = slug(p);
                for (String folder : List.of("orgs/", "groups/", "media/", "metonyms/")) {
                    Entry e = entries.get(folder + s);
                    if (e != null) {
                        id = e.id();
                        break;
                    }
                }
                if (id != null) {
                    break;
                }
            }
            List<Office> offices = a.dated() ? offices(periods) : List.of();
            String code = a.dated() ? null : a.defaultCode();
            String main = code != null ? code : periods.isEmpty() ? a.codes().get(0).code()
                    : periods.get(periods.size() - 1).code();
            Entry.Kind kind = groupCode(main) ? Entry.Kind.GROUP
                    : sector(main).startsWith("MED") ? Entry.Kind.MEDIA : Entry.Kind.ORGANIZATION;
            if (id == null) {
                id = (kind == Entry.Kind.GROUP ? "groups/" : kind == Entry.Kind.MEDIA ? "media/" : "orgs/")
                        + slug(a.phrase());
            }
            Entry old = entries.get(id);
            put(new Entry(id, old != null ? old.name() : PetrarchDictionaries.titleCase(a.phrase()),
                    EntityType.ORGANIZATION, old != null ? old.kind() : kind, countryOf(main), code, offices, 0));
            dictPhrases(a, id, false);
        }

        private static boolean groupCode(String code) {
            String s = sector(code);
            return code.startsWith("IMG") || s.startsWith("REB") || s.startsWith("UAF") || s.startsWith("OPP")
                    || s.startsWith("PTY");
        }

        /** The part of a code after its country or non-state prefix. */
        private static String sector(String code) {
            return code.length() > 3 ? code.substring(3) : "";
        }

        /** The country of a code when its first three letters are a country of the knowledge base, else null. */
        private String countryOf(String code) {
            if (code == null || code.length() < 3) {
                return null;
            }
            Entry e = entries.get("countries/" + code.substring(0, 3));
            return e != null && e.kind() == Entry.Kind.COUNTRY ? e.country() : null;
        }

        /** Periods as offices; the null code is no office. */
        private List<Office> offices(List<Code> periods) {
            List<Office> out = new ArrayList<>(periods.size());
            for (Code c : periods) {
                if (c.isNull()) {
                    continue;
                }
                String code = c.code();
                String country = countryOf(code);
                String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
                String role = country != null ? (code.length() > 3 ? code.substring(3) : null)
                        : NON_STATE.contains(prefix) || code.length() <= 3 ? prefix : code.substring(3);
                out.add(new Office(country, role, code, c.from(), c.to(), null));
            }
            return out;
        }

        /**
         * The offices of a person after a dictionary: the dictionary's, except where an earlier office gives the
         * same code for all its days, which is kept (with its title) and cut out of the dictionary's.
         */
        static List<Office> override(List<Office> earlier, List<Office> dict) {
            if (earlier.isEmpty()) {
                return new ArrayList<>(dict);
            }
            List<Office> kept = new ArrayList<>();
            for (Office o : earlier) {
                if (agrees(o, dict)) {
                    kept.add(o);
                }
            }
            List<Office> out = new ArrayList<>(kept);
            for (Office d : dict) {
                long from = start(d);
                long to = end(d);
                // cut the kept periods out of [from, to]
                List<long[]> cuts = new ArrayList<>();
                for (Office k : kept) {
                    if (start(k) <= to && end(k) >= from) {
                        cuts.add(new long[] {start(k), end(k)});
                    }
                }
                cuts.sort(java.util.Comparator.comparingLong(x -> x[0]));
                long cursor = from;
                for (long[] c : cuts) {
                    if (c[0] > cursor) {
                        out.add(piece(d, cursor, c[0] - 1));
                    }
                    cursor = Math.max(cursor, c[1] == Long.MAX_VALUE ? Long.MAX_VALUE : c[1] + 1);
                    if (cursor == Long.MAX_VALUE) {
                        break;
                    }
                }
                if (cursor != Long.MAX_VALUE && cursor <= to) {
                    out.add(piece(d, cursor, to));
                }
            }
            out.sort(java.util.Comparator.comparing(x -> x.from() == null ? LocalDate.MIN : x.from()));
            return out;
        }

        /** True when the dictionary gives the office's code on every day of it. */
        private static boolean agrees(Office o, List<Office> dict) {
            long cursor = start(o);
            long end = end(o);
            for (Office d : dict) {
                if (end(d) < cursor || start(d) > end) {
                    continue;
                }
                if (start(d) > cursor || !d.code().equals(o.code())) {
                    return false;
                }
                if (end(d) >= end) {
                    return true;
                }
                cursor = end(d) + 1;
            }
            return false;
        }

        private static long start(Office o) {
            return o.from() == null ? Long.MIN_VALUE : o.from().toEpochDay();
        }

        private static long end(Office o) {
            return o.to() == null ? Long.MAX_VALUE : o.to().toEpochDay();
        }

        private static Office piece(Office d, long from, long to) {
            return new Office(d.country(), d.role(), d.code(), from == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(
                    from), to == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(to), d.title());
        }

        private void dictPhrases(Actor a, String owner, boolean countryAlias) {
            for (String p : a.phrases()) {
                String[] w = lowerWords(p);
                if (w.length > 0) {
                    dictNames.put(String.join(" ", w), new DictPhrase(w, owner, countryAlias));
                }
                // "THE_SHIRE": news writes the article in lower case within a sentence ("Bree and the Shire"),
                // outside the name, which is then the words after it
                if (w.length > 1 && w[0].equals("the")) {
                    String[] rest = java.util.Arrays.copyOfRange(w, 1, w.length);
                    dictNames.putIfAbsent(String.join(" ", rest), new DictPhrase(rest, owner, countryAlias));
                }
            }
        }

        private void agent(Agent a) {
            List<String> forms = new ArrayList<>();
            forms.add(a.phrase());
            forms.addAll(a.plurals());
            String phrase = String.join(" ", lowerWords(a.phrase()));
            RoleTitle role = new RoleTitle(phrase, a.code(), roleType(lowerWords(a.phrase())));
            for (String f : forms) {
                String[] w = lowerWords(f);
                if (w.length > 0) {
                    List<RoleTitle> list = new ArrayList<>(1);
                    list.add(role);
                    roleRows.put(String.join(" ", w), list);
                }
            }
        }

        /** The type the roles table gives a phrase or its longest ending; PERSON when it gives none. */
        private EntityType roleType(String[] words) {
            for (int i = 0; i < words.length; i++) {
                List<RoleTitle> r = roleRows.get(String.join(" ", java.util.Arrays.copyOfRange(words, i,
                        words.length)));
                if (r != null) {
                    return r.get(0).type();
                }
            }
            return EntityType.PERSON;
        }

        /**
         * The phrases that a dictionary gives to a country, by their lower-case words, with the country's id: a
         * country of an earlier table loses such a name ({@code NEW_ZEALAND [NZE]} makes New Zealand NZE, as in
         * PETRARCH, where the dictionary's code is the code), for two countries cannot share a name.
         */
        private Map<String, String> dictionaryCountryNames() {
            Map<String, String> out = new HashMap<>();
            for (DictPhrase d : dictNames.values()) {
                Entry e = entries.get(d.owner());
                if (d.countryAlias() && e != null && e.kind() == Entry.Kind.COUNTRY) {
                    out.put(String.join(" ", d.words()), e.id());
                }
            }
            return out;
        }

        /** The phrases of the dictionaries, in any case, for the entries that own them last. */
        private void indexDictionaryNames() {
            if (dictNames.isEmpty()) {
                return;
            }
            for (DictPhrase d : dictNames.values()) {
                Entry e = entries.get(d.owner());
                if (e == null) {
                    continue;
                }
                String key = String.join(" ", d.words());
                if (d.countryAlias()) {
                    if (e.country().equals(adjectivesLower.get(key))) {
                        continue;
                    }
                    if (placesNamed(key).stream().anyMatch(x -> e.country().equals(x.country()))) {
                        continue;
                    }
                }
                names.addIgnoringCase(d.words(), new Candidate(e, false));
            }
        }

        /** A dictionary phrase as the tokenizer cuts it, in lower case ({@code MR._OBAMA_}: mr. obama). */
        private static String[] lowerWords(String phrase) {
            String[] w = Tokenizer.INSTANCE.words(PetrarchDictionaries.titleCase(phrase));
            for (int i = 0; i < w.length; i++) {
                w[i] = w[i].toLowerCase(Locale.ROOT);
            }
            return w;
        }

        private static String lowerKey(String[] words) {
            StringBuilder sb = new StringBuilder();
            for (String w : words) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w.toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }

        // ---- helpers ------------------------------------------------------------------------------------

        private Entry put(Entry e) {
            entries.put(e.id(), e);
            return e;
        }

        private void index(Entry e, String name, List<String> aliases) {
            List<String> list = exactNames.computeIfAbsent(e.id(), k -> new ArrayList<>());
            boolean place = e.kind() == Entry.Kind.PLACE || e.kind() == Entry.Kind.REGION;
            for (String n : concat(name, aliases)) {
                if (!list.contains(n)) {
                    list.add(n);
                }
                // "Al-Qaeda" opens a sentence; within one the article is written in lower case: "al-Qaeda"
                if ((n.startsWith("Al-") || n.startsWith("El-")) && n.length() > 3
                        && Character.isUpperCase(n.charAt(3))) {
                    String lower = Character.toLowerCase(n.charAt(0)) + n.substring(1);
                    if (!list.contains(lower)) {
                        list.add(lower);
                    }
                }
                // "Organization of American States" is "Organisation of American States" in British spelling
                String spelled = n.contains("ization") ? n.replace("ization", "isation")
                        : n.contains("isation") ? n.replace("isation", "ization") : null;
                if (spelled != null && !list.contains(spelled)) {
                    list.add(spelled);
                }
                // GeoNames writes "Herāt", "Khān Yūnis", "Ṣan‘ā’", "Groznyy"; the news writes them without the
                // marks, and ends Russian names in one y ("Grozny")
                String plain = place ? YY_END.matcher(withoutMarks(n)).replaceAll("y") : n;
                if (!plain.equals(n) && !plain.isEmpty()) {
                    plainNames.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(plain);
                }
            }
        }

        /**
         * Adds the names of places written without their marks ({@link #withoutMarks}), where they name no one
         * else: not for towns under {@link #SURNAME_PLACE} people ("Būsh" is a town of Egypt, "Bush" a president),
         * and not a one-word name that is a given name ("León", "Léo") or a known person's surname.
         */
        private void addPlainPlaceNames() {
            Set<String> surnames = new HashSet<>();
            for (Entry e : entries.values()) {
                List<String> ns = e.kind() == Entry.Kind.PERSON ? exactNames.get(e.id()) : null;
                if (ns != null) {
                    for (String n : ns) {
                        String[] w = Tokenizer.INSTANCE.words(n);
                        surnames.add(withoutMarks(w[w.length - 1]));
                    }
                }
            }
            for (var p : plainNames.entrySet()) {
                Entry e = entries.get(p.getKey());
                if (e == null || (e.kind() == Entry.Kind.PLACE && e.population() < SURNAME_PLACE)) {
                    continue;
                }
                List<String> list = exactNames.get(e.id());
                for (String n : p.getValue()) {
                    String[] w = Tokenizer.INSTANCE.words(n);
                    boolean personal = w.length == 1 && (givenNames.contains(n) || surnames.contains(n));
                    if (!personal && !list.contains(n)) {
                        list.add(n);
                    }
                }
            }
        }

        /**
         * A name without its diacritics and the marks of transliteration ("Herāt": Herat, "Ṣan‘ā’": Sana): what
         * is left when accents are taken off the letters and the signs for ayn and hamza are dropped.
         */
        static String withoutMarks(String name) {
            String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
            StringBuilder out = new StringBuilder(n.length());
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                int type = Character.getType(c);
                if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                        && c != '\u2018' && c != '\u2019' && c != '\u02BE' && c != '\u02BF') {
                    out.append(c);
                }
            }
            return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
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

        private static RoleTitle.Alone alone(String v) {
            return v.isEmpty() ? RoleTitle.Alone.NOTHING : RoleTitle.Alone.valueOf(v.toUpperCase(Locale.ROOT));
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
            return withoutMarks(s).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }
}

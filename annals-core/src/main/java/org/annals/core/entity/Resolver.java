package org.annals.core.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Entry;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.Lookups;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.RoleTitle;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;

/**
 * Resolves the mentions of a document to actors and codes them: a knowledge-base reading chosen by kind, the
 * article's countries and the date; surnames to the person named in full; descriptions to the person of that
 * country and title met last, else the office holder on the date; pronouns to the person of the sentence or of
 * the sentences before. Each actor gets its code for the document's date.
 */
final class Resolver {

    private static final Set<String> GENERIC_ROLES = Lookups.set("leader", "counterpart", "official", "head",
            "politician");
    private static final Set<String> LOCATIVE = Lookups.set("in", "at", "to", "from", "near", "outside", "around",
            "into", "of", "towards", "toward", "via");
    /** Below this population a one-word town needs support from the context. */
    static final long SMALL_PLACE = 100_000;
    /** What being a capital weighs against the article's countries: about four mentions of another country. */
    private static final double CAPITAL_BONUS = 25;
    private static final double POPULATION_WEIGHT = 20;
    /** How many sentences back a pronoun looks for its person. */
    private static final int PRONOUN_REACH = 3;

    private final KnowledgeBase kb;
    private final NameWords words;
    private final Titles titles;
    private final Context ctx;
    private final Analysis a;
    private final List<Token> ts;
    private final LocalDate date;
    private final List<Draft> drafts;
    private final boolean[] covered;
    private final String[] sideCountry;
    private final boolean[] quoted;
    Resolver(KnowledgeBase kb, NameWords words, Titles titles, Context ctx) {
        this.kb = kb;
        this.words = words;
        this.titles = titles;
        this.ctx = ctx;
        this.a = ctx.a;
        this.ts = ctx.ts;
        this.date = ctx.date;
        this.drafts = ctx.drafts;
        this.covered = ctx.covered;
        this.sideCountry = ctx.sideCountry;
        this.quoted = ctx.quoted;
    }

    final Map<String, ActorDraft> actors = new LinkedHashMap<>();

    /** The country the article is about ({@link #homeCountry}), or null. */
    private String home;

    /** Given names of the people named in full in the document, to the key of their actor. */
    private final Map<String, String> firstNames = new HashMap<>();

    /** Surnames of the people named in full anywhere in the document, to the key of their actor. */
    final Map<String, String> fullNames = new HashMap<>();

    void resolve() {
        Map<String, Integer> nationalities = nationalities();

        Map<String, Integer> countryWeight = countryEvidence(nationalities);
        home = homeCountry(nationalities);
        for (Draft d : drafts) {
            if (d.kind == MentionKind.NAME && d.type == EntityType.PERSON && d.end - d.start >= 2
                    && !d.surnameOnly()) {
                String key = d.candidates.isEmpty() ? "name:" + d.type + ":" + d.name
                        : personCandidate(d) != null ? personCandidate(d).id() : null;
                if (key != null) {
                    fullNames.putIfAbsent(ts.get(d.end - 1).text(), key);
                    // "dear Narendra": a given name alone is the person named in full with it
                    if (kb.isGivenName(ts.get(d.start).text())) {
                        firstNames.putIfAbsent(ts.get(d.start).text(), key);
                    }
                }
            }
        }
        for (Draft d : drafts) {
            switch (d.kind) {
                case NAME -> resolveName(d, countryWeight);
                case NOMINAL -> {
                    if (d.bare && home != null) {
                        d.title = d.title.withCountry(home);
                    }
                    String antecedent = d.bare && home == null ? antecedentOf(d) : null;
                    if (antecedent != null) {
                        // "Ethiopia's Ministry of Foreign Affairs ... the ministry said": the body named before
                        d.actorKey = antecedent;
                    } else if (d.type == EntityType.LOCATION && d.title != null && "country".equals(d.title.phrase())) {
                        // a nationality: the country itself
                        d.entry = kb.country(d.title.country());
                        d.actorKey = d.entry != null ? d.entry.id() : null;
                    } else if (d.group) {
                        // a group: one actor per nationality and role in the article
                        d.actorKey = "group:" + d.title.country() + ":" + d.title.phrase();
                    } else if (d.type == EntityType.ORGANIZATION) {
                        // an agency: one actor per country and institution in the article
                        d.actorKey = "agency:" + d.title.country() + ":" + d.title.phrase();
                    } else {
                        resolveNominal(d);
                    }
                }
                case PRONOUN -> resolvePronoun(d);
                default -> throw new IllegalStateException();
            }
            if (d.actorKey != null) {
                actors.computeIfAbsent(d.actorKey, k -> new ActorDraft()).drafts.add(d);
            }
        }
        mergeShortForms();
        // an apposition's "of X" gives the country when nothing else did
        for (Draft d : drafts) {
            if (d.title != null && d.title.country() == null && d.appositionEnd >= 0) {
                for (Draft o : drafts) {
                    if (o.start >= d.appositionEnd && o.start <= d.appositionEnd + 2 && o.actorKey != null) {
                        String c = countryOf(actors.get(o.actorKey));
                        if (c != null) {
                            d.title = d.title.withCountry(c);
                        }
                        break;
                    }
                }
            }
        }
    }

    /**
     * "The International Labour Office (ILO)", "the Democratic Republic of Congo (DRC)": a name's short form in
     * capitals between brackets right after it names the same actor, and so does every other mention of it.
     */
    private void mergeShortForms() {
        for (Draft d : drafts) {
            if (d.kind != MentionKind.NAME || d.actorKey == null || d.end + 2 >= ts.size()
                    || !ts.get(d.end).is("(")) {
                continue;
            }
            for (Draft o : drafts) {
                if (o.start == d.end + 1 && o.kind == MentionKind.NAME && o.actorKey != null
                        && o.end < ts.size() && ts.get(o.end).is(")") && o.end - o.start == 1
                        && isShortForm(ts.get(o.start).text()) && !o.actorKey.equals(d.actorKey)
                        && (o.type == d.type || o.candidates.isEmpty())) {
                    // an unknown short form takes the name's type: "the Renaissance Dam (GERD)" is a place
                    ActorDraft into = actors.get(d.actorKey);
                    ActorDraft from = actors.remove(o.actorKey);
                    for (Draft x : from.drafts) {
                        x.actorKey = d.actorKey;
                        x.type = d.type;
                    }
                    into.drafts.addAll(from.drafts);
                    into.drafts.sort(java.util.Comparator.comparingInt((Draft x) -> x.start));
                }
            }
        }
    }

    /** A word in capitals of two letters or more, dots and digits allowed: "ILO", "U.N.", "G7". */
    private static boolean isShortForm(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && !Character.isDigit(c) && c != '-' && c != '&') {
                return false;
            }
        }
        return letters >= 2;
    }

    private Map<String, Integer> countryEvidence(Map<String, Integer> nationalities) {
        Map<String, Integer> w = new HashMap<>();
        // a name counts for the country of its likeliest reading when that reading is the only one of its kind
        for (Draft d : drafts) {
            Entry best = likeliest(d);
            // towns do not vouch for their own country: only countries, nationalities, people, bodies do
            if (best != null && best.country() != null && best.kind() != Entry.Kind.PLACE) {
                w.merge(best.country(), 1, Integer::sum);
            }
        }
        nationalities.forEach((c, n) -> w.merge(c, n, Integer::sum));
        return w;
    }

    /** How many times the document names each country's nationality. */
    private Map<String, Integer> nationalities() {
        Map<String, Integer> w = new HashMap<>();
        for (int i = 0; i < ts.size(); i++) {
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, Math.min(ts.size(), i + 4));
            if (adj != null) {
                w.merge(adj.values().get(0), 1, Integer::sum);
            }
        }
        return w;
    }

    /** The reading of a name of the highest priority when it is the only one of that priority, else null. */
    private static Entry likeliest(Draft d) {
        Entry best = null;
        int top = Integer.MIN_VALUE;
        boolean alone = false;
        for (KnowledgeBase.Candidate c : d.candidates) {
            int p = Context.priority(c.entry());
            if (p > top) {
                top = p;
                best = c.entry();
                alone = true;
            } else if (p == top) {
                alone = false;
            }
        }
        return alone ? best : null;
    }

    /**
     * The country the article is about, which its state bodies and officials named without a country belong to
     * ("the interior ministry", "police", "the president", "President X" whom the knowledge base does not know):
     * the countries, nationalities, people and bodies it names count two points for their country (news media
     * none: an agency's country says nothing about the story), its towns one, and an international body one
     * for itself; the country with at least three points (two when it is the only one and a body or group of it
     * is named), more than twice as many as any other and more than all other countries together, else null.
     */
    private String homeCountry(Map<String, Integer> nationalities) {
        Map<String, Integer> points = new HashMap<>();
        for (Draft d : drafts) {
            Entry best = likeliest(d);
            // "Myanmar's junta", "Belarus riot police": a body described with its country's name counts for it as a
            // name does (a nationality's bodies are counted with the nationality)
            if (best == null && d.candidates.isEmpty() && d.title != null && d.title.country() != null
                    && d.type == EntityType.ORGANIZATION && !nationalities.containsKey(d.title.country())) {
                points.merge(d.title.country(), 2, Integer::sum);
            }
            if (best == null || best.code() != null && best.code().endsWith("MED")) {
                continue;
            }
            if (best.code() != null && best.code().startsWith("IGO")) {
                // an article about an international body's business is about no one country; a body and its
                // agencies (IGOUNO, IGOUNOWHO) count as one
                points.merge(best.code().substring(0, Math.min(6, best.code().length())), 1, Integer::sum);
            } else if (best.country() != null) {
                points.merge(best.country(), best.kind() == Entry.Kind.PLACE ? 1 : 2, Integer::sum);
            }
        }
        nationalities.forEach((c, n) -> points.merge(c, 2 * n, Integer::sum));
        String first = null;
        int most = 0;
        int next = 0;
        int countries = 0;
        for (Map.Entry<String, Integer> e : points.entrySet()) {
            int p = e.getValue();
            if (!e.getKey().startsWith("IGO")) {
                countries += p;
            }
            if (p > most) {
                next = most;
                most = p;
                first = e.getKey();
            } else if (p > next) {
                next = p;
            }
        }
        // an international body leads no body or official of its own here: it only keeps a country from leading
        if (first == null || first.startsWith("IGO")) {
            return null;
        }
        // and a country leads when it outweighs every other country together: not the host of a meeting of many
        // (three points; or two when no other country is named at all and a body or group of it is: "Belarus riot
        // police dispersed protesters", not "the rebels released a Dutch aid worker")
        boolean alone = most == 2 && next == 0 && bodyOrGroupOf(first);
        return (most >= 3 || alone) && most > 2 * next && most > countries - most ? first : null;
    }

    /** True when a description names one person of its role: "a Dutch aid worker", not "aid workers", "troops". */
    private boolean onePerson(Draft d) {
        String last = ts.get(d.end - 1).text();
        String phrase = d.title.phrase();
        return phrase != null && !last.endsWith("s") && phrase.endsWith(last.toLowerCase(Locale.ROOT));
    }

    /** True when a body or group of the country is named: "Belarus riot police", "Algerian opposition parties". */
    private boolean bodyOrGroupOf(String country) {
        for (Draft d : drafts) {
            if (d.title != null && country.equals(d.title.country())
                    && (d.type == EntityType.ORGANIZATION || d.group && !onePerson(d))) {
                return true;
            }
        }
        return false;
    }

    private Entry personCandidate(Draft d) {
        for (KnowledgeBase.Candidate c : d.candidates) {
            if (c.entry().kind() == Entry.Kind.PERSON && !c.partial()) {
                return c.entry();
            }
        }
        return null;
    }

    private void resolveName(Draft d, Map<String, Integer> countryWeight) {
        String fullName = d.end - d.start == 1 ? fullNames.getOrDefault(d.name, firstNames.get(d.name)) : null;
        if (d.candidates.isEmpty()) {
            // a surname alone is the person named in full elsewhere in the article
            d.actorKey = d.type == EntityType.PERSON && fullName != null ? fullName
                    : "name:" + d.type + ":" + d.name;
            linkEntry(d);
            return;
        }
        // "Santos said" after "President Juan Manuel Santos": the person, not the town the word also names
        if (fullName != null && (d.surnameOnly() || d.tagged == EntityType.PERSON)) {
            d.actorKey = fullName;
            linkEntry(d);
            return;
        }
        Entry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (KnowledgeBase.Candidate c : d.candidates) {
            Entry e = c.entry();
            if (c.partial() && !surnameStandsAlone(d, e)) {
                continue;
            }
            double score = Context.priority(e) * 1000;
            // the tagger read the name in its sentence: a reading of its type comes first
            if (d.tagged != null && d.tagged == e.type()) {
                score += 3000;
            }
            if (actors.containsKey(e.id())) {
                score += 5000;
            }
            if (e.kind() == Entry.Kind.PERSON) {
                score += e.officeOn(date) != null ? 100 : 0;
                // of namesakes who all held office then (or, with no date, at all), the one who held it longer
                // is the likelier meant: "Mubarak" alone is Hosni Mubarak
                score += Math.min(40, e.yearsInOffice(date != null ? date : kb.asOf()));
                if (d.title != null && d.title.country() != null && d.title.country().equals(e.country())) {
                    score += 200;
                }
            }
            // the article's countries count, with diminishing returns; a capital outweighs a namesake town
            if (e.country() != null) {
                score += 10 * Math.log(1 + countryWeight.getOrDefault(e.country(), 0)) / Math.log(2);
            }
            if (e.id().startsWith("capitals/")) {
                score += CAPITAL_BONUS;
            }
            // a city ten times larger outweighs two mentions of a namesake town's country ("Geneva" in a report
            // that names Americans is the Swiss city, not the one in Illinois)
            score += POPULATION_WEIGHT * Math.log10(1 + e.population());
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        if (best == null || isUnsupportedSmallPlace(d, best, countryWeight)) {
            return;
        }
        d.entry = best;
        // the tagger's reading of the sentence types the mention, but for a seat of power or a body named by
        // another name: "the Kremlin said" names a body, whatever a place it also is
        boolean metonym = best.kind() == Entry.Kind.SEAT || best.kind() == Entry.Kind.METONYM;
        d.type = d.tagged != null && !metonym ? d.tagged : best.type();
        d.actorKey = best.id();
    }

    /** A surname with a known full name elsewhere takes that person's knowledge-base entry. */
    private void linkEntry(Draft d) {
        if (d.actorKey != null && !d.actorKey.startsWith("name:")) {
            for (Draft o : drafts) {
                if (o.kind == MentionKind.NAME && d.actorKey.equals(o.actorKey == null ? personKey(o) : o.actorKey)) {
                    Entry e = personCandidate(o);
                    if (e != null) {
                        d.entry = e;
                        d.type = EntityType.PERSON;
                        return;
                    }
                }
            }
        }
    }

    private String personKey(Draft o) {
        Entry e = personCandidate(o);
        return e == null ? null : e.id();
    }

    /**
     * A surname alone names a known person when a title stands before it ("President Erdogan"), or when it
     * is not a common word or a given name and the person held office on the article's date.
     */
    private boolean surnameStandsAlone(Draft d, Entry person) {
        if (d.title != null) {
            return d.title.country() == null || d.title.country().equals(countryOn(person));
        }
        String w = ts.get(d.start).text();
        if (words.is(w, NameWords.Class.STOP) || kb.isGivenName(w)) {
            return false;
        }
        return date == null || person.officeOn(date) != null;
    }

    private String countryOn(Entry person) {
        var o = person.officeOn(date);
        return o != null && o.country() != null ? o.country() : person.country();
    }

    /**
     * A small town whose name is a single word ("Summit", "Post") is kept only when a preposition of place
     * introduces it or its country is named in the article: otherwise it is likelier a common word.
     */
    private boolean isUnsupportedSmallPlace(Draft d, Entry e, Map<String, Integer> countryWeight) {
        if (e.kind() != Entry.Kind.PLACE || d.end - d.start > 1 || e.population() >= SMALL_PLACE
                || d.tagged != null) {
            return false;
        }
        if (e.id().startsWith("capitals/")) {
            return false;
        }
        boolean locative = d.start > 0 && LOCATIVE.contains(ts.get(d.start - 1).lower());
        return !locative && countryWeight.getOrDefault(e.country(), 0) == 0;
    }

    /**
     * The actor a body or group named by its role alone refers back to: the last one before it, of its type, whose
     * name has the role's word ("the ministry" after "Ethiopia's Ministry of Foreign Affairs"); or null.
     */
    private String antecedentOf(Draft d) {
        String[] words = d.title.phrase().split(" ");
        String found = null;
        for (Draft o : drafts) {
            if (o == d) {
                break;
            }
            if (o.actorKey != null && !o.bare && o.type == d.type && o.kind != MentionKind.PRONOUN
                    && holdsWords(o, words)) {
                found = o.actorKey;
            }
        }
        return found;
    }

    /** True when the tokens of {@code o} hold {@code words} in a row, in any case. */
    private boolean holdsWords(Draft o, String[] words) {
        for (int i = o.start; i + words.length <= o.end; i++) {
            int k = 0;
            while (k < words.length && ts.get(i + k).lower().equals(words[k])) {
                k++;
            }
            if (k == words.length) {
                return true;
            }
        }
        return false;
    }

    /** {@code the Russian president}: the person of that country and title met last, else the office holder. */
    private void resolveNominal(Draft d) {
        Title t = d.title;
        List<Draft> before = new ArrayList<>();
        for (Draft o : drafts) {
            if (o == d) {
                break;
            }
            if (o.actorKey != null && o.type == EntityType.PERSON && o.kind == MentionKind.NAME) {
                before.add(o);
            }
        }
        // (an actor named many times is tried once: the answer is the same for each of its names)
        Set<String> tried = new HashSet<>();
        for (int k = before.size() - 1; k >= 0; k--) {
            if (!tried.add(before.get(k).actorKey)) {
                continue;
            }
            ActorDraft ac = actors.get(before.get(k).actorKey);
            if (matches(ac, t)) {
                d.actorKey = before.get(k).actorKey;
                return;
            }
        }
        if (t.country() == null && ofHome(t) && !(d.end < ts.size() && ts.get(d.end).is("of"))) {
            // "the president", "the interior minister" of an article about one country: that country's; not
            // "the president of the teachers' union"
            t = t.withCountry(home);
            d.title = t;
        }
        if (date != null && t.country() != null) {
            for (Entry e : kb.people(t.country())) {
                var o = e.officeOn(date);
                if (o != null && t.country().equals(o.country()) && o.title() != null
                        && o.title().toLowerCase(Locale.ROOT).equals(t.phrase())) {
                    d.entry = e;
                    d.actorKey = e.id();
                    return;
                }
            }
        }
        if (t.country() != null) {
            d.actorKey = "nominal:" + t.country() + ":" + t.phrase();
        }
    }

    private boolean matches(ActorDraft ac, Title t) {
        String country = countryOf(ac);
        if (t.country() != null && !t.country().equals(country)) {
            return false;
        }
        if (GENERIC_ROLES.contains(t.phrase())) {
            return t.country() != null || ac.hasTitle(t.phrase());
        }
        return ac.hasTitle(t.phrase());
    }

    /**
     * He, she: a person of this or the last few sentences, the subject first. A person named inside a
     * quotation is not what "he" outside it refers to ("'We met Minister Dahl,' he said").
     */
    private void resolvePronoun(Draft d) {
        // in the same sentence, the first person before the pronoun
        for (Draft o : drafts) {
            if (o == d || o.start > d.start) {
                break;
            }
            if (o.sentence == d.sentence && antecedent(o, d)) {
                d.actorKey = o.actorKey;
                return;
            }
        }
        // else the first person of the closest sentence before that has one
        for (int s = d.sentence - 1; s >= Math.max(0, d.sentence - PRONOUN_REACH); s--) {
            for (Draft o : drafts) {
                if (o.sentence == s && antecedent(o, d)) {
                    d.actorKey = o.actorKey;
                    return;
                }
            }
        }
    }

    private boolean antecedent(Draft o, Draft pronoun) {
        // a group ("workers", "lawmakers") is no "he" or "she"
        return o.actorKey != null && o.type == EntityType.PERSON && !o.group
                && (quoted[pronoun.start] || !quoted[o.start]);
    }

    // ---- output ---------------------------------------------------------------------------------

    Analysis build() {
        Map<String, String> ids = new HashMap<>();
        List<Actor> actorList = new ArrayList<>();
        for (ActorDraft ac : actors.values()) {
            String id = "a" + (actorList.size() + 1);
            ids.put(ac.key(), id);
            actorList.add(code(ac, id));
        }
        addCountriesOfDescriptions(actorList);
        List<Mention> mentions = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.actorKey == null) {
                continue;
            }
            Span span = new Span(ts.get(d.start).start(), ts.get(d.end - 1).end());
            mentions.add(new Mention("m" + (mentions.size() + 1), span, a.covered(span), d.type, d.kind,
                    ids.get(d.actorKey)));
        }
        return a.withEntities(mentions, actorList);
    }

    /**
     * A country the text names only inside a description of its people or bodies ("Chinese police", "Zimbabwe's
     * government", "Kenyan church leaders") is an actor too: what is done to it may be told without its name
     * ("Chinese police detained dissidents": to China). These actors follow the others, each with the span of
     * the first description that names it, and have no mention of their own.
     */
    private void addCountriesOfDescriptions(List<Actor> actorList) {
        Set<String> present = new HashSet<>();
        for (Actor ac : actorList) {
            Entry country = ac.country() == null ? null : kb.country(ac.country());
            if (country != null && country.id().equals(ac.kb())) {
                present.add(ac.country());
            }
        }
        int n = 0;
        List<Actor> implied = new ArrayList<>();
        for (ActorDraft ac : actors.values()) {
            Actor coded = actorList.get(n++);
            Entry country = coded.country() == null ? null : kb.country(coded.country());
            if (coded.kb() != null || ac.bareOnly() || country == null || !present.add(coded.country())) {
                continue;
            }
            implied.add(new Actor("a" + (actorList.size() + implied.size() + 1), country.name(),
                    EntityType.LOCATION, coded.country(), coded.country(), null, country.id(), coded.span()));
        }
        actorList.addAll(implied);
    }

    /** True when "former" or "ex-" stands before the title, past a nationality: "former British Prime Minister". */
    private boolean formerTitle(Title t) {
        for (int k = t.start(); k >= 0 && k >= t.start() - 3; k--) {
            if (ts.get(k).isIgnoreCase("former") || ts.get(k).isIgnoreCase("ex")) {
                return true;
            }
            if (!ts.get(k).is("-") && !ts.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private Actor code(ActorDraft ac, String id) {
        Draft first = ac.drafts.get(0);
        Draft named = ac.name();
        Entry e = ac.entry();
        Span span = new Span(ts.get(first.start).start(), ts.get(first.end - 1).end());
        if (e != null) {
            String code = e.code();
            String country = e.country();
            String role = null;
            var office = e.officeOn(date);
            Title title = ac.title();
            if (date == null && title != null && e.offices().size() > 1 && !"ELI".equals(title.role())
                    && !formerTitle(title)) {
                // undated: the office the text names by its title or country, else the latest
                var titled = e.officeTitled(title.country(), title.phrase());
                office = titled != null ? titled : office;
            }
            if (office != null) {
                code = office.code();
                country = office.country();
                role = office.role();
            } else if (e.type() == EntityType.PERSON) {
                Title t = ac.title();
                role = t == null ? null : t.role();
                code = country == null ? null : country + (role == null ? "" : role);
            } else if (code != null && code.length() > 3) {
                role = code.substring(3);
            }
            if (code != null && (code.startsWith("IGO") || code.startsWith("NGO"))) {
                country = null;
                role = code.substring(0, 3);
            }
            if (e.type() == EntityType.LOCATION && country != null) {
                // a place is coded with the country it was part of on the article's date: Juba before 2011 is SDN
                String then = kb.countryOn(country, date);
                code = country.equals(code) ? then : code;
                country = then;
            }
            return new Actor(id, e.name(), e.type(), code, country, role, e.id(), span);
        }
        Draft described = named != null ? named : ac.described();
        String name = a.covered(new Span(ts.get(described.start).start(), ts.get(described.end - 1).end()));
        EntityType type = named != null ? named.type : first.type;
        String country = null;
        String role = null;
        Entry body = named == null ? null : bodyOfTitle(named);
        if (body != null) {
            // "UN Secretary-General", "OSCE Chairman": the office of an international body is coded as the body
            return new Actor(id, name, type, body.code(), null, body.code().substring(0, 3), null, span);
        }
        if (ac.bareOnly() && home == null) {
            // "police", "the government", "protesters" in an article about no one country: whose they are is
            // not told; the actor is a body or group of its role, of no country
            return new Actor(id, name, type, null, null, ac.title().role(), null, span);
        }
        if (type == EntityType.PERSON) {
            Title t = ac.title();
            country = t != null && t.country() != null ? t.country() : sideCountry[first.sentence];
            role = t == null ? null : t.role();
            if (country == null && "GOV".equals(role)) {
                // "Opposition groups in Zimbabwe urged President X to ...": an office-holder the knowledge base
                // does not know holds office in the one country his sentence names
                country = soleCountry(first.sentence, ac);
            }
            if (country == null && t != null && ofHome(t) && isStateRole(t.role()) && ownTitle(t, named)) {
                // else in the country the article is about
                country = home;
            }
        } else if (type == EntityType.ORGANIZATION) {
            // "Brussels police", "the Sudanese army": the agency's country and role
            Title t = ac.title();
            if (t != null) {
                country = t.country();
                role = t.role();
            }
            Draft words = named != null ? named : first;
            for (int i = words.start; i < words.end && country == null; i++) {
                PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, words.end);
                country = adj != null ? adj.values().get(0) : titles.countryNamed(ts, i, words.end);
            }
            // a body's role that is the article's country's when named alone ("Interior Ministry"), not a title's
            // inside a name ("Agriculture Commissioner")
            boolean homeBody = t != null && t.role() != null && isHomeRole(t.phrase());
            for (int i = words.start; i < words.end && role == null; i++) {
                PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, i, words.end);
                role = r == null ? null : r.values().get(0).role();
                // the role is the name's head noun: "Interior Ministry", not "Government Affairs Institute"
                homeBody = r != null && r.end() == words.end && r.values().get(0).type() == EntityType.ORGANIZATION
                        && r.values().get(0).homeGroup();
            }
            if (country == null && role != null) {
                // "the Kachin Independence Army ... in Myanmar": a body of a known kind the knowledge base does
                // not know belongs to the one country its sentence names
                country = soleCountry(first.sentence, ac);
            }
            if (country == null && homeBody) {
                // "the Interior Ministry", "the Supreme Court": else a state body of the country the article is about
                country = home;
            }
        }
        String code = country == null ? null : country + (role == null ? "" : role);
        return new Actor(id, name, type, code, country, role, null, span);
    }

    /**
     * The international body whose title the name is: a name the knowledge base knows for an IGO or NGO, then the
     * title of one of its officials, to the end ("UN Secretary-General"); or null.
     */
    private Entry bodyOfTitle(Draft d) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(ts, d.start, d.end);
        if (m == null || m.end() >= d.end || m.values().get(0).partial()) {
            return null;
        }
        Entry e = m.values().get(0).entry();
        if (e.code() == null || !(e.code().startsWith("IGO") || e.code().startsWith("NGO"))) {
            return null;
        }
        PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, m.end(), d.end);
        return r != null && r.end() == d.end && r.values().get(0).type() == EntityType.PERSON ? e : null;
    }

    /** True when an official of title {@code t} named without a country is of the country the article is about. */
    private boolean ofHome(Title t) {
        return t.role() != null && isHomeRole(t.phrase());
    }

    /** True when the article is about one country and the role {@code phrase} named alone is of it. */
    private boolean isHomeRole(String phrase) {
        if (home == null || phrase == null) {
            return false;
        }
        for (RoleTitle r : kb.roles().get(Tokenizer.INSTANCE.words(phrase))) {
            if (r.homeTitle()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when title {@code t} stands alone before the name {@code named}: "President X", not "WHO
     * Director-General X" or "SEIU President X" (some body's), nor "X, the president of Y" (an apposition).
     */
    private boolean ownTitle(Title t, Draft named) {
        int p = t.start();
        if (named == null || p < 0 || p >= named.start) {
            return false;
        }
        // no name or short form of a body in the title: not "SEIU President X", the union's
        for (int k = p; k < named.start; k++) {
            if (covered[k] || isShortForm(ts.get(k).text())) {
                return false;
            }
        }
        boolean sentenceStart = a.sentences().get(named.sentence).firstToken() == p;
        return p == 0 || sentenceStart || !covered[p - 1] && !(ts.get(p - 1).isCapitalized() && ts.get(p - 1).isWord());
    }

    /** The roles of a state or of its opposition, whose officials a named person's title makes him. */
    private static boolean isStateRole(String role) {
        return role != null && (NameFinder.STATE_ROLES.contains(role) || "OPP".equals(role));
    }

    /** The one country the places and bodies of a sentence belong to, other than {@code self}; else null. */
    private String soleCountry(int sentence, ActorDraft self) {
        String found = null;
        for (Draft o : drafts) {
            // a body named alone has the article's country, which says nothing of the sentence's
            if (o.sentence != sentence || o.actorKey == null || o.type == EntityType.PERSON || o.bare) {
                continue;
            }
            ActorDraft other = actors.get(o.actorKey);
            if (other == null || other == self) {
                continue;
            }
            String c = countryOf(other);
            if (c == null) {
                continue;
            }
            if (found != null && !found.equals(c)) {
                return null;
            }
            found = c;
        }
        return found;
    }

    private String countryOf(ActorDraft ac) {
        if (ac == null) {
            return null;
        }
        Entry e = ac.entry();
        if (e != null) {
            var o = e.officeOn(date);
            return o != null ? o.country() : e.country();
        }
        Title t = ac.title();
        if (t != null && t.country() != null) {
            return t.country();
        }
        return sideCountry[ac.drafts.get(0).sentence];
    }
}

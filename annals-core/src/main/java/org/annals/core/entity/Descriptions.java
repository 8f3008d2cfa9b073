package org.annals.core.entity;

import java.util.List;
import java.util.ArrayList;
import java.util.Set;

import org.annals.core.kb.Entry;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.Lookups;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.RoleTitle;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;

/**
 * Finds descriptions of people ("the Turkish president", "his Chilean counterpart") and personal pronouns,
 * in the tokens that no name covers. Which actor they refer to is the resolver's work.
 */
final class Descriptions {

    private static final Set<String> PRONOUNS = Lookups.set("he", "him", "his", "she", "her", "hers");
    private static final Set<String> DETERMINERS = Lookups.set("the", "his", "her", "its", "their");
    private static final Set<String> POSSESSIVE = Lookups.set("'s", "'");
    private static final Set<String> ROLE_PREPOSITIONS = Lookups.set("of", "from", "in");
    /**
     * Words before a role noun that make it some body or other, or someone's, or another country's, rather than
     * the article's own ("a court", "their government", "foreign troops").
     */
    private static final Set<String> NOT_THE_OWN = Lookups.set("a", "an", "another", "any", "each", "every", "no",
            "some", "his", "her", "its", "their", "our", "your", "my", "whose", "which", "what", "one", "many",
            "several", "other", "foreign", "former", "both", "neither", "either", "rival", "interim", "new");

    
    private final NameWords words;
    private final KnowledgeBase kb;
    private final Context ctx;
    private final Analysis a;
    private final List<Token> ts;
    private final boolean[] covered;

    Descriptions(KnowledgeBase kb, NameWords words, Context ctx) {
        this.kb = kb;
        this.words = words;
        this.ctx = ctx;
        this.a = ctx.a;
        this.ts = ctx.ts;
        this.covered = ctx.covered;
    }

    /**
     * Groups named by nationality and role: "Israeli soldiers", "Afghan rebels", "a Palestinian prisoner",
     * "Hungarian and Romanian officials" (one group per nationality). Each is an actor of its own, coded with the
     * country and the role; not a person named elsewhere.
     */
    void scanGroups(int si) {
        Sentence s = a.sentences().get(si);
        int end = s.endToken();
        for (int i = s.firstToken(); i < end; i++) {
            // after a determiner it is a description of someone ("the Russian president"), read later
            if (covered[i] || (i > s.firstToken()
                    && DETERMINERS.contains(ts.get(i - 1).lower()))) {
                continue;
            }
            // the nationalities, coordinated: "Hungarian and Romanian", "Serb, Croat and Muslim"
            List<int[]> adjs = new ArrayList<>();
            List<String> countries = new ArrayList<>();
            int j = i;
            while (j < end && !covered[j]) {
                PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, j, end);
                if (adj == null) {
                    break;
                }
                adjs.add(new int[] {j, adj.end()});
                countries.add(adj.values().get(0));
                j = adj.end();
                if (j + 1 < end && (ts.get(j).is("and") || ts.get(j).is(","))
                        && kb.adjectives().longest(ts, j + 1, end) != null) {
                    j++;
                    continue;
                }
                break;
            }
            if (adjs.isEmpty()) {
                countryBeforeRole(si, i, end);
                continue;
            }
            PhraseIndex.Match<RoleTitle> r = j < end && !covered[j] ? kb.roles().longest(ts, j, end) : null;
            if (r == null && j + 1 < end && modifierOfPeople(j, end)) {
                // "Russian naval forces", "Chinese riot police": one lower-case word may qualify the role
                r = kb.roles().longest(ts, j + 1, end);
            }
            if (r == null && adjs.size() == 1 && isPeopleWord(j, end)) {
                // "Iraqi Kurds", "Syrian Christians": a people of a country, named by its plural
                Draft d = ctx.add(adjs.get(0)[0], j + 1, si, EntityType.PERSON, MentionKind.NOMINAL);
                d.title = new Title(null, countries.get(0), ts.get(j).lower(), adjs.get(0)[0]);
                d.group = true;
                i = j;
                continue;
            }
            // "Mexican cartel gunmen", "Kenyan army officers": people of a body, of the body's role
            PhraseIndex.Match<RoleTitle> members = r != null && r.values().get(0).type() == EntityType.ORGANIZATION
                    && !plural(r.end() - 1, r.values().get(0)) && r.end() < end ? peopleAt(r.end(), end) : null;
            int roleEnd = members != null ? members.end() : r != null ? r.end() : -1;
            // "Nigerian trade unions", "Iraqi militias": bodies of a country in the plural are a group of them
            boolean bodies = r != null && members == null && r.values().get(0).type() == EntityType.ORGANIZATION
                    && plural(r.end() - 1, r.values().get(0));
            if (r == null || r.values().get(0).type() != EntityType.PERSON && !bodies && members == null) {
                // "Palestinians", "Kurds": a people named by its plural demonym
                int[] last = adjs.get(adjs.size() - 1);
                if (adjs.size() == 1 && ts.get(last[1] - 1).text().endsWith("s") && ts.get(last[0]).isCapitalized()) {
                    Draft d = ctx.add(last[0], last[1], si, EntityType.PERSON, MentionKind.NOMINAL);
                    d.title = new Title(null, countries.get(0), "people", last[0]);
                    d.group = true;
                    i = last[1] - 1;
                }
                continue;
            }
            boolean titleOfName = roleEnd < end && ts.get(roleEnd).isCapitalized() && ts.get(roleEnd).isWord();
            boolean titleCase = ts.get(j).isCapitalized();
            if (titleOfName || titleCase) {
                // "Russian President Vladimir Putin", "Foreign Minister": a title, not a group
                continue;
            }
            RoleTitle role = r.values().get(0);
            for (int k = 0; k < adjs.size(); k++) {
                int to = k == adjs.size() - 1 ? roleEnd : adjs.get(k)[1];
                Draft d = ctx.add(adjs.get(k)[0], to, si, bodies ? EntityType.ORGANIZATION : EntityType.PERSON,
                        MentionKind.NOMINAL);
                d.title = new Title(role.role(), countries.get(k), role.phrase(), adjs.get(k)[0]);
                d.group = true;
            }
            i = roleEnd - 1;
        }
    }

    /** People of a role at token {@code k} ("gunmen", "officers"), or null. */
    private PhraseIndex.Match<RoleTitle> peopleAt(int k, int end) {
        PhraseIndex.Match<RoleTitle> p = covered[k] ? null : kb.roles().longest(ts, k, end);
        return p != null && p.values().get(0).type() == EntityType.PERSON ? p : null;
    }

    /**
     * True when token {@code k} is a capitalised adjective of a people or a creed that no name covers, first in
     * its sentence or after a lower-case word: "Kurdish", "Maoist", "Islamist", "Tamil" ("Kurdish rebels").
     */
    private boolean creedAdjective(int k, int first) {
        Token t = ts.get(k);
        return !covered[k] && t.isWord() && t.isCapitalized() && (k == first || !ts.get(k - 1).isCapitalized())
                && kb.adjectives().longest(ts, k, k + 1) == null && words.is(t.text(), NameWords.Class.CREED);
    }

    /** True when token {@code k}, the last word of a role's phrase, is its plural: "unions", not "union". */
    private boolean plural(int k, RoleTitle role) {
        return role.isPluralForm(ts.get(k).text());
    }

    /**
     * True when token {@code j} is a lower-case word, no role of its own nor a verb's form, that qualifies people
     * of a role in the plural right after it: "naval" in "naval forces", "riot" in "riot police".
     */
    private boolean modifierOfPeople(int j, int end) {
        Token t = ts.get(j);
        String w = t.lower();
        if (covered[j] || !t.isWord() || t.isCapitalized() || w.endsWith("ed") || w.endsWith("ing")
                || words.is(w, NameWords.Class.AFTER_SUBJECT)) {
            return false;
        }
        PhraseIndex.Match<RoleTitle> r = peopleAt(j + 1, end);
        return r != null && (plural(r.end() - 1, r.values().get(0)) || r.values().get(0).isPluralOnly());
    }

    /**
     * True when token {@code j} is a capitalised plural that no name covers and no capitalised word follows: a
     * people ("Kurds", "Christians"), not the first word of a name ("Kurdish Workers Party").
     */
    private boolean isPeopleWord(int j, int end) {
        if (j >= end || covered[j]) {
            return false;
        }
        Token t = ts.get(j);
        String w = t.text();
        return t.isWord() && t.isCapitalized() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && (j + 1 >= end || !(ts.get(j + 1).isWord() && ts.get(j + 1).isCapitalized()));
    }

    /** "Ivory Coast rebels", "Sudan's army": a role noun right after a country's name makes a group of it. */
    private void countryBeforeRole(int si, int i, int end) {
        if (i == 0 || covered[i] || !covered[i - 1]) {
            return;
        }
        // "Kenya former officials"
        int at = ts.get(i).is("former") && i + 1 < end && !covered[i + 1] ? i + 1 : i;
        PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, at, end);
        if (r == null || r.values().get(0).type() != EntityType.PERSON || ts.get(at).isCapitalized()) {
            return;
        }
        Draft name = nameAt(i, false);
        // "Washington officials", "Kyiv authorities": a capital stands for its country's government
        String country = countryOf(name) != null ? countryOf(name) : capitalOf(name);
        if (country == null) {
            return;
        }
        RoleTitle role = r.values().get(0);
        Draft d = ctx.add(i, r.end(), si, EntityType.PERSON, MentionKind.NOMINAL);
        // "former Kenyan officials", "Kenya former officials": those who held the role are elites (CAMEO's ELI)
        boolean former = at > i || name.start > 0 && ts.get(name.start - 1).lower().equals("former")
                && !covered[name.start - 1];
        d.title = title(role, country, i, former);
        d.group = true;
    }

    /**
     * A nationality that is none of the above ("rejected an Australian ultimatum", "Palestinian civil unrest")
     * refers to its country: a mention of the country, so that events can name it.
     */
    void scanNationalities(int si) {
        Sentence s = a.sentences().get(si);
        int end = s.endToken();
        for (int i = s.firstToken(); i < end; i++) {
            if (covered[i] || !ts.get(i).isCapitalized()) {
                continue;
            }
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, end);
            if (adj == null || anyCovered(i, adj.end())) {
                continue;
            }
            // before a capitalised word it belongs to a title or a name ("Indonesian President Joko Widodo")
            if (adj.end() < end && ts.get(adj.end()).isWord() && ts.get(adj.end()).isCapitalized()) {
                continue;
            }
            Draft d = ctx.add(i, adj.end(), si, EntityType.LOCATION, MentionKind.NOMINAL);
            d.title = new Title(null, adj.values().get(0), "country", i);
            i = adj.end() - 1;
        }
    }

    /** Words by which news names a country already told of: "the kingdom", "the North". */
    private static final Set<String> EPITHETS = Set.of("kingdom", "emirate", "sultanate", "principality", "north",
            "south");

    /**
     * "The kingdom rejected", "the North fired": a word of a country's names after "the" stands for the country
     * told of last whose names have it (Saudi Arabia, the "Kingdom of Saudi Arabia"; North Korea), not for a name
     * that goes on ("the North Atlantic", "the Kingdom of Spain").
     */
    void scanEpithets(int si) {
        Sentence s = a.sentences().get(si);
        for (int i = s.firstToken(); i + 1 < s.endToken(); i++) {
            Token w = ts.get(i + 1);
            String word = w.lower();
            if (!ts.get(i).isIgnoreCase("the") || !EPITHETS.contains(word)
                    || (word.equals("north") || word.equals("south")) && !w.isCapitalized()
                    || i + 2 < s.endToken() && ts.get(i + 2).isWord() && ts.get(i + 2).isCapitalized()
                    || i + 3 < s.endToken() && ts.get(i + 2).is("of") && ts.get(i + 3).isCapitalized()) {
                continue;
            }
            Draft unknown = covered[i + 1] ? unknownNameAt(i + 1) : null;
            if (covered[i + 1] && unknown == null) {
                continue;
            }
            String country = lastCountryNamedWith(i, word);
            if (country != null) {
                // (the tagger may have read "the North" as a name of its own, which no one bears)
                ctx.drafts.remove(unknown);
                Draft d = ctx.add(i + 1, i + 2, si, EntityType.LOCATION, MentionKind.NOMINAL);
                d.title = new Title(null, country, "country", i + 1);
            }
        }
    }

    /** The draft of a one-word name at token {@code t} that the knowledge base does not know, or null. */
    private Draft unknownNameAt(int t) {
        for (Draft d : ctx.drafts) {
            if (d.start == t && d.end == t + 1 && d.kind == MentionKind.NAME && d.candidates.isEmpty()) {
                return d;
            }
        }
        return null;
    }

    /** The country of the last mention before token {@code t} whose names have {@code word}, or null. */
    private String lastCountryNamedWith(int t, String word) {
        Draft best = null;
        String found = null;
        for (Draft d : ctx.drafts) {
            if (d.start >= t || best != null && d.start <= best.start) {
                continue;
            }
            String c = d.title != null && "country".equals(d.title.phrase()) ? d.title.country()
                    : !d.candidates.isEmpty() && d.candidates.get(0).entry().kind() == Entry.Kind.COUNTRY
                    ? d.candidates.get(0).entry().country() : null;
            if (c != null && kb.countryNamedWith(c, word)) {
                best = d;
                found = c;
            }
        }
        return found;
    }

    private boolean anyCovered(int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    /** The title of a role of a country's; of those who held it, an elite's (CAMEO's ELI). */
    private static Title title(RoleTitle role, String country, int start, boolean former) {
        return former ? new Title("ELI", country, "former " + role.phrase(), start)
                : new Title(role.role(), country, role.phrase(), start);
    }

    void scanDescriptions(int si) {
        Sentence s = a.sentences().get(si);
        int end = s.endToken();
        for (int i = s.firstToken(); i < end; i++) {
            if (covered[i]) {
                continue;
            }
            Token t = ts.get(i);
            String lower = t.lower();
            if (PRONOUNS.contains(lower)) {
                ctx.add(i, i + 1, si, EntityType.PERSON, MentionKind.PRONOUN);
                continue;
            }
            // "Russia's foreign minister": a country's possessive says whose office, as "the Russian" does
            String owner = POSSESSIVE.contains(lower) ? countryEndingAt(i) : null;
            if (!DETERMINERS.contains(lower) && owner == null || i + 1 >= end) {
                continue;
            }
            int j = i + 1;
            String country = owner;
            PhraseIndex.Match<String> adj = owner != null ? null : kb.adjectives().longest(ts, j, end);
            if (adj != null) {
                country = adj.values().get(0);
                j = adj.end();
            }
            // "Nepal's Maoist rebels": a creed's adjective between the country's possessive and its people
            if (owner != null && j + 1 < end && !covered[j] && words.is(ts.get(j).text(), NameWords.Class.CREED)) {
                j++;
            }
            PhraseIndex.Match<RoleTitle> r = j < end ? kb.roles().longest(ts, j, end) : null;
            // "Iran's hardline judiciary", "Syria's powerful army": a word that qualifies the role after the
            // possessive
            if (r == null && owner != null && j + 1 < end && !covered[j] && ts.get(j).isWord()
                    && !ts.get(j).isCapitalized()) {
                r = kb.roles().longest(ts, j + 1, end);
                j = r == null ? j : j + 1;
            }
            // "Nepal's opposition", "Iran's judiciary": after a country's possessive, one of the bodies a country
            // has of its own too ("Ithilen's militia" may be anyone's)
            boolean body = r != null && owner != null && r.values().get(0).type() == EntityType.ORGANIZATION
                    && r.values().get(0).homeGroup() && !plural(r.end() - 1, r.values().get(0));
            if (r == null || covered[j] || r.values().get(0).type() != EntityType.PERSON && !body) {
                continue;
            }
            int after = r.end();
            boolean plural = plural(after - 1, r.values().get(0));
            boolean titleOfName = after < end && ts.get(after).isCapitalized() && ts.get(after).isWord();
            // "Russia's lawmakers", "Sudan's main opposition groups": a country's people of that role, a group
            boolean group = plural && owner != null;
            if (plural && !group || titleOfName) {
                continue;
            }
            RoleTitle role = r.values().get(0);
            // the possessive itself stays out of the mention: "Russia" is a mention of its own
            int from = owner != null ? i + 1 : i;
            Draft d = ctx.add(from, after, si, body ? EntityType.ORGANIZATION : EntityType.PERSON,
                    MentionKind.NOMINAL);
            // "Pakistan's former prime minister": who held the role is an elite (CAMEO's ELI)
            boolean former = owner != null && j > i + 1 && ts.get(j - 1).lower().equals("former");
            d.title = title(role, country, from, former);
            d.group = group;
            i = after - 1;
        }
    }

    /**
     * "The government said", "police arrested", "troops were deployed", "protesters blocked roads": a body named
     * by its role alone, or people in the plural, of a role that is then the article's country's ({@link
     * RoleTitle#homeGroup}). The country is left to the {@link Resolver}: that of the article, if it is about
     * one; else the mention is no actor.
     */
    void scanBareRoles(int si) {
        Sentence s = a.sentences().get(si);
        int first = s.firstToken();
        int end = s.endToken();
        for (int i = first; i < end; i++) {
            // lower case, or capitalised as the sentence's first word ("Police said", "The army said")
            boolean opening = i == first || i == first + 1 && ts.get(first).is("The");
            // ("Islamists": a creed's followers are written with a capital)
            if (covered[i] || !ts.get(i).isWord() || ts.get(i).isCapitalized() && !opening
                    && !words.is(ts.get(i).text(), NameWords.Class.CREED)) {
                continue;
            }
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, i, end);
            if (r == null || anyCovered(i, r.end()) || !r.values().get(0).homeGroup()) {
                continue;
            }
            RoleTitle role = r.values().get(0);
            boolean plural = plural(r.end() - 1, role);
            boolean institution = role.type() == EntityType.ORGANIZATION;
            boolean people = role.type() == EntityType.PERSON && (plural || role.isPluralOnly());
            // one body ("the army", not "armies"), or people in the plural ("soldiers"): "the president" is a
            // description, read by scanDescriptions
            if (institution ? plural : !people) {
                continue;
            }
            // "UN troops", "Wagner fighters": a name's; "troops of the African Union": named after it; "European
            // farmers", "Western troops": someone's qualified; "farmers' unions": a word about another noun
            // "Kurdish rebels", "Maoist guerrillas": a people's or a creed's adjective is no name; the group is
            // of the article's country, as a bare role is
            boolean creed = people && plural && i > first && creedAdjective(i - 1, first);
            boolean nameBefore = !creed && i > first
                    && (covered[i - 1] || ts.get(i - 1).isCapitalized() && i - 1 > first);
            boolean possessive = !institution && r.end() < end && ts.get(r.end()).text().startsWith("'");
            boolean other = i > first && NOT_THE_OWN.contains(ts.get(i - 1).lower());
            boolean nameAfter = r.end() < end && (ts.get(r.end()).isCapitalized() && ts.get(r.end()).isWord()
                    || ts.get(r.end()).is("of"));
            // ("rebels set fire": a plural is no noun's modifier, whatever word follows it)
            if (nameBefore || other || nameAfter || possessive || !plural && beforeANoun(r.end(), end)) {
                continue;
            }
            int from = creed ? i - 1 : i > first && ts.get(i - 1).lower().equals("the") ? i - 1 : i;
            Draft d = ctx.add(from, r.end(), si, institution ? EntityType.ORGANIZATION : EntityType.PERSON,
                    MentionKind.NOMINAL);
            d.title = new Title(role.role(), null, role.phrase(), from);
            d.group = !institution;
            d.bare = true;
            i = r.end() - 1;
        }
    }

    /**
     * True when the word at {@code k} is a noun the role word before it qualifies: "military aid", "army base",
     * "police custody" (no verb, auxiliary, adverb or preposition, which a subject would have after it).
     */
    private boolean beforeANoun(int k, int end) {
        if (k >= end || !ts.get(k).isWord() || ts.get(k).isCapitalized()) {
            return false;
        }
        String w = ts.get(k).lower();
        return !(w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")
                || words.is(w, NameWords.Class.AFTER_SUBJECT));
    }

    /** The country of the country's name that ends right before token {@code i}, or null. */
    private String countryEndingAt(int i) {
        return i == 0 || !covered[i - 1] ? null : countryOf(nameAt(i, false));
    }

    /** The name that starts at token {@code k} ({@code starts}) or ends right before it, or null. */
    private Draft nameAt(int k, boolean starts) {
        for (Draft d : ctx.drafts) {
            if ((starts ? d.start : d.end) == k && d.kind == MentionKind.NAME) {
                return d;
            }
        }
        return null;
    }

    /**
     * The country a name names when it is a country's name, or a region's ("Texas officials", "Crimea's
     * parliament": the region's country); null for any other name.
     */
    private static String countryOf(Draft d) {
        if (d == null) {
            return null;
        }
        String country = null;
        String region = null;
        for (var c : d.candidates) {
            if (c.entry().kind() == org.annals.core.kb.Entry.Kind.COUNTRY) {
                country = c.entry().country();
            } else if (c.entry().kind() == org.annals.core.kb.Entry.Kind.REGION && !c.partial()) {
                region = region == null ? c.entry().country() : region;
            }
        }
        return country != null ? country : region;
    }

    /** The country whose capital a name names, or null. */
    private static String capitalOf(Draft d) {
        if (d == null) {
            return null;
        }
        for (var c : d.candidates) {
            if (c.entry().id().startsWith("capitals/") && !c.partial()) {
                return c.entry().country();
            }
        }
        return null;
    }

    /**
     * People named by their role and, after "of", "from" or "in", their one country: "soldiers from Ukraine",
     * "the ambassadors of France", "lawmakers in Poland". A group coded with that country and role; with
     * several countries ("lawmakers in Poland and Hungary") the countries act themselves.
     */
    void scanRolesOfCountries(int si) {
        Sentence s = a.sentences().get(si);
        int end = s.endToken();
        for (int i = s.firstToken(); i < end; i++) {
            if (covered[i]) {
                continue;
            }
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, i, end);
            if (r == null || r.end() + 1 >= end || anyCovered(i, r.end())
                    || !ROLE_PREPOSITIONS.contains(ts.get(r.end()).lower())) {
                continue;
            }
            // "the government of Sudan", "the army of Chad": a state's institution, named by its country
            boolean institution = r.values().get(0).type() == EntityType.ORGANIZATION
                    && NameFinder.STATE_ROLES.contains(r.values().get(0).role()) && ts.get(r.end()).is("of")
                    && i > s.firstToken() && ts.get(i - 1).lower().equals("the");
            if (!institution && (r.values().get(0).type() != EntityType.PERSON
                    || !ts.get(r.end() - 1).text().endsWith("s"))) {
                continue;
            }
            EntityType type = institution ? EntityType.ORGANIZATION : EntityType.PERSON;
            int k = r.end() + 1;
            if (ts.get(k).is("the")) {
                k++;
            }
            List<Draft> names = countriesFrom(k, end);
            if (names.isEmpty()) {
                continue;
            }
            // "the ambassadors of France": the determiner belongs to the group's mention
            int from = i > s.firstToken() && ts.get(i - 1).lower().equals("the") && !covered[i - 1] ? i - 1 : i;
            RoleTitle role = r.values().get(0);
            if (names.size() == 1) {
                Draft d = ctx.add(from, r.end(), si, type, MentionKind.NOMINAL);
                d.title = new Title(role.role(), countryOf(names.get(0)), role.phrase(), from);
                d.group = !institution;
                i = r.end() - 1;
                continue;
            }
            // "the ambassadors of France, Italy and Spain": each country's name stands for its own group, the
            // first together with the role words before it
            for (int n = 0; n < names.size(); n++) {
                Draft name = names.get(n);
                ctx.drafts.remove(name);
                int start = n == 0 ? from : name.start;
                Draft d = ctx.add(start, name.end, si, type, MentionKind.NOMINAL);
                d.title = new Title(role.role(), countryOf(name), role.phrase(), start);
                d.group = !institution;
            }
            i = names.get(names.size() - 1).end - 1;
        }
    }

    /**
     * "Danish officials and soldiers", "the Danish government and media": a role joined with "and" to a country's
     * group or institution is that country's too, a group (or an institution) of its own.
     */
    void scanCoordinatedRoles() {
        // (one pass over the mentions, each in its own sentence; those added are read in their turn)
        for (int n = 0; n < ctx.drafts.size(); n++) {
            Draft first = ctx.drafts.get(n);
            int si = first.sentence;
            int end = a.sentences().get(si).endToken();
            int k = first.end;
            if (first.kind != MentionKind.NOMINAL || first.title == null
                    || first.title.country() == null || first.title.role() == null || k + 1 >= end
                    || !ts.get(k).is("and") || covered[k + 1]) {
                continue;
            }
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, k + 1, end);
            if (r == null || anyCovered(k + 1, r.end()) || ts.get(k + 1).isCapitalized()
                    || r.end() < end && ts.get(r.end()).isCapitalized() && ts.get(r.end()).isWord()) {
                continue;
            }
            RoleTitle role = r.values().get(0);
            if (role.role().equals(first.title.role())) {
                // "Israeli helicopters and tanks": the same body's means, one actor
                continue;
            }
            boolean institution = role.type() == EntityType.ORGANIZATION;
            Draft d = ctx.add(k + 1, r.end(), si, institution ? EntityType.ORGANIZATION : EntityType.PERSON,
                    MentionKind.NOMINAL);
            d.title = new Title(role.role(), first.title.country(), role.phrase(), k + 1);
            d.group = !institution;
        }
    }

    /**
     * The countries' names of a list that starts at token {@code k} ("France", "France and Italy", "France,
     * Italy, and Spain"), in order; empty when a name of the list is no country's, or none starts there.
     */
    private List<Draft> countriesFrom(int k, int end) {
        List<Draft> out = new ArrayList<>();
        while (true) {
            Draft name = k < end ? nameAt(k, true) : null;
            if (countryOf(name) == null) {
                return List.of();
            }
            out.add(name);
            int j = name.end;
            boolean comma = j < end && ts.get(j).is(",");
            if (comma) {
                j++;
            }
            boolean and = j < end && ts.get(j).is("and");
            if (and) {
                j++;
            }
            if (!comma && !and) {
                return out;
            }
            k = j;
        }
    }

}

package org.annals.core.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Entry;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.Lookups;
import org.annals.core.kb.Office;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.RoleTitle;
import org.annals.core.match.Headlines;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;
import org.annals.core.tag.WordClusters;

/**
 * Finds the names of a document: knowledge-base names (countries, places, organisations, people, seats of
 * power), agencies ("the Sudanese army"), and capitalised sequences the knowledge base does not know that a
 * given name, a title or an organisation's head word makes a name; then surnames that repeat a person named in
 * full. Titles and appositions before and after a person's name are read on the way.
 */
final class NameFinder {

    private static final Set<String> SIDE_WORDS = Lookups.set("side", "delegation", "team", "officials", "government",
            "authorities", "leadership");
    /** Tells common words (used in lower case) from names. */
    private static final WordClusters CLUSTERS = WordClusters.builtin();
    static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");
    /** Bodies of a government named by their portfolio: "the external affairs ministry". */
    private static final Set<String> PORTFOLIO_BODIES = Set.of("ministry", "department");

    private final KnowledgeBase kb;
    private final NameWords words;
    private final Titles titles;
    private final Context ctx;
    private final Analysis a;
    private final List<Token> ts;
    private final List<Draft> drafts;
    private final boolean[] covered;
    private final String[] sideCountry;

    NameFinder(KnowledgeBase kb, NameWords words, Titles titles, Context ctx) {
        this.kb = kb;
        this.words = words;
        this.titles = titles;
        this.ctx = ctx;
        this.a = ctx.a;
        this.ts = ctx.ts;
        this.drafts = ctx.drafts;
        this.covered = ctx.covered;
        this.sideCountry = ctx.sideCountry;
    }

    /** Which sentences are written in capitals (headlines): there capitals say nothing of names. */
    private boolean[] shouting;

    /**
     * Which sentences are headlines in title case ({@link Headlines}, with a common word among their capitals):
     * there capitals say little of names.
     */
    private boolean[] headline;

    /**
     * A tagged name that ends with a given name right before a tagged person gives the given name to the person:
     * "... Economic Cooperation Anton" + "Kotyakov" is "... Economic Cooperation" + "Anton Kotyakov".
     */
    private void giveGivenNamesToPeople() {
        for (int i = 0; i < ts.size(); i++) {
            int e = ctx.taggedEnd[i];
            if (e <= i + 1 || e >= ts.size() || !kb.isGivenName(ts.get(e - 1).text())
                    || ts.get(e).start() == ts.get(e - 1).end()) {
                continue;
            }
            int personEnd;
            if (ctx.taggedType[e] == EntityType.PERSON && ctx.taggedEnd[e] > e) {
                personEnd = ctx.taggedEnd[e];
            } else if (ctx.taggedEnd[e] == 0 && ts.get(e).isWord() && ts.get(e).isCapitalized()
                    && !words.is(ts.get(e).text(), NameWords.Class.STOP)) {
                // the surname the tagger left out: "... Cooperation Anton" + "Kotyakov"
                personEnd = e + 1;
            } else {
                continue;
            }
            ctx.taggedEnd[e] = 0;
            ctx.taggedType[e] = null;
            ctx.taggedEnd[e - 1] = personEnd;
            ctx.taggedType[e - 1] = EntityType.PERSON;
            ctx.taggedEnd[i] = e - 1;
        }
    }

    /**
     * A nationality the tagger read apart right before an organisation's name that ends in its head word is the
     * first word of that name: "Brazilian" + "Plastic Surgery Society", "British" + "Airways".
     */
    private void joinNationalitiesToOrganisations() {
        for (int i = 0; i < ts.size(); i++) {
            int e = ctx.taggedEnd[i];
            if (e <= i || ctx.taggedType[i] != null || e >= ts.size() || ctx.taggedType[e] != EntityType.ORGANIZATION
                    || ts.get(e).start() == ts.get(e - 1).end()) {
                continue;
            }
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, e);
            int orgEnd = ctx.taggedEnd[e];
            if (adj != null && adj.end() == e && words.is(ts.get(orgEnd - 1).text(), NameWords.Class.ORG_HEAD)) {
                ctx.taggedEnd[i] = orgEnd;
                ctx.taggedType[i] = EntityType.ORGANIZATION;
                ctx.taggedEnd[e] = 0;
                ctx.taggedType[e] = null;
            }
        }
    }

    void scanNames(int si) {
        if (shouting == null) {
            joinNationalitiesToOrganisations();
            giveGivenNamesToPeople();
            shouting = new boolean[a.sentences().size()];
            for (int k = 0; k < shouting.length; k++) {
                shouting[k] = isShouting(a.sentences().get(k));
            }
            headline = Headlines.titleCase(a.sentences(), ts);
            for (int k = 0; k < headline.length; k++) {
                // && asks it only of the sentences in title case (&= read every sentence's words)
                headline[k] = headline[k] && hasCommonWord(a.sentences().get(k));
            }
        }
        Sentence s = a.sentences().get(si);
        if (ctx.inHeader(s)) {
            return;
        }
        int end = s.endToken();
        sideCountry[si] = sideCountry(s);
        int i = s.firstToken();
        while (i < end) {
            Token t = ts.get(i);
            PhraseIndex.Match<KnowledgeBase.Candidate> shared = sharedTail(i, end);
            if (shared != null) {
                known(si, shared, typeOf(shared.values()), end);
                i = shared.end();
                continue;
            }
            if (ctx.taggedEnd[i] > i) {
                i = tagged(si, i, end);
                continue;
            }
            if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) {
                // "al-Qaeda", "al-Shabaab": an Arabic article joined to a name the knowledge base knows
                PhraseIndex.Match<KnowledgeBase.Candidate> article = articleBeforeName(i, end) ? known(i, end) : null;
                if (article != null && acceptable(article)) {
                    known(si, article, typeOf(article.values()), end);
                    i = article.end();
                    continue;
                }
                i++;
                continue;
            }
            PhraseIndex.Match<KnowledgeBase.Candidate> m = known(i, end);
            int agencyEnd = agencyEnd(i, end);
            if (agencyEnd > 0 && (m == null || m.end() < agencyEnd)) {
                agency(si, i, agencyEnd);
                i = agencyEnd;
                continue;
            }
            if (m != null && acceptable(m) && (!ctx.tagged || taggerWouldAgree(m) || surnameActing(m)
                    || headline[si] && !shouting[si] && namedInBody(i) && !words.is(t.text(), NameWords.Class.DATE))) {
                // a surname in a headline, where the tagger reads no names well, counts when the body names it
                known(si, m, typeOf(m.values()), end);
                i = m.end();
                continue;
            }
            int runEnd = shouting[si] || headline[si] ? i : capitalisedRun(i, end);
            if (runEnd > i) {
                unknownName(si, i, runEnd, end);
                i = runEnd;
                continue;
            }
            i++;
        }
    }

    /**
     * The mention of a name the knowledge base knows, of type {@code type}; a person's title is read before it.
     * A known place that a role title names ({@code Bree Prime Minister Romendacil}) is a
     * person of that title's role and country: no place holds an office, and a dictionary that codes a person
     * with a country alone (PETRARCH's {@code ROMENDACIL [BRE]}) lists them among the country's names.
     */
    private Draft known(int si, PhraseIndex.Match<KnowledgeBase.Candidate> m, EntityType type, int end) {
        Sentence s = a.sentences().get(si);
        Title office = typeOf(m.values()) == EntityType.LOCATION ? office(si, m.start()) : null;
        Title title = office != null ? office
                : type == EntityType.PERSON ? titles.before(ts, s.firstToken(), m.start()) : null;
        Draft d = ctx.add(m.start(), m.end(), si, office != null ? EntityType.PERSON : type, MentionKind.NAME);
        d.candidates = office != null ? List.of() : m.values();
        if (d.type == EntityType.PERSON) {
            d.title = title;
            apposition(d, end);
        }
        return d;
    }

    /**
     * The role title that ends right before token {@code start}, capitalised up to the name as a holder's title
     * is ({@code Fornost President}; "a war against Iraq" holds none); or null.
     */
    private Title office(int si, int start) {
        // the word before is asked first: most names follow no capitalised word, and need no title read
        if (start == 0 || !ts.get(start - 1).isCapitalized()) {
            return null;
        }
        Title t = titles.before(ts, a.sentences().get(si).firstToken(), start);
        return t != null && t.role() != null ? t : null;
    }

    /** True when a role of people who may be the article's country's own starts at token {@code k}: "rebels". */
    private boolean peopleOfAHomeRole(int k, int end) {
        PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, k, end);
        return r != null && r.values().get(0).homeGroup() && r.values().get(0).type() == EntityType.PERSON;
    }

    /**
     * A name the tagger found at token {@code i}: what the knowledge base knows of it, else a new name of the
     * tagger's type. A knowledge-base name or an agency that reaches further than the tagger's span wins; a
     * tagger's MISC (a nationality, an event) is no actor unless the knowledge base knows the words as a name.
     * Returns the token after what was read.
     */
    private int tagged(int si, int start, int end) {
        Sentence s = a.sentences().get(si);
        int tagEnd = Math.min(ctx.taggedEnd[start], end);
        EntityType tagType = ctx.taggedType[start];
        // a quotation mark, an apostrophe or a possessive at the end is no part of a name: "Tony Greig '", "the
        // Taliban's leadership"
        while (tagEnd - 1 > start && (ts.get(tagEnd - 1).kind() == Token.Kind.PUNCT
                && !ts.get(tagEnd - 1).is(".") || ts.get(tagEnd - 1).is("'s") || ts.get(tagEnd - 1).is("of")
                || ts.get(tagEnd - 1).is("and"))) {
            // (nor is "of" or "and" that the tagger ran on into: "the South of violating")
            tagEnd--;
        }
        // "US-led", "Saudi-backed": the name ends before the hyphen of a compound adjective (not "Kim Sang-woo")
        for (int k = start + 1; k + 1 < tagEnd; k++) {
            if (ts.get(k).is("-") && words.is(ts.get(k + 1).text(), NameWords.Class.COMPOUND_HEAD)) {
                tagEnd = k;
                break;
            }
        }
        if (tagEnd == start + 1 && tagEnd < end && words.is(ts.get(start).text(), NameWords.Class.CREED)
                && !ts.get(tagEnd).isCapitalized() && peopleOfAHomeRole(tagEnd, end) && known(start, end) == null) {
            // "Nepal's Maoist rebels", "Kurdish fighters": a creed's adjective before a role names no one; the
            // group is read later (a group the knowledge base knows by it is named: "Houthi rebels")
            return tagEnd;
        }
        if (isNationality(start, tagEnd) && tagEnd < end && ts.get(tagEnd).isWord()
                && !ts.get(tagEnd).isCapitalized() && known(start, end) == null
                && bodyRole(tagEnd, end) == null) {
            // "Philippine vessels": a nationality before a common noun is no name, whatever the tagger made of it;
            // the nationality is read later (before a role, "the Colombian government", it names the body)
            return tagEnd;
        }
        if (endsWithPeople(start, tagEnd, end)) {
            // "Young Nigerians", "Hundreds of Angry Algerians": a people named by its demonym, whatever the
            // tagger made of the words before it; the nationality is read later
            return tagEnd;
        }
        // a weekday or a month after a place or a person is no part of it: "Israel Friday reimposed ..."; a team
        // or a company may carry one ("Sheffield Wednesday")
        while (tagType != EntityType.ORGANIZATION && tagEnd - 1 > start
                && words.is(ts.get(tagEnd - 1).text(), NameWords.Class.DATE)) {
            tagEnd--;
        }
        if (onlyCommonWords(start, tagEnd) || titleOfPeopleOnly(start, tagEnd)) {
            // "Thank", "Jan": a capitalised common word is no name; nor is a title alone ("the Pope", "First
            // Deputy"), which describes its holder
            return tagEnd;
        }
        if (headline[si] && !shouting[si]) {
            // in a headline in title case every word is capitalised, and the tagger's spans run on: a name is
            // taken only as far as the knowledge base knows it or the body names it too ("Governor Claims The Dam
            // Will Open" names no one "Claims"; "Mayor Jane Okafor Wins Second Term" names Jane Okafor; "Putin
            // Meets Erdogan In Sochi" names Putin first)
            int named = start;
            while (named < tagEnd) {
                PhraseIndex.Match<KnowledgeBase.Candidate> k = known(named, end);
                if (k != null) {
                    named = k.end();
                } else if (namedInBody(named)) {
                    named++;
                } else {
                    break;
                }
            }
            if (named == start) {
                return tagEnd;
            }
            tagEnd = Math.min(tagEnd, named);
        }
        // a known person inside the span starts a name of its own: "AU Commission Chairperson Moussa Faki Mahamat"
        for (int k = start + 1; k < tagEnd; k++) {
            if (knownPersonAt(k, end)) {
                tagEnd = k;
                break;
            }
        }
        // title words or a nationality before a known name are not part of it: "WFP Executive", "Regional Mercosur",
        // "the Russian Sputnik agency"
        int i = start;
        PhraseIndex.Match<KnowledgeBase.Candidate> whole = known(start, end);
        for (int k = start + 1; k < tagEnd; k++) {
            // ... unless a known name starts with them: "Saudi Arabia"
            if (strongMatchAt(k, end) && (titleWords(start, k) || isNationality(start, k))
                    && (whole == null || whole.end() <= k)) {
                i = k;
                break;
            }
        }
        PhraseIndex.Match<KnowledgeBase.Candidate> m = known(i, end);
        if (m != null && m.end() < tagEnd && titleWords(m.end(), tagEnd) && tagEnd < end
                && ts.get(tagEnd).isCapitalized()) {
            // "US Representative (Linda ...)", "WFP Executive (Director Cindy ...)": a title goes on after the
            // span, so the name is the known part; "New Zealand First party" is a name of its own
            tagEnd = m.end();
        }
        int agencyEnd = agencyEnd(i, end);
        if (agencyEnd >= tagEnd && (m == null || m.end() < agencyEnd)) {
            agency(si, i, agencyEnd);
            return agencyEnd;
        }
        // in a headline in capitals or title case the tagger's spans run long ("ANGELA MERKEL WINS", "Putin Meets
        // Erdogan In Sochi"): a known person is surer
        boolean known = m != null && (m.end() >= tagEnd
                || (inCapitals(i, tagEnd) || headline[si]) && knownPersonAt(i, end));
        if (known && (tagType != null || strongMatchAt(i, end))) {
            known(si, m, tagType != null ? tagType : typeOf(m.values()), end).tagged = tagType;
            return m.end();
        }
        // the shape of the words first: titles inside the span ("Presidential Aide Yury Ushakov"), given names
        // ("... Cooperation Anton Kotyakov"), head words ("Main Directorate"); else the tagger's reading
        int made = drafts.size();
        // a person the tagger found is split only by a title inside it, never by a given name ("Allan Budi Kusuma")
        boolean split = tagType == null || (tagType == EntityType.PERSON ? hasTitle(i, tagEnd)
                : hasTitleOrInnerGivenName(i, tagEnd));
        if (split && unknownName(si, i, tagEnd, end)) {
            for (int k = made; k < drafts.size(); k++) {
                drafts.get(k).tagged = drafts.get(k).type;
            }
            return tagEnd;
        }
        if (tagType == null) {
            nationalityAndPerson(si, i, tagEnd, end);
            return tagEnd;
        }
        // a name the tagger took for a place, right after a role title, is the title's holder: "Fornost President X"
        Title office = tagType == EntityType.LOCATION ? office(si, i) : null;
        Draft d = ctx.add(i, tagEnd, si, office != null ? EntityType.PERSON : tagType, MentionKind.NAME);
        d.tagged = d.type;
        if (d.type == EntityType.PERSON) {
            d.title = office != null ? office : titles.before(ts, s.firstToken(), i);
            apposition(d, end);
        }
        return tagEnd;
    }

    /**
     * A nationality before the name of someone the knowledge base does not know, read by the tagger as one
     * nationality-like span ("German Axel Schulz", "Croat Alen Boksic"): the words after the nationality are a
     * person when they are two or three capitalised words, none of them a common word or a head word (which
     * makes "Spanish Grand Prix" and "French Open" no person).
     */
    private void nationalityAndPerson(int si, int start, int tagEnd, int sentenceEnd) {
        PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, start, tagEnd);
        if (adj == null || tagEnd - adj.end() < 2 || tagEnd - adj.end() > 3 || inCapitals(start, tagEnd)) {
            return;
        }
        for (int k = adj.end(); k < tagEnd; k++) {
            String w = ts.get(k).text();
            if (!ts.get(k).isWord() || !ts.get(k).isCapitalized() || CLUSTERS.hasLowerCase(w)
                    || words.is(w, NameWords.Class.STOP) || words.is(w, NameWords.Class.ORG_HEAD)
                    || words.is(w, NameWords.Class.LOC_HEAD) || (known(k, k + 1) != null
                    && !knownPersonAt(k, k + 1))) {
                return;
            }
        }
        // the nationality gives the country, not a role
        person(si, adj.end(), tagEnd, sentenceEnd, new Title(null, adj.values().get(0), null, start));
    }

    private boolean inCapitals(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = ts.get(k).text();
            if (ts.get(k).isWord() && !inCapitals(w)) {
                return false;
            }
        }
        return true;
    }

    /** True when no letter of {@code w} is in lower case (as {@code w.equals(w.toUpperCase())}, without a copy). */
    private static boolean inCapitals(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isShouting(Sentence s) {
        int words = 0;
        int caps = 0;
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Token t = ts.get(k);
            if (t.isWord() && t.text().length() > 1) {
                words++;
                if (inCapitals(t.text())) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 6;
    }

    /**
     * True for the surname alone of a person the knowledge base knows, right before a verb ("Zelensky urged",
     * "Ruto said") or another name it is coordinated with ("Chirac and Schroeder"): a name the tagger may miss at
     * the start of a sentence, where every word is capitalised.
     */
    private boolean surnameActing(PhraseIndex.Match<KnowledgeBase.Candidate> m) {
        if (m.end() - m.start() != 1 || m.end() >= ts.size() || words.is(ts.get(m.start()).text(), NameWords.Class.STOP)
                || !all(m.values(), c -> c.partial() && c.entry().kind() == Entry.Kind.PERSON)) {
            return false;
        }
        Token next = ts.get(m.end());
        String w = next.lower();
        // "Chirac and Schroeder met": coordinated with another name
        if (w.equals("and") && m.end() + 1 < ts.size() && ts.get(m.end() + 1).isWord()
                && ts.get(m.end() + 1).isCapitalized()) {
            return true;
        }
        return next.isWord() && !next.isCapitalized()
                && (w.endsWith("ed") || words.is(w, NameWords.Class.VERB_AFTER_NAME));
    }

    /**
     * Where the tagger read the words and found no name, a knowledge-base name is taken only when it is a sure
     * one: more than a word, or a country, an organisation, a person in full, a capital, or a large city.
     */
    private boolean taggerWouldAgree(PhraseIndex.Match<KnowledgeBase.Candidate> m) {
        if (m.end() - m.start() > 1) {
            return true;
        }
        return any(m.values(), c -> !c.partial() && (c.entry().kind() != Entry.Kind.PLACE
                || c.entry().id().startsWith("capitals/") || c.entry().population() >= Resolver.SMALL_PLACE));
    }

    /** Title words of people inside {@code [i, j)} before its last word, or a title word at its front. */
    private boolean hasTitle(int i, int j) {
        for (int k = i; k < j - 1; k++) {
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, k, j - 1);
            if (r != null && r.values().get(0).type() == EntityType.PERSON) {
                return true;
            }
        }
        return words.is(ts.get(i).text(), NameWords.Class.TITLE);
    }

    /**
     * Title words at the front of {@code [i, j)} or before its last words ("Trade Representative Mickey Kantor"),
     * or a given name after its first word.
     */
    private boolean hasTitleOrInnerGivenName(int i, int j) {
        if (kb.roles().longest(ts, i, j) != null || kb.adjectives().longest(ts, i, j) != null
                || words.is(ts.get(i).text(), NameWords.Class.TITLE)) {
            return true;
        }
        for (int k = i + 1; k < j - 1; k++) {
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, k, j - 1);
            if (r != null && r.values().get(0).type() == EntityType.PERSON) {
                return true;
            }
        }
        for (int g = i + 1; g < j - 1; g++) {
            if (kb.isGivenName(ts.get(g).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a capitalised common word stands after the first word of the sentence ("Putin Meets Erdogan In
     * Sochi"): a headline in title case, not a line of names (a table of results, a list of signatories).
     */
    private boolean hasCommonWord(Sentence s) {
        for (int k = s.firstToken() + 1; k < s.endToken(); k++) {
            if (words.is(ts.get(k).text(), NameWords.Class.STOP)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at token {@code k} stands capitalised inside a sentence of the body (after its first
     * word, in no headline): the text names it, as a headline's name is named again below it.
     */
    private boolean namedInBody(int k) {
        String word = ts.get(k).text();
        for (int si = 0; si < headline.length; si++) {
            Sentence s = a.sentences().get(si);
            if (headline[si] || shouting[si]) {
                continue;
            }
            for (int j = s.firstToken() + 1; j < s.endToken(); j++) {
                if (ts.get(j).text().equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the span {@code [from, to)} ends with a people's name in the plural ("Nigerians") that no name the
     * knowledge base knows runs into ("Saudi Arabians" is Saudi Arabia's): the tagger took the words before it for
     * part of a name.
     */
    private boolean endsWithPeople(int from, int to, int end) {
        if (to - from < 2 || !ts.get(to - 1).text().endsWith("s")) {
            return false;
        }
        PhraseIndex.Match<KnowledgeBase.Candidate> m = known(from, end);
        for (int k = from + 1; k < to; k++) {
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, k, to);
            if (adj != null && adj.end() == to) {
                return m == null || m.end() <= k;
            }
        }
        return false;
    }

    private boolean onlyCommonWords(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!words.is(ts.get(k).text(), NameWords.Class.STOP)) {
                return false;
            }
        }
        return true;
    }

    private boolean knownPersonAt(int k, int end) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = known(k, end);
        if (m == null) {
            return false;
        }
        for (KnowledgeBase.Candidate c : m.values()) {
            if (!c.partial() && c.entry().kind() == Entry.Kind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** True when the tokens {@code [from, to)} are exactly a nationality ("Russian", "South African"). */
    private boolean isNationality(int from, int to) {
        PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, from, to);
        return adj != null && adj.end() == to;
    }

    /** True when the tokens {@code [from, to)} are all title words and roles of people ("Pope", "First Deputy"). */
    private boolean titleOfPeopleOnly(int from, int to) {
        return titleWords(from, to, true);
    }

    /** True when the tokens {@code [from, to)} are all words of a title: roles and title words. */
    private boolean titleWords(int from, int to) {
        return titleWords(from, to, false);
    }

    /**
     * True when the tokens {@code [from, to)} are all title words and roles; with {@code peopleOnly} the roles
     * must be people's and lie inside the range, else a role may run on past its end.
     */
    private boolean titleWords(int from, int to, boolean peopleOnly) {
        int k = from;
        while (k < to) {
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, k, peopleOnly ? to : ts.size());
            if (r != null && (!peopleOnly || r.values().get(0).type() == EntityType.PERSON)) {
                k = r.end();
            } else if (words.is(ts.get(k).text(), NameWords.Class.TITLE)) {
                k++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** True at a lower-case Arabic article joined by a hyphen to a capitalised word: "al-Qaeda", "el-Sisi". */
    private boolean articleBeforeName(int i, int end) {
        // the hyphen first: it is asked of every word in lower case, and most have none after them
        return i + 2 < end && ts.get(i + 1).is("-") && words.is(ts.get(i).text(), NameWords.Class.JOINER)
                && ts.get(i + 1).start() == ts.get(i).end() && ts.get(i + 2).start() == ts.get(i + 1).end()
                && ts.get(i + 2).isCapitalized();
    }

    /** The longest knowledge-base name at {@code i}; a word in capitals is read as a name is written. */
    private PhraseIndex.Match<KnowledgeBase.Candidate> known(int i, int end) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(ts, i, end);
        if (m == null && i < end && ts.get(i).isWord() && inCapitals(i, i + 1)) {
            // in capitals only whole names count: a surname alone ("WIN") is too often a word
            PhraseIndex.Match<KnowledgeBase.Candidate> c = kb.names().longestInCapitals(ts, i, end);
            if (c != null) {
                List<KnowledgeBase.Candidate> whole = new ArrayList<>(c.values().size());
                for (KnowledgeBase.Candidate x : c.values()) {
                    if (!x.partial()) {
                        whole.add(x);
                    }
                }
                m = whole.isEmpty() ? null : new PhraseIndex.Match<>(c.start(), c.end(), whole);
            }
        }
        return m;
    }

    /** True when some candidate passes {@code test}: a loop, as it is asked of the names at many tokens. */
    private static boolean any(List<KnowledgeBase.Candidate> candidates,
            java.util.function.Predicate<KnowledgeBase.Candidate> test) {
        for (KnowledgeBase.Candidate c : candidates) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when every candidate passes {@code test}. */
    private static boolean all(List<KnowledgeBase.Candidate> candidates,
            java.util.function.Predicate<KnowledgeBase.Candidate> test) {
        return !any(candidates, test.negate());
    }

    /** The type of the candidate that would win without context. */
    private EntityType typeOf(List<KnowledgeBase.Candidate> candidates) {
        Entry best = candidates.get(0).entry();
        for (KnowledgeBase.Candidate c : candidates) {
            if (Context.priority(c.entry()) > Context.priority(best)) {
                best = c.entry();
            }
        }
        return best.type();
    }

    /** Rejects knowledge-base matches that are more likely common words than places. */
    private boolean acceptable(PhraseIndex.Match<KnowledgeBase.Candidate> m) {
        if (m.end() - m.start() > 1) {
            return true;
        }
        // a known surname or town followed by another name is someone's first name: "Gabriel Boric",
        // "Vladimir Orban", "Bello Garba"
        boolean onlySurnamesOrTowns = all(m.values(), c -> c.partial()
                || c.entry().kind() == Entry.Kind.PLACE);
        boolean onlyTowns = all(m.values(), c -> c.entry().kind() == Entry.Kind.PLACE);
        // a one-word town right after another name is the end of a longer name: "the East Asia Summit"
        int before = m.start() - 1;
        if (onlyTowns && before >= 0 && ts.get(before).isWord() && ts.get(before).isCapitalized()
                && !words.is(ts.get(before).text(), NameWords.Class.STOP) && !isSentenceStart(before)) {
            return false;
        }
        if (onlySurnamesOrTowns && m.end() < ts.size() && ts.get(m.end()).isWord() && ts.get(m.end()).isCapitalized()
                && !words.is(ts.get(m.end()).text(), NameWords.Class.STOP)
                && kb.roles().longest(ts, m.end(), m.end() + 1) == null) {
            return false;
        }
        boolean onlyPlaces = all(m.values(), c -> c.entry().kind() == Entry.Kind.PLACE);
        String w = ts.get(m.start()).text();
        if (onlyPlaces && (words.is(w, NameWords.Class.STOP) || kb.roles().longest(ts, m.start(), m.end()) != null
                || kb.adjectives().longest(ts, m.start(), m.end()) != null || kb.isGivenName(w))) {
            return false;
        }
        return !words.is(w, NameWords.Class.STOP) || any(m.values(), c -> c.entry().kind() == Entry.Kind.COUNTRY);
    }

    /**
     * A nationality or a country or city name followed by the noun of an institution ("the Sudanese army",
     * "Brussels police", "Russia's foreign ministry"): one organisation with that country and role.
     */
    private int agencyEnd(int i, int end) {
        int j = countryWordEnd(i, end);
        boolean leader = false;
        if (j < 0) {
            // "the Biden administration", "the Putin government": a leader's name stands for his state
            j = leaderEnd(i, end);
            leader = true;
        }
        if (j < 0 || j >= end) {
            return -1;
        }
        PhraseIndex.Match<RoleTitle> r = leader ? kb.roles().longest(ts, j, end) : bodyRole(j, end);
        if (r == null || r.values().get(0).type() != EntityType.ORGANIZATION
                || leader && !"GOV".equals(r.values().get(0).role())) {
            return -1;
        }
        // after a possessive only state institutions: "Russia's army", not "Russia's firm position"
        if (ts.get(j - 1).is("'s") && !STATE_ROLES.contains(r.values().get(0).role())) {
            return -1;
        }
        // "Russian companies" are several bodies, not one; "Israeli warplanes" are the one air force acting
        boolean plural = r.values().get(0).isPluralForm(ts.get(r.end() - 1).text())
                && !"MIL".equals(r.values().get(0).role());
        boolean nameGoesOn = r.end() < end && ts.get(r.end()).isCapitalized() && ts.get(r.end()).isWord();
        // "Colombian cartel gunmen", "Kenyan army officers": people of the body, read as a group of its role (not
        // one official's title: "the German government spokesperson Anna Weber")
        PhraseIndex.Match<RoleTitle> people = r.end() < end ? kb.roles().longest(ts, r.end(), end) : null;
        RoleTitle member = people == null ? null : people.values().get(0);
        boolean peopleAfter = member != null && member.type() == EntityType.PERSON
                && (member.isPluralForm(ts.get(people.end() - 1).text()) || member.isPluralOnly());
        if (plural || nameGoesOn || peopleAfter) {
            return -1;
        }
        // "Ethiopia's Ministry of Foreign Affairs": the name goes on with "of" and capitalised words
        int k = r.end();
        if (k + 1 < end && ts.get(k).is("of") && ts.get(k + 1).isCapitalized() && ts.get(k + 1).isWord()) {
            k++;
            while (k < end && ts.get(k).isWord() && (ts.get(k).isCapitalized() || ts.get(k).is("and"))) {
                k++;
            }
            while (ts.get(k - 1).is("and")) {
                k--;
            }
        }
        return k;
    }

    /**
     * The role at {@code j} after a country's word: a role's phrase, or a ministry or department after a few words
     * in lower case that say its portfolio ("India's external affairs ministry", "the Japanese economy and trade
     * ministry"); or null.
     */
    private PhraseIndex.Match<RoleTitle> bodyRole(int j, int end) {
        PhraseIndex.Match<RoleTitle> phrase = kb.roles().longest(ts, j, end);
        if (phrase != null) {
            return phrase;
        }
        for (int k = j; k < end && k - j < 3; k++) {
            Token t = ts.get(k);
            if (!t.isWord() || t.isCapitalized() || kb.roles().longest(ts, k, end) != null) {
                break;
            }
            PhraseIndex.Match<RoleTitle> r = k + 1 < end ? kb.roles().longest(ts, k + 1, end) : null;
            if (r != null && r.end() == k + 2 && PORTFOLIO_BODIES.contains(r.values().get(0).phrase())) {
                return r;
            }
        }
        return null;
    }

    /**
     * The name a capitalised word at {@code i} shares the tail of with the name after "and" ("North and South
     * Korea": North Korea), as a match of that one word; or null.
     */
    private PhraseIndex.Match<KnowledgeBase.Candidate> sharedTail(int i, int end) {
        Token t = ts.get(i);
        if (i + 3 >= end || !t.isWord() || !t.isCapitalized() || !ts.get(i + 1).is("and")
                || !ts.get(i + 2).isCapitalized() || words.is(t.text(), NameWords.Class.STOP)) {
            return null;
        }
        PhraseIndex.Match<KnowledgeBase.Candidate> second = known(i + 2, end);
        if (second == null || second.end() - second.start() < 2 || known(i, i + 1) != null) {
            return null;
        }
        List<Token> whole = new ArrayList<>(second.end() - second.start());
        whole.add(t);
        whole.addAll(ts.subList(second.start() + 1, second.end()));
        PhraseIndex.Match<KnowledgeBase.Candidate> first = kb.names().longest(whole, 0, whole.size());
        if (first == null || first.end() != whole.size() || first.values().get(0).partial()) {
            return null;
        }
        return new PhraseIndex.Match<>(i, i + 1, first.values());
    }

    /** The end of the name of a known person who held a state office at {@code i}, or -1. */
    private int leaderEnd(int i, int end) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = known(i, end);
        return m != null && leaderCountry(m) != null ? m.end() : -1;
    }

    /** The country of the state office the person of {@code m} held on the document's date, else last; or null. */
    private String leaderCountry(PhraseIndex.Match<KnowledgeBase.Candidate> m) {
        for (KnowledgeBase.Candidate c : m.values()) {
            Entry e = c.entry();
            if (e.type() != EntityType.PERSON || e.offices().isEmpty()) {
                continue;
            }
            LocalDate date = a.publication().date();
            Office now = date == null ? null : e.officeOn(date);
            Office last = e.offices().get(e.offices().size() - 1);
            String country = now != null ? now.country() : last.country();
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /** The end of a nationality, or of a country or city name with an optional "'s", at {@code i}; or -1. */
    private int countryWordEnd(int i, int end) {
        PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, end);
        if (adj != null) {
            return adj.end();
        }
        String country = countryOrPlace(i, end);
        if (country == null) {
            return -1;
        }
        int j = known(i, end).end();
        return j < end && ts.get(j).is("'s") ? j + 1 : j;
    }

    private String countryOrPlace(int i, int end) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = known(i, end);
        if (m == null) {
            return null;
        }
        // in capitals a town's name may be a common word ("RUGBY UNION", "READING COUNCIL"): only a country or a
        // capital names a state's body there
        boolean capitals = inCapitals(i, m.end());
        for (KnowledgeBase.Candidate c : m.values()) {
            Entry.Kind k = c.entry().kind();
            if (k == Entry.Kind.COUNTRY
                    || k == Entry.Kind.PLACE && (!capitals || c.entry().id().startsWith("capitals/"))) {
                return c.entry().country();
            }
        }
        return null;
    }

    private void agency(int si, int i, int end) {
        PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, end);
        String country = adj != null ? adj.values().get(0) : countryOrPlace(i, end);
        int j = countryWordEnd(i, end);
        if (j < 0) {
            PhraseIndex.Match<KnowledgeBase.Candidate> m = known(i, end);
            country = leaderCountry(m);
            j = m.end();
        }
        RoleTitle role = bodyRole(j, end).values().get(0);
        // "the Sudanese army" describes a body rather than names it: a nominal mention, coded all the same; "the
        // U.S. Supreme Court", "Budapest Bank" are written as names
        Draft d = ctx.add(i, end, si, EntityType.ORGANIZATION,
                writtenAsName(j, end) ? MentionKind.NAME : MentionKind.NOMINAL);
        d.title = new Title(role.role(), country, role.phrase(), i);
    }

    /** True when the words {@code [from, to)} are capitalised in a sentence of mixed case. */
    private boolean writtenAsName(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ts.get(k).isCapitalized()) {
                return false;
            }
        }
        return !inCapitals(from, to);
    }

    private boolean isSentenceStart(int t) {
        for (Sentence s : a.sentences()) {
            if (s.firstToken() == t) {
                return true;
            }
            if (s.firstToken() > t) {
                break;
            }
        }
        return false;
    }

    /** The end of the capitalised sequence that starts at {@code i} (stopping where a known name starts). */
    private int capitalisedRun(int i, int end) {
        int j = i;
        while (j < end) {
            Token t = ts.get(j);
            if (j > i && (strongMatchAt(j, end) || ctx.taggedEnd[j] > j)) {
                break;
            }
            if (t.isWord() && t.isCapitalized() && !(j == i && words.is(t.text(), NameWords.Class.STOP))) {
                j++;
            } else if (j > i && j + 1 < end && ts.get(j + 1).isCapitalized()
                    && (words.is(t.text(), NameWords.Class.JOINER) || t.is("-")
                    || (Titles.CONNECTORS.contains(t.text()) && !t.is("the") && headWord(ts.get(j - 1))))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * A known name starts at {@code j} that a capitalised run must not swallow: more than one word, or a
     * country, an organisation, a person in full or a city. A surname alone or a one-word small town is
     * weaker than the run: "Karl Ostrov" is a person even though Ostrov is a town.
     */
    private boolean strongMatchAt(int j, int end) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = known(j, end);
        if (m == null) {
            return false;
        }
        return m.end() - m.start() > 1 || any(m.values(), c -> !c.partial()
                && (c.entry().kind() != Entry.Kind.PLACE || c.entry().population() >= Resolver.SMALL_PLACE));
    }

    private boolean headWord(Token t) {
        return words.is(t.text(), NameWords.Class.ORG_HEAD) || words.is(t.text(), NameWords.Class.LOC_HEAD);
    }

    /**
     * Decides what a capitalised sequence not in the knowledge base is, if anything: an organisation by its head
     * word, a place by its head word, a person by a given name or a title (the title's words are left out of the
     * name). Returns true when it made a name of it.
     */
    private boolean unknownName(int si, int i, int j, int sentenceEnd) {
        Token last = ts.get(j - 1);
        if (words.is(last.text(), NameWords.Class.ORG_HEAD)) {
            int start = i;
            while (start < j && words.is(ts.get(start).text(), NameWords.Class.STOP)) {
                start++;
            }
            // a lone head word is no name ("the Commission", "the Office")
            if (start < j && j - start > 1) {
                ctx.add(start, j, si, EntityType.ORGANIZATION, MentionKind.NAME);
                return true;
            }
            return false;
        }
        // skip the title words at the front: roles, adjectives, country names, title words
        int k = i;
        while (k < j) {
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, k, j);
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, k, j);
            if (r != null) {
                k = r.end();
            } else if (adj != null) {
                k = adj.end();
            } else if (words.is(ts.get(k).text(), NameWords.Class.TITLE) || ts.get(k).is("-")
                    || words.is(ts.get(k).text(), NameWords.Class.STOP)) {
                k++;
            } else {
                break;
            }
        }
        if (k >= j) {
            return false;
        }
        if (words.is(last.text(), NameWords.Class.LOC_HEAD) && j - k >= 2) {
            ctx.add(k, j, si, EntityType.LOCATION, MentionKind.NAME);
            return true;
        }
        int given = -1;
        for (int g = k; g < j - 1; g++) {
            // a given name joined by a hyphen is part of a compound word: "the Franco-African summit"
            if (kb.isGivenName(ts.get(g).text()) && !ts.get(g + 1).is("-")) {
                given = g;
                break;
            }
        }
        Sentence s = a.sentences().get(si);
        if (given >= 0) {
            person(si, given, j, sentenceEnd, titles.before(ts, s.firstToken(), given));
            return true;
        }
        Title title = titles.before(ts, s.firstToken(), k);
        if (title != null && j - k <= 3 && allNameLike(k, j)) {
            person(si, k, j, sentenceEnd, title);
            return true;
        }
        // a title may run into the capitalised words: "Chief of the Defence Forces Kiprono Mutai"
        for (int split = j - 2; split > k; split--) {
            // a name starts with a word, never with the hyphen of "Franco-Indian"
            Title t = ts.get(split).isWord() ? titles.before(ts, s.firstToken(), split) : null;
            if (t != null && allNameLike(split, j)) {
                person(si, split, j, sentenceEnd, t);
                return true;
            }
        }
        if (j - k >= 2 && j - k <= 4 && allNameLike(k, j) && appositionRole(j, sentenceEnd) != null) {
            person(si, k, j, sentenceEnd, null);
            return true;
        }
        return false;
    }

    private void person(int si, int start, int end, int sentenceEnd, Title title) {
        Draft d = ctx.add(start, end, si, EntityType.PERSON, MentionKind.NAME);
        d.title = title;
        apposition(d, sentenceEnd);
    }

    private boolean allNameLike(int k, int j) {
        for (int x = k; x < j; x++) {
            Token t = ts.get(x);
            if (!(t.isWord() && t.isCapitalized()) && !t.is("-") && !words.is(t.text(), NameWords.Class.JOINER)) {
                return false;
            }
        }
        return true;
    }

    /** {@code X, an opponent of President Bio,}: the role (and maybe the country) the apposition gives. */
    private void apposition(Draft d, int sentenceEnd) {
        Title t = appositionRole(d.end, sentenceEnd);
        if (t == null) {
            return;
        }
        if (d.title == null) {
            d.title = t;
        } else if (d.title.country() == null && t.country() != null) {
            d.title = d.title.withCountry(t.country());
        }
        d.appositionEnd = t.start();
    }

    private Title appositionRole(int afterName, int sentenceEnd) {
        int i = afterName;
        if (i >= sentenceEnd || !ts.get(i).is(",")) {
            return null;
        }
        i++;
        boolean determiner = i < sentenceEnd && (ts.get(i).is("a") || ts.get(i).is("an") || ts.get(i).is("the"));
        if (determiner) {
            i++;
        }
        String country = null;
        PhraseIndex.Match<String> adj = i < sentenceEnd ? kb.adjectives().longest(ts, i, sentenceEnd) : null;
        if (adj != null) {
            country = adj.values().get(0);
            i = adj.end();
        }
        // "X, Iraq's deputy prime minister,": a country's possessive says whose the role is, as "the Iraqi" does
        String owner = adj == null && !determiner ? countryBeforePossessive(i, sentenceEnd) : null;
        if (owner != null) {
            country = owner;
            while (!ts.get(i).is("'s")) {
                i++;
            }
            i++;
        }
        PhraseIndex.Match<RoleTitle> r = i < sentenceEnd ? kb.roles().longest(ts, i, sentenceEnd) : null;
        if (r == null || r.values().get(0).type() != EntityType.PERSON) {
            return null;
        }
        // "A, Minister of X B": a capitalised title after a comma opens the next item of a list
        if (!determiner && ts.get(r.start()).isCapitalized()) {
            return null;
        }
        RoleTitle role = r.values().get(0);
        // the start field carries where an "of X" that may give the country begins
        int of = r.end() < sentenceEnd && ts.get(r.end()).is("of") ? r.end() + 1 : -1;
        return new Title(role.role(), country, role.phrase(), of);
    }

    /** The country named at {@code i} before "'s" ("Iraq's"), or null. */
    private String countryBeforePossessive(int i, int sentenceEnd) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = i < sentenceEnd ? kb.names().longest(ts, i, sentenceEnd) : null;
        if (m == null || m.end() >= sentenceEnd || !ts.get(m.end()).is("'s")) {
            return null;
        }
        for (KnowledgeBase.Candidate c : m.values()) {
            if (!c.partial() && c.entry().kind() == Entry.Kind.COUNTRY) {
                return c.entry().country();
            }
        }
        return null;
    }

    /** {@code the Russian side}, {@code the Palestinian delegation}: the country a sentence's list speaks for. */
    private String sideCountry(Sentence s) {
        String found = null;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, s.endToken());
            if (adj != null && adj.end() < s.endToken()
                    && SIDE_WORDS.contains(ts.get(adj.end()).lower())) {
                String c = adj.values().get(0);
                if (found != null && !found.equals(c)) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Single words that repeat the surname of an unknown person named earlier ("Kamara said"). */
    void scanSurnames() {
        Map<String, Boolean> surnames = new HashMap<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.PERSON && d.candidates.isEmpty() && d.end - d.start >= 2) {
                surnames.put(ts.get(d.end - 1).text(), true);
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        for (int si = 0; si < a.sentences().size(); si++) {
            Sentence s = a.sentences().get(si);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = ts.get(i);
                if (!covered[i] && t.isWord() && surnames.containsKey(t.text())
                        && (i + 1 >= s.endToken() || !ts.get(i + 1).isCapitalized())) {
                    Draft d = ctx.add(i, i + 1, si, EntityType.PERSON, MentionKind.NAME);
                    d.title = titles.before(ts, s.firstToken(), i);
                }
            }
        }
    }
}

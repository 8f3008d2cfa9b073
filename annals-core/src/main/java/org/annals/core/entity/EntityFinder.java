package org.annals.core.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Entry;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.RoleTitle;
import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.pipeline.Stage;

/**
 * Finds the actors of a document and codes them. Names come from the knowledge base (countries, places,
 * organisations, people, seats of power) and from the shape of the text: a capitalised sequence that
 * starts with a given name, that follows a title ({@code Representative of Chile to the United Nations Ines
 * Sotomarin}), or that ends in an organisation's head word ({@code ... Ministry}). Titles, appositions
 * ({@code X, an opponent of the Kenyan president}) and the delegation a sentence speaks of ({@code the Kenyan
 * side}) give unknown people a country and a role. Surnames, descriptions ({@code the Turkish president})
 * and pronouns where clear resolve to the same actor. Each actor is coded for the document's date.
 */
public final class EntityFinder implements Stage {

    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "its", "their");
    private static final Set<String> SIDE_WORDS = Set.of("side", "delegation", "team", "officials", "government",
            "authorities", "leadership");
    private static final Set<String> GENERIC_ROLES = Set.of("leader", "counterpart", "official", "head",
            "politician");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "around",
            "into", "of", "towards", "toward", "via");
    private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");
    /** Below this population a one-word town needs support from the context. */
    private static final long SMALL_PLACE = 100_000;
    /** How many sentences back a pronoun looks for its person. */
    private static final int PRONOUN_REACH = 3;

    private final KnowledgeBase kb;
    private final NameWords words;
    private final Titles titles;

    public EntityFinder(KnowledgeBase kb) {
        this.kb = kb;
        this.words = NameWords.BUILTIN;
        this.titles = new Titles(kb, words);
    }

    @Override
    public Analysis apply(Analysis a) {
        Doc doc = new Doc(a);
        for (int s = 0; s < a.sentences().size(); s++) {
            doc.scanNames(s);
        }
        doc.scanSurnames();
        for (int s = 0; s < a.sentences().size(); s++) {
            doc.scanDescriptions(s);
        }
        doc.drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> -d.end));
        doc.resolve();
        return doc.build();
    }

    /** The work on one document. */
    private final class Doc {
        final Analysis a;
        final List<Token> ts;
        final LocalDate date;
        final List<Draft> drafts = new ArrayList<>();
        final boolean[] covered;
        final String[] sideCountry;
        final boolean[] quoted;
        final Map<Draft, Draft> apposedTo = new HashMap<>();

        Doc(Analysis a) {
            this.a = a;
            this.ts = a.tokens();
            this.date = a.publication().date();
            this.covered = new boolean[ts.size()];
            this.sideCountry = new String[a.sentences().size()];
            this.quoted = quotedTokens();
        }

        /** Which tokens lie between quotation marks, paragraph by paragraph (curly marks by their side). */
        private boolean[] quotedTokens() {
            boolean[] in = new boolean[ts.size()];
            String original = a.text();
            int paragraph = -1;
            boolean open = false;
            for (Sentence s : a.sentences()) {
                if (s.paragraph() != paragraph) {
                    paragraph = s.paragraph();
                    open = false;
                }
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    Token t = ts.get(i);
                    if (t.is("\"")) {
                        char c = original.charAt(t.start());
                        open = org.annals.core.text.Normalizer.isOpeningQuote(c) ? true
                                : org.annals.core.text.Normalizer.isClosingQuote(c) ? false : !open;
                        continue;
                    }
                    in[i] = open;
                }
            }
            return in;
        }

        // ---- finding names -------------------------------------------------------------------------

        void scanNames(int si) {
            Sentence s = a.sentences().get(si);
            if (inHeader(s)) {
                return;
            }
            int end = s.endToken();
            sideCountry[si] = sideCountry(s);
            int i = s.firstToken();
            while (i < end) {
                Token t = ts.get(i);
                if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) {
                    i++;
                    continue;
                }
                PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(ts, i, end);
                int agencyEnd = agencyEnd(i, end);
                if (agencyEnd > 0 && (m == null || m.end() < agencyEnd)) {
                    agency(si, i, agencyEnd);
                    i = agencyEnd;
                    continue;
                }
                if (m != null && acceptable(m)) {
                    Draft d = add(m.start(), m.end(), si, typeOf(m.values()), MentionKind.NAME);
                    d.candidates = m.values();
                    if (d.type == EntityType.PERSON) {
                        d.title = titles.before(ts, s.firstToken(), m.start());
                        apposition(d, end);
                    }
                    i = m.end();
                    continue;
                }
                int runEnd = capitalisedRun(i, end);
                if (runEnd > i) {
                    unknownName(si, i, runEnd, end);
                    i = runEnd;
                    continue;
                }
                i++;
            }
        }

        /** The type of the candidate that would win without context. */
        private EntityType typeOf(List<KnowledgeBase.Candidate> candidates) {
            Entry best = candidates.get(0).entry();
            for (KnowledgeBase.Candidate c : candidates) {
                if (priority(c.entry()) > priority(best)) {
                    best = c.entry();
                }
            }
            return best.type();
        }

        /** Metadata lines at the top ("Outlet: The Meridian Post") are not prose: no actors there. */
        private boolean inHeader(Sentence s) {
            for (org.annals.core.model.Block b : a.blocks()) {
                if (b.span().contains(s.span().start())) {
                    return b.kind() == org.annals.core.model.Block.Kind.HEADER;
                }
            }
            return false;
        }

        /** Rejects knowledge-base matches that are more likely common words than places. */
        private boolean acceptable(PhraseIndex.Match<KnowledgeBase.Candidate> m) {
            if (m.end() - m.start() > 1) {
                return true;
            }
            // a known surname or town followed by another name is someone's first name: "Gabriel Boric",
            // "Vladimir Orban", "Bello Garba"
            boolean onlySurnamesOrTowns = m.values().stream().allMatch(c -> c.partial()
                    || c.entry().kind() == Entry.Kind.PLACE);
            if (onlySurnamesOrTowns && m.end() < ts.size() && ts.get(m.end()).isWord() && ts.get(m.end()).isCapitalized()
                    && !words.is(ts.get(m.end()).text(), NameWords.Class.STOP)
                    && kb.roles().longest(ts, m.end(), m.end() + 1) == null) {
                return false;
            }
            boolean onlyPlaces = m.values().stream().allMatch(c -> c.entry().kind() == Entry.Kind.PLACE);
            String w = ts.get(m.start()).text();
            if (onlyPlaces && (words.is(w, NameWords.Class.STOP) || kb.roles().longest(ts, m.start(), m.end()) != null
                    || kb.adjectives().longest(ts, m.start(), m.end()) != null || kb.isGivenName(w))) {
                return false;
            }
            return !words.is(w, NameWords.Class.STOP) || m.values().stream()
                    .anyMatch(c -> c.entry().kind() == Entry.Kind.COUNTRY);
        }

        /**
         * A nationality or a country or city name followed by the noun of an institution ("the Sudanese army",
         * "Brussels police", "Russia's foreign ministry"): one organisation with that country and role.
         */
        private int agencyEnd(int i, int end) {
            int j = countryWordEnd(i, end);
            if (j < 0 || j >= end) {
                return -1;
            }
            PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, j, end);
            if (r == null || r.values().get(0).type() != EntityType.ORGANIZATION) {
                return -1;
            }
            // after a possessive only state institutions: "Russia's army", not "Russia's firm position"
            if (ts.get(j - 1).is("'s") && !STATE_ROLES.contains(r.values().get(0).role())) {
                return -1;
            }
            boolean plural = ts.get(r.end() - 1).text().endsWith("s") && !r.values().get(0).phrase().endsWith("s");
            boolean nameGoesOn = r.end() < end && ts.get(r.end()).isCapitalized() && ts.get(r.end()).isWord();
            return plural || nameGoesOn ? -1 : r.end();
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
            int j = kb.names().longest(ts, i, end).end();
            return j < end && ts.get(j).is("'s") ? j + 1 : j;
        }

        private String countryOrPlace(int i, int end) {
            PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(ts, i, end);
            if (m == null) {
                return null;
            }
            for (KnowledgeBase.Candidate c : m.values()) {
                Entry.Kind k = c.entry().kind();
                if (k == Entry.Kind.COUNTRY || k == Entry.Kind.PLACE) {
                    return c.entry().country();
                }
            }
            return null;
        }

        private void agency(int si, int i, int end) {
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, end);
            String country = adj != null ? adj.values().get(0) : countryOrPlace(i, end);
            int j = countryWordEnd(i, end);
            RoleTitle role = kb.roles().longest(ts, j, end).values().get(0);
            Draft d = add(i, end, si, EntityType.ORGANIZATION, MentionKind.NAME);
            d.title = new Title(role.role(), country, role.phrase(), i);
        }

        /** The end of the capitalised sequence that starts at {@code i} (stopping where a known name starts). */
        private int capitalisedRun(int i, int end) {
            int j = i;
            while (j < end) {
                Token t = ts.get(j);
                if (j > i && strongMatchAt(j, end)) {
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
            PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(ts, j, end);
            if (m == null) {
                return false;
            }
            return m.end() - m.start() > 1 || m.values().stream().anyMatch(c -> !c.partial()
                    && (c.entry().kind() != Entry.Kind.PLACE || c.entry().population() >= SMALL_PLACE));
        }

        private boolean headWord(Token t) {
            return words.is(t.text(), NameWords.Class.ORG_HEAD) || words.is(t.text(), NameWords.Class.LOC_HEAD);
        }

        /** Decides what a capitalised sequence not in the knowledge base is, if anything. */
        private void unknownName(int si, int i, int j, int sentenceEnd) {
            Token last = ts.get(j - 1);
            if (words.is(last.text(), NameWords.Class.ORG_HEAD)) {
                int start = i;
                while (start < j && words.is(ts.get(start).text(), NameWords.Class.STOP)) {
                    start++;
                }
                if (start < j && !(j - start == 1 && kb.roles().longest(ts, start, j) != null)) {
                    add(start, j, si, EntityType.ORGANIZATION, MentionKind.NAME);
                }
                return;
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
                return;
            }
            if (words.is(last.text(), NameWords.Class.LOC_HEAD) && j - k >= 2) {
                add(k, j, si, EntityType.LOCATION, MentionKind.NAME);
                return;
            }
            int given = -1;
            for (int g = k; g < j - 1; g++) {
                if (kb.isGivenName(ts.get(g).text())) {
                    given = g;
                    break;
                }
            }
            Sentence s = a.sentences().get(si);
            if (given >= 0) {
                person(si, given, j, sentenceEnd, titles.before(ts, s.firstToken(), given));
                return;
            }
            Title title = titles.before(ts, s.firstToken(), k);
            if (title != null && j - k <= 3 && allNameLike(k, j)) {
                person(si, k, j, sentenceEnd, title);
                return;
            }
            // a title may run into the capitalised words: "Chief of the Defence Forces Kiprono Mutai"
            for (int split = j - 2; split > k; split--) {
                Title t = titles.before(ts, s.firstToken(), split);
                if (t != null && allNameLike(split, j)) {
                    person(si, split, j, sentenceEnd, t);
                    return;
                }
            }
            if (j - k >= 2 && j - k <= 4 && allNameLike(k, j) && appositionRole(j, sentenceEnd) != null) {
                person(si, k, j, sentenceEnd, null);
            }
        }

        private void person(int si, int start, int end, int sentenceEnd, Title title) {
            Draft d = add(start, end, si, EntityType.PERSON, MentionKind.NAME);
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

        /** {@code the Russian side}, {@code the Palestinian delegation}: the country a sentence's list speaks for. */
        private String sideCountry(Sentence s) {
            String found = null;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, s.endToken());
                if (adj != null && adj.end() < s.endToken()
                        && SIDE_WORDS.contains(ts.get(adj.end()).text().toLowerCase(Locale.ROOT))) {
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
                        Draft d = add(i, i + 1, si, EntityType.PERSON, MentionKind.NAME);
                        d.title = titles.before(ts, s.firstToken(), i);
                    }
                }
            }
        }

        // ---- descriptions and pronouns ----------------------------------------------------------------

        void scanDescriptions(int si) {
            Sentence s = a.sentences().get(si);
            int end = s.endToken();
            for (int i = s.firstToken(); i < end; i++) {
                if (covered[i]) {
                    continue;
                }
                Token t = ts.get(i);
                String lower = t.text().toLowerCase(Locale.ROOT);
                if (PRONOUNS.contains(lower)) {
                    add(i, i + 1, si, EntityType.PERSON, MentionKind.PRONOUN);
                    continue;
                }
                if (!DETERMINERS.contains(lower) || i + 1 >= end) {
                    continue;
                }
                int j = i + 1;
                String country = null;
                PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, j, end);
                if (adj != null) {
                    country = adj.values().get(0);
                    j = adj.end();
                }
                PhraseIndex.Match<RoleTitle> r = j < end ? kb.roles().longest(ts, j, end) : null;
                if (r == null || covered[j] || r.values().get(0).type() != EntityType.PERSON) {
                    continue;
                }
                int after = r.end();
                boolean plural = ts.get(after - 1).text().endsWith("s")
                        && !r.values().get(0).phrase().endsWith("s");
                boolean titleOfName = after < end && ts.get(after).isCapitalized() && ts.get(after).isWord();
                if (plural || titleOfName) {
                    continue;
                }
                RoleTitle role = r.values().get(0);
                Draft d = add(i, after, si, EntityType.PERSON, MentionKind.NOMINAL);
                d.title = new Title(role.role(), country, role.phrase(), i);
                i = after - 1;
            }
        }

        private Draft add(int start, int end, int sentence, EntityType type, MentionKind kind) {
            Draft d = new Draft(start, end, sentence, type, kind);
            StringBuilder sb = new StringBuilder();
            for (int x = start; x < end; x++) {
                if (x > start && ts.get(x).start() > ts.get(x - 1).end()) {
                    sb.append(' ');
                }
                sb.append(ts.get(x).text());
                covered[x] = true;
            }
            d.name = sb.toString();
            drafts.add(d);
            return d;
        }

        // ---- resolution --------------------------------------------------------------------------------

        final Map<String, ActorDraft> actors = new LinkedHashMap<>();

        /** Surnames of the people named in full anywhere in the document, to the key of their actor. */
        final Map<String, String> fullNames = new HashMap<>();

        void resolve() {
            Map<String, Integer> countryWeight = countryEvidence();
            for (Draft d : drafts) {
                if (d.kind == MentionKind.NAME && d.type == EntityType.PERSON && d.end - d.start >= 2
                        && !d.surnameOnly()) {
                    String key = d.candidates.isEmpty() ? "name:" + d.type + ":" + d.name
                            : personCandidate(d) != null ? personCandidate(d).id() : null;
                    if (key != null) {
                        fullNames.putIfAbsent(ts.get(d.end - 1).text(), key);
                    }
                }
            }
            for (Draft d : drafts) {
                switch (d.kind) {
                    case NAME -> resolveName(d, countryWeight);
                    case NOMINAL -> resolveNominal(d);
                    case PRONOUN -> resolvePronoun(d);
                    default -> throw new IllegalStateException();
                }
                if (d.actorKey != null) {
                    actors.computeIfAbsent(d.actorKey, k -> new ActorDraft()).drafts.add(d);
                }
            }
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

        private Map<String, Integer> countryEvidence() {
            Map<String, Integer> w = new HashMap<>();
            // a name counts for the country of its likeliest reading when that reading is the only one of its kind
            for (Draft d : drafts) {
                if (d.candidates.isEmpty()) {
                    continue;
                }
                int top = d.candidates.stream().mapToInt(c -> priority(c.entry())).max().getAsInt();
                List<Entry> best = d.candidates.stream().map(KnowledgeBase.Candidate::entry)
                        .filter(e -> priority(e) == top).toList();
                // towns do not vouch for their own country: only countries, nationalities, people, bodies do
                if (best.size() == 1 && best.get(0).country() != null && best.get(0).kind() != Entry.Kind.PLACE) {
                    w.merge(best.get(0).country(), 1, Integer::sum);
                }
            }
            for (int i = 0; i < ts.size(); i++) {
                PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, Math.min(ts.size(), i + 4));
                if (adj != null) {
                    w.merge(adj.values().get(0), 1, Integer::sum);
                }
            }
            return w;
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
            String fullName = d.end - d.start == 1 ? fullNames.get(d.name) : null;
            if (d.candidates.isEmpty()) {
                // a surname alone is the person named in full elsewhere in the article
                d.actorKey = d.type == EntityType.PERSON && fullName != null ? fullName
                        : "name:" + d.type + ":" + d.name;
                linkEntry(d);
                return;
            }
            if (d.surnameOnly() && fullName != null) {
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
                double score = priority(e) * 1000;
                if (actors.containsKey(e.id())) {
                    score += 5000;
                }
                if (e.kind() == Entry.Kind.PERSON) {
                    score += e.officeOn(date) != null ? 100 : 0;
                    if (d.title != null && d.title.country() != null && d.title.country().equals(e.country())) {
                        score += 200;
                    }
                }
                if (e.country() != null) {
                    score += 10 * countryWeight.getOrDefault(e.country(), 0);
                }
                score += Math.log10(1 + e.population());
                if (score > bestScore) {
                    bestScore = score;
                    best = e;
                }
            }
            if (best == null || isUnsupportedSmallPlace(d, best, countryWeight)) {
                return;
            }
            d.entry = best;
            d.type = best.type();
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
            if (e.kind() != Entry.Kind.PLACE || d.end - d.start > 1 || e.population() >= SMALL_PLACE) {
                return false;
            }
            if (e.id().startsWith("capitals/")) {
                return false;
            }
            boolean locative = d.start > 0 && LOCATIVE.contains(ts.get(d.start - 1).text().toLowerCase(Locale.ROOT));
            return !locative && countryWeight.getOrDefault(e.country(), 0) == 0;
        }

        private int priority(Entry e) {
            return switch (e.kind()) {
                case PERSON -> 8;
                case ORGANIZATION, MEDIA, GROUP -> 7;
                case METONYM -> 6;
                case SEAT -> 2;
                case COUNTRY -> 5;
                case REGION -> 4;
                case PLACE -> 3;
            };
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
            for (int k = before.size() - 1; k >= 0; k--) {
                ActorDraft ac = actors.get(before.get(k).actorKey);
                if (matches(ac, t)) {
                    d.actorKey = before.get(k).actorKey;
                    return;
                }
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
                return t.country() != null || ac.titles().contains(t.phrase());
            }
            return ac.titles().contains(t.phrase());
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
            return o.actorKey != null && o.type == EntityType.PERSON && (quoted[pronoun.start] || !quoted[o.start]);
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
                return new Actor(id, e.name(), e.type(), code, country, role, e.id(), span);
            }
            String name = named != null ? a.covered(new Span(ts.get(named.start).start(), ts.get(named.end - 1).end()))
                    : a.covered(span);
            EntityType type = named != null ? named.type : first.type;
            String country = null;
            String role = null;
            if (type == EntityType.PERSON) {
                Title t = ac.title();
                country = t != null && t.country() != null ? t.country() : sideCountry[first.sentence];
                role = t == null ? null : t.role();
            } else if (type == EntityType.ORGANIZATION && named != null) {
                for (int i = named.start; i < named.end && country == null; i++) {
                    PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, named.end);
                    country = adj != null ? adj.values().get(0) : titles.countryNamed(ts, i, named.end);
                }
                for (int i = named.start; i < named.end && role == null; i++) {
                    PhraseIndex.Match<RoleTitle> r = kb.roles().longest(ts, i, named.end);
                    role = r == null ? null : r.values().get(0).role();
                }
            }
            String code = country == null ? null : country + (role == null ? "" : role);
            return new Actor(id, name, type, code, country, role, null, span);
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

    /** The mentions gathered for one actor. */
    private static final class ActorDraft {
        final List<Draft> drafts = new ArrayList<>();

        String key() {
            return drafts.get(0).actorKey;
        }

        Entry entry() {
            for (Draft d : drafts) {
                if (d.entry != null) {
                    return d.entry;
                }
            }
            return null;
        }

        /** The longest name mention. */
        Draft name() {
            Draft best = null;
            for (Draft d : drafts) {
                if (d.kind == MentionKind.NAME && (best == null || d.end - d.start > best.end - best.start)) {
                    best = d;
                }
            }
            return best;
        }

        /** The first title that gives a role, with the first country any title gives. */
        Title title() {
            Title role = null;
            String country = null;
            for (Draft d : drafts) {
                if (d.title == null) {
                    continue;
                }
                if (role == null && d.title.role() != null) {
                    role = d.title;
                }
                if (country == null) {
                    country = d.title.country();
                }
            }
            if (role == null) {
                return country == null ? null : new Title(null, country, null, -1);
            }
            return role.country() == null && country != null ? role.withCountry(country) : role;
        }

        /** The role phrases this actor is known by: its titles and its offices. */
        Set<String> titles() {
            Set<String> out = new java.util.HashSet<>();
            for (Draft d : drafts) {
                if (d.title != null && d.title.phrase() != null) {
                    out.add(d.title.phrase());
                }
                if (d.entry != null) {
                    for (var o : d.entry.offices()) {
                        if (o.title() != null) {
                            out.add(o.title().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            return out;
        }
    }
}

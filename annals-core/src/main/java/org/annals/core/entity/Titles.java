package org.annals.core.entity;

import java.util.List;
import java.util.Set;

import org.annals.core.kb.Entry;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.Lookups;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.RoleTitle;
import org.annals.core.model.EntityType;
import org.annals.core.model.Token;

/**
 * Reads titles: the words before a name ({@code Russian Foreign Minister}, {@code Representative of Chile to the
 * United Nations office in Geneva}, {@code his Chilean counterpart}) and the role phrase
 * of a description ({@code an opponent of}). A title is a run of role words, nationality adjectives, country
 * names, capitalised words and the small words of titles, that contains at least one role; lower-case words
 * are allowed only inside a prepositional phrase ({@code to the permanent mission in Geneva}).
 */
final class Titles {

    static final Set<String> CONNECTORS = Lookups.set("of", "the", "to", "for", "on", "and");
    /** Verbs that no title holds: where one stands, a clause runs on to the name. */
    private static final Set<String> CLAUSE_VERBS = Lookups.set("is", "are", "was", "were", "be", "been", "has",
            "have", "had", "will", "would", "can", "could", "said", "says", "say", "do", "does", "did");

    /** Words that tell which holder of a title, not what office: "Kenya's new Prime Minister", "first deputy". */
    private static final Set<String> HOLDER_WORDS = Lookups.set("first", "new", "acting", "interim", "outgoing",
            "incoming", "caretaker");

    /** The longest title looked for before a name, in tokens. */
    private static final int MAX_TITLE = 30;

    private final KnowledgeBase kb;
    private final NameWords words;

    Titles(KnowledgeBase kb, NameWords words) {
        this.kb = kb;
        this.words = words;
    }

    /** The title that ends right before token {@code nameStart}, not before {@code floor}; or null. */
    Title before(List<Token> ts, int floor, int nameStart) {
        for (int p = Math.max(floor, nameStart - MAX_TITLE); p < nameStart; p++) {
            Title t = parse(ts, p, nameStart);
            if (t != null) {
                return t;
            }
        }
        // "Chile's Gabriel Boric": a country's possessive gives the country, not a role
        if (nameStart - 2 >= floor && ts.get(nameStart - 1).is("'s")) {
            for (int p = Math.max(floor, nameStart - 4); p < nameStart - 1; p++) {
                String c = countryNamed(ts, p, nameStart - 1);
                if (c != null && kb.names().longest(ts, p, nameStart - 1).end() == nameStart - 1) {
                    return new Title(null, c, null, p);
                }
            }
        }
        return null;
    }

    /** The title that is exactly the tokens {@code [p, end)}, or null. */
    Title parse(List<Token> ts, int p, int end) {
        Token first = ts.get(p);
        if (!first.isWord() || CONNECTORS.contains(first.text()) || words.is(first.text(), NameWords.Class.STOP)) {
            return null;
        }
        if (!first.isCapitalized() && kb.roles().longest(ts, p, end) == null && !isPossessive(first)) {
            return null;
        }
        if (CONNECTORS.contains(ts.get(end - 1).text()) || ts.get(end - 1).is("-")) {
            return null;
        }
        String country = null;
        RoleTitle head = null;
        RoleTitle organisation = null;
        boolean inPhrase = false;
        int i = isPossessive(first) ? p + 1 : p;
        while (i < end) {
            Token t = ts.get(i);
            PhraseIndex.Match<RoleTitle> role = kb.roles().longest(ts, i, end);
            if (role != null) {
                RoleTitle r = role.values().get(0);
                if (r.type() == EntityType.ORGANIZATION) {
                    if (organisation == null) {
                        organisation = r;
                    }
                } else if (head == null) {
                    head = r;
                }
                i = role.end();
                continue;
            }
            PhraseIndex.Match<String> adj = kb.adjectives().longest(ts, i, end);
            if (adj != null) {
                country = country == null ? adj.values().get(0) : country;
                i = adj.end();
                continue;
            }
            if (namesPerson(ts, i, end)) {
                return null;
            }
            String named = countryNamed(ts, i, end);
            if (named != null) {
                country = country == null ? named : country;
                i = kb.names().longest(ts, i, end).end();
                continue;
            }
            // "Gondor's Prime Minister": the possessive of the country the title names
            if (t.is("-") || t.is("'s") && country != null && head == null && organisation == null) {
                i++;
                continue;
            }
            if (HOLDER_WORDS.contains(t.text()) && head == null) {
                // "Gondor's first Deputy Prime Minister": which holder, before the office
                i++;
                continue;
            }
            if (CONNECTORS.contains(t.text())) {
                // "and" joins title parts ("Minister of Labour and Social Protection"); a preposition opens a
                // phrase whose lower-case words belong to the title ("to the permanent mission in Geneva")
                inPhrase = !t.is("and") && !t.is("the") || (t.is("the") && inPhrase);
                i++;
                continue;
            }
            if (t.isWord() && t.isCapitalized() && !words.is(t.text(), NameWords.Class.STOP)) {
                i++;
                continue;
            }
            if (t.isWord() && inPhrase && !t.isCapitalized() && !CLAUSE_VERBS.contains(t.text())) {
                // "to the Palestinian national authority"; a verb makes a clause of it: "residents of the area
                // are (Moslems)"
                i++;
                continue;
            }
            return null;
        }
        if (head == null && organisation == null) {
            return null;
        }
        // "Chief of the General Staff": the organisation a person heads decides the role
        RoleTitle decisive = organisation != null ? organisation : head;
        String phrase = head != null ? head.phrase() : organisation.phrase();
        return new Title(decisive.role(), country, phrase, p);
    }

    /**
     * The country a country's name at token {@code i} names, or null. In a title a region names its country
     * too: "Kurdistan Prime Minister ..." holds an office of Iraq.
     */
    String countryNamed(List<Token> ts, int i, int end) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(ts, i, end);
        if (m == null) {
            return null;
        }
        String region = null;
        for (KnowledgeBase.Candidate c : m.values()) {
            if (c.entry().kind() == Entry.Kind.COUNTRY) {
                return c.entry().country();
            }
            if (c.entry().kind() == Entry.Kind.REGION && !c.partial() && region == null) {
                region = c.entry().country();
            }
        }
        return region;
    }

    private boolean namesPerson(List<Token> ts, int i, int end) {
        PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(ts, i, end);
        if (m == null) {
            return false;
        }
        for (KnowledgeBase.Candidate c : m.values()) {
            if (c.entry().kind() == Entry.Kind.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessive(Token t) {
        return t.is("his") || t.is("her") || t.is("its") || t.is("their") || t.is("His") || t.is("Her");
    }
}

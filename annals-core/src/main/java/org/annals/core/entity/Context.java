package org.annals.core.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.kb.Entry;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.MentionKind;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;
import org.annals.core.tag.NerTagger;

/**
 * The work on one document shared by the entity stage's parts: the tokens, the publication date, the mentions
 * found so far (drafts), which tokens they cover, which tokens lie inside quotation marks, and the country the
 * delegation of each sentence speaks for.
 */
final class Context {
    final Analysis a;
    final List<Token> ts;
    final LocalDate date;
    final List<Draft> drafts = new ArrayList<>();
    final boolean[] covered;
    final String[] sideCountry;
    final boolean[] quoted;

    /** Where a name the tagger found starts: its end token (else 0) and its type (null for MISC). */
    final int[] taggedEnd;
    final EntityType[] taggedType;
    /** True when a tagger read the document. */
    final boolean tagged;

    Context(Analysis a, NerTagger tagger) {
        this.a = a;
        this.ts = a.tokens();
        this.taggedEnd = new int[ts.size()];
        this.taggedType = new EntityType[ts.size()];
        this.tagged = tagger != null;
        this.date = a.publication().date();
        this.covered = new boolean[ts.size()];
        this.sideCountry = new String[a.sentences().size()];
        this.quoted = quotedTokens();
        if (tagger != null) {
            tag(tagger);
        }
    }

    /**
     * Runs the tagger over the document. The tagger learnt from text whose hyphenated words are one token
     * ("Al-Ain", "Jean-Luc"), where annals splits them: it reads such words joined, and its names are mapped back
     * to annals' tokens.
     */
    private void tag(NerTagger tagger) {
        List<Token> joined = new ArrayList<>(ts.size());
        int[] first = new int[ts.size() + 1];
        int i = 0;
        while (i < ts.size()) {
            int j = i + 1;
            while (j + 1 < ts.size() && ts.get(j).is("-") && ts.get(j).start() == ts.get(j - 1).end()
                    && ts.get(j + 1).start() == ts.get(j).end() && ts.get(j + 1).kind() != Token.Kind.PUNCT
                    && ts.get(j - 1).kind() != Token.Kind.PUNCT) {
                j += 2;
            }
            first[joined.size()] = i;
            if (j == i + 1) {
                joined.add(ts.get(i));
            } else {
                StringBuilder text = new StringBuilder();
                for (int k = i; k < j; k++) {
                    text.append(ts.get(k).text());
                }
                joined.add(new Token(new org.annals.core.model.Span(ts.get(i).start(), ts.get(j - 1).end()),
                        text.toString(), ts.get(i).kind()));
            }
            i = j;
        }
        first[joined.size()] = ts.size();
        List<Sentence> sentences = new ArrayList<>(a.sentences().size());
        int at = 0;
        for (Sentence s : a.sentences()) {
            while (at < joined.size() && first[at] < s.firstToken()) {
                at++;
            }
            int from = at;
            while (at < joined.size() && first[at] < s.endToken()) {
                at++;
            }
            sentences.add(new Sentence(s.span(), from, at, s.paragraph()));
        }
        for (NerTagger.Entity e : tagger.tagDocument(joined, sentences)) {
            int start = first[e.start()];
            taggedEnd[start] = first[e.end()];
            taggedType[start] = switch (e.type()) {
                case NerTagger.PER -> EntityType.PERSON;
                case NerTagger.ORG -> EntityType.ORGANIZATION;
                case NerTagger.LOC -> EntityType.LOCATION;
                default -> null;
            };
        }
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

    /** Metadata lines at the top ("Outlet: The Meridian Post") are not prose: no actors there. */
    boolean inHeader(Sentence s) {
        for (org.annals.core.model.Block b : a.blocks()) {
            if (b.span().contains(s.span().start())) {
                return b.kind() == org.annals.core.model.Block.Kind.HEADER;
            }
        }
        return false;
    }

    Draft add(int start, int end, int sentence, EntityType type, MentionKind kind) {
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

    /** How strongly a kind of entry claims a name that several entries share. */
    static int priority(Entry e) {
        return switch (e.kind()) {
            case PERSON -> 8;
            case ORGANIZATION, MEDIA, GROUP -> 7;
            case METONYM -> 6;
            case COUNTRY -> 5;
            case REGION -> 4;
            case PLACE -> 3;
            case SEAT -> 2;
        };
    }
}

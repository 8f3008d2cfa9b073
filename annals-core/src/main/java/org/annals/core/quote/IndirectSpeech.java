package org.annals.core.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Lookups;
import org.annals.core.match.TokenView;
import org.annals.core.model.Block;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.Quote;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.quote.FrameWords.Role;

/**
 * Reported speech and attributions without quotation marks, sentence by sentence, in the forms news uses
 * (the cue's kind in {@code cues.tsv} says which apply):
 * <ul>
 * <li>{@code X said (that) <clause>}, {@code X told reporters on Monday that <clause>}, {@code X said, in an
 * email, that <clause>}: the clause runs to the end of the sentence or to a comma that opens another report
 * ({@code , but Y replied ...}) or a relative clause about it ({@code , which ...}); a cue of kind {@code that}
 * needs the "that"; a participle right after its subject ({@code polls showing ...}) ends at a comma;</li>
 * <li>{@code <clause>, X said.}, {@code <clause>, said X, an adviser to Y.} and {@code A, X said, B.}: the
 * clause runs from the start of the sentence, and only a short adjunct ({@code on Tuesday}) may follow;</li>
 * <li>{@code According to X, <clause>.} (X runs to the comma) and {@code <clause>, according to X.}: any
 * phrase is a source, documents and polls included;</li>
 * <li>kind {@code to}: {@code X vowed to ...}, {@code X urged Y to ...} (the addressee is part of what is
 * reported), else what is wanted ({@code voters want a change}); kind {@code ask}: {@code asked whether
 * ...}, {@code asked Y to ...}, {@code asked about ...}; kind {@code object}: the object of a stance, up to a
 * comma ({@code X endorsed Y}).</li>
 * </ul>
 * The subject is the phrase before the cue, or for a cue coordinated with an earlier verb ({@code X did not
 * apologize, but said ...}) or a participle after a comma ({@code X left, saying ...}) the sentence's own
 * subject. A negated speech verb ({@code did not say when}) reports nothing; a negated stance is still one. A
 * clause that holds quoted words whole, with no cue of their own, is a partial quote and takes them in
 * ({@code X said the plan was "reckless"}); one that overlaps other quoted words is dropped, and nested
 * reports ({@code X said Y told him that ...}) give only the outer one.
 */
final class IndirectSpeech {

    /** The fewest words a reported clause has. */
    static final int MIN_WORDS = 3;

    /** How far after the cue "that" may come ({@code said on Tuesday in a statement that}). */
    private static final int THAT_WINDOW = 9;

    /** How far after a comma the cue of another report may come ({@code , but he later added}). */
    private static final int REPORT_WINDOW = 5;

    /** How far after the cue "to" may come ({@code urged the two leaders to}). */
    private static final int TO_WINDOW = 6;

    /** How many tokens may follow a cue that closes its sentence ({@code , he said on Tuesday.}). */
    private static final int TAIL = 6;

    private final QuoteContext ctx;
    private final TokenView v;
    private final SpeakerPhrases phrases;

    IndirectSpeech(QuoteContext ctx, SpeakerPhrases phrases) {
        this.ctx = ctx;
        this.v = ctx.view;
        this.phrases = phrases;
    }

    /**
     * What the reported clauses of a document are.
     *
     * @param drafts the reported clauses, of kind {@code indirect}, or {@code partial} when quoted words are set
     *     into them
     * @param absorbed the quotes between marks that a clause took in: {@code X said the plan was “reckless”}
     *     reports the whole clause, the quoted word being part of it
     */
    record Found(List<Draft> drafts, Set<Draft> absorbed) {
    }

    /**
     * The reported clauses of the document. A clause that overlaps quoted words is kept only when it holds
     * them whole and they have no cue but its own: it is then a partial quote, and takes them in.
     */
    Found find(List<Draft> marked) {
        List<Draft> out = new ArrayList<>();
        Set<Draft> absorbed = new HashSet<>();
        Map<Integer, Draft> usedBy = new HashMap<>();
        for (Draft d : marked) {
            if (!d.cueSpan().isEmpty()) {
                usedBy.put(d.cueSpan().start(), d);
            }
        }
        for (Sentence s : v.analysis().sentences()) {
            if (s.tokenCount() == 0 || !ctx.isProse(s.firstToken())) {
                continue;
            }
            int from = s.firstToken();
            int to = s.endToken();
            for (int c = from; c < to; c++) {
                CueMatch m = ctx.cueAt(c);
                if (m == null) {
                    continue;
                }
                Draft d = switch (m.kind()) {
                    case SAY, THAT, TELL, REPORT -> verb(m, from, to);
                    case TO -> intention(m, from, to);
                    case ASK -> question(m, from, to);
                    case OBJECT -> stance(m, from, to);
                    case SOURCE -> source(m, from, to);
                    case NOUN -> nominal(m, from, to);
                    default -> null;
                };
                c = m.end() - 1;
                Draft user = usedBy.get(v.token(m.start()).start());
                if (d == null && user != null) {
                    d = aroundQuoted(m, user, to);
                }
                if (d == null || overlapsAny(d.span(), out)) {
                    continue;
                }
                List<Draft> inside = overlapping(d.span(), marked);
                if (user != null && !inside.contains(user)) {
                    continue;
                }
                if (inside.isEmpty()) {
                    out.add(d);
                } else if (takesIn(d, inside)) {
                    absorbed.addAll(inside);
                    int end = Math.max(d.span().end(), inside.get(inside.size() - 1).span().end());
                    out.add(new Draft(new Span(d.span().start(), end), Quote.Kind.PARTIAL, d.speakerSpan(),
                            d.cueSpan(), d.embedded(), false));
                }
            }
        }
        return new Found(out, absorbed);
    }

    /**
     * The clause around quoted words that a speech verb introduces when its subject was not read, but the quoted
     * words' speaker was ({@code X, a magazine that ..., said it was looking for “a white American” to ...}):
     * the clause after the cue (and its "that") that holds them, with their speaker; a clause that is mostly
     * the quotation leaves it a quote of its own.
     */
    private Draft aroundQuoted(CueMatch m, Draft quoted, int to) {
        Cue.Kind k = m.kind();
        if (k != Cue.Kind.SAY && k != Cue.Kind.THAT && k != Cue.Kind.TELL && k != Cue.Kind.REPORT
                || quoted.speakerSpan().isEmpty()
                || quoted.kind() != Quote.Kind.PARTIAL || quoted.span().start() < v.token(m.start()).end()) {
            return null;
        }
        int that = that(m.end(), to);
        int start = that >= 0 ? that + 1 : m.end();
        int first = v.tokenAtOrAfter(quoted.span().start());
        if (!opensClause(start, to) || QuoteMarks.mark(v, start) != 0 || first - start < 2) {
            return null;
        }
        int end = clauseEnd(start, to);
        if (words(start, end) < MIN_WORDS || v.token(end - 1).end() < quoted.span().start()
                || mostlyQuoted(v.span(start, end))) {
            return null;
        }
        return new Draft(v.span(start, end), Quote.Kind.INDIRECT, quoted.speakerSpan(),
                v.span(m.start(), m.end()), quoted.embedded(), false);
    }

    /** True when the clause holds the quotes (from their start) and none has a cue of its own. */
    private static boolean takesIn(Draft clause, List<Draft> quotes) {
        for (Draft q : quotes) {
            // a cue inside the clause is part of what was reported: "X said they found the letter “troubling”"
            if (q.span().start() < clause.span().start() || !q.cueSpan().isEmpty()
                    && !q.cueSpan().equals(clause.cueSpan()) && !clause.span().contains(q.cueSpan())) {
                return false;
            }
        }
        return true;
    }

    private static List<Draft> overlapping(Span s, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.span().overlaps(s)) {
                out.add(d);
            }
        }
        return out;
    }

    private Draft verb(CueMatch m, int from, int to) {
        if (phrases.isNegated(m.start(), from)) {
            return null;
        }
        int[] sp = subject(m.start(), from);
        if (sp != null) {
            int that = that(m.end(), to);
            int start = that >= 0 ? (isSubject(that, to) ? that : that + 1)
                    : m.kind() == Cue.Kind.SAY || ctx.inTitleCase(m.start()) ? m.end()
                    : m.kind() == Cue.Kind.TELL ? afterAddressee(m.end(), to) : -1;
            if (start >= 0 && opensClause(start, to) && (that >= 0 || !w(start, Role.PARTICLE))) {
                Draft reported = draft(start, isParticiple(m, sp) ? commaEnd(start, to) : clauseEnd(start, to), sp, m);
                // too short to be what was said ("..., the minister said Wednesday."): the clause before it is
                if (reported != null || that >= 0) {
                    return reported;
                }
            }
            boolean after = sp[0] > from && v.isPunct(sp[0] - 1, ',');
            if (that < 0 && m.kind() == Cue.Kind.REPORT && !(after && closesSentence(m.end(), to))) {
                // "X noted the rise in prices", "X explained why ...": the object is what was said
                Draft object = stance(m, from, to);
                if (object != null && !mostlyQuoted(object.span())) {
                    return object;
                }
            }
            if (sp[0] > from && v.isPunct(sp[0] - 1, ',')) {
                // the clause before its attribution, without a dateline ("ANTANANARIVO — Japan has given ...")
                int opening = afterDateline(from, sp[0] - 1);
                if (closesSentence(m.end(), to) || contrastFollows(m.end(), to)) {
                    return draft(opening, sp[0] - 1, sp, m);
                }
                int resume = resumes(m.end(), to);
                if (resume >= 0) {
                    // "A, she said, B": the reported clause runs around its attribution
                    return draft(opening, clauseEnd(resume, to), sp, m);
                }
            }
            return null;
        }
        if (v.is(m.end(), "that") && m.end() + 1 < to && opensComplement(m.end() + 1)) {
            // "fears that ...", "reports that ...": a verb that is also a noun, with no subject before it
            return nominal(m, from, to);
        }
        if (m.start() > from && v.isPunct(m.start() - 1, ',')) {
            int[] after = phrases.phraseAfter(m.end(), to);
            if (after != null && (closesSentence(after[1], to) || isAppositive(after[1], to))) {
                return draft(afterDateline(from, m.start() - 1), m.start() - 1, after, m);
            }
        }
        return null;
    }

    /**
     * Where the clause that a verb like "tell" reports without "that" opens, after its addressee, or -1: after a
     * pronoun ({@code told him the deal was off}) or a name ({@code told CNN he was ...}) and a day ({@code told
     * Reuters on Tuesday the dam ...}), a clause opened by a pronoun, a determiner or a name; after a short
     * phrase ({@code told the court she was innocent}), a clause opened by a pronoun only.
     */
    private int afterAddressee(int i, int to) {
        int j = -1;
        boolean named = true;
        if (i < to && w(i, Role.ADDRESSEE)) {
            j = i + 1;
        } else {
            int start = v.token(Math.min(i, to - 1)).start();
            for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
                for (Mention mention : ctx.mentions.inside(v.span(i, Math.min(to, i + SpeakerPhrases.MAX_PHRASE)),
                        type)) {
                    if (mention.span().start() == start) {
                        j = v.tokenAtOrAfter(mention.span().end());
                    }
                }
            }
            if (j < 0 && i + 1 < to && w(i, Role.DETERMINER)) {
                // "the court", "the committee", "a local radio station": at most three words, then a pronoun
                for (int k = i + 1; k < to && k <= i + 3 && !v.isPunct(k); k++) {
                    if (w(k, Role.PRONOUN)) {
                        j = k;
                        break;
                    }
                }
                named = false;
            }
        }
        if (j < 0) {
            return -1;
        }
        while (j < to && (w(j, Role.TIME) || v.is(j, "on") && j + 1 < to && w(j + 1, Role.TIME))) {
            j += v.is(j, "on") ? 2 : 1;
        }
        boolean opens = j < to && (w(j, Role.PRONOUN) || named && (w(j, Role.DETERMINER) || v.isCapitalized(j)));
        return opens && opensClause(j, to) ? j : -1;
    }

    /**
     * True when the "that" at token {@code that} is the subject of the reported clause, not its conjunction: a
     * verb follows it ({@code said that was unfair}, {@code said that wasn't a fair comparison}).
     */
    private boolean isSubject(int that, int to) {
        return that + 1 < to && (w(that + 1, Role.AUX) || v.lower(that + 1).endsWith("n't"));
    }

    /**
     * The subject of the cue at token {@code cue}: the phrase before it, or, for a verb coordinated with an
     * earlier one ({@code Conway did not apologize, but said ...}) or a participle after a comma ({@code The
     * paper endorsed her, saying ...}), the sentence's own subject: a pronoun that opens it, or the first
     * person or organisation named in its first words.
     */
    private int[] subject(int cue, int from) {
        int[] sp = phrases.subjectBefore(cue, from);
        if (sp != null) {
            return sp;
        }
        int i = cue - 1;
        while (i >= from && ctx.words.isSkippable(i)) {
            i--;
        }
        boolean participle = i >= from && v.isPunct(i, ',') && v.lower(cue).endsWith("ing");
        if (i <= from || !ctx.words.is(i, Role.COORDINATOR) && !participle) {
            return null;
        }
        from = afterDateline(afterLeadingPhrase(from, i), i);
        if (phrases.isPronoun(from, from + 1)) {
            return new int[] {from, from + 1};
        }
        Span head = v.span(from, Math.min(i, from + SpeakerPhrases.MAX_PHRASE));
        Mention first = null;
        // people and bodies speak, and so do countries ("Ethiopia rejected ... and said ...")
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
            for (Mention mention : ctx.mentions.inside(head, type)) {
                if (first == null || mention.span().start() < first.span().start()) {
                    first = mention;
                }
            }
        }
        if (first == null) {
            return null;
        }
        int start = v.tokenAtOrAfter(first.span().start());
        int end = v.tokenAtOrAfter(first.span().end());
        return start < end && !ctx.hasCue(from, start) ? new int[] {start, end} : null;
    }

    /** After a dateline that opens the sentence ("ADDIS ABABA — Ethiopia ..."), else {@code from}. */
    private int afterDateline(int from, int limit) {
        for (int k = from; k < limit && k <= from + 4; k++) {
            String t = v.token(k).text();
            if (t.equals("-") || t.equals("\u2014") || t.equals("\u2013") || t.equals("--")) {
                return k > from && v.isCapitalized(from) && k + 1 < limit ? k + 1 : from;
            }
            if (!v.isWord(k) && !v.isPunct(k, ',')) {
                return from;
            }
        }
        return from;
    }

    /**
     * Where the sentence's subject may start: after a leading participle or prepositional phrase that a comma
     * closes ({@code Asked about the leak, Conway ...}, {@code In New York, the council ...}), else {@code from}.
     */
    private int afterLeadingPhrase(int from, int limit) {
        String first = v.lower(from);
        if (!first.endsWith("ed") && !first.endsWith("ing") && !ctx.words.is(from, Role.PREPOSITION)) {
            return from;
        }
        for (int k = from + 1; k < limit && k <= from + SpeakerPhrases.MAX_PHRASE; k++) {
            if (v.isPunct(k, ',')) {
                return k + 1 < limit ? k + 1 : from;
            }
            if (v.isPunct(k)) {
                return from;
            }
        }
        return from;
    }

    /** True for a participle right after its subject ({@code polls showing ...}): its clause ends at a comma. */
    private boolean isParticiple(CueMatch m, int[] sp) {
        return sp[1] == m.start() && v.lower(m.end() - 1).endsWith("ing");
    }

    /** Where a clause resumes after a parenthetical attribution ({@code , she said, B}), or -1. */
    private int resumes(int at, int to) {
        for (int j = at; j < to && j - at <= TAIL; j++) {
            if (v.isPunct(j, ',')) {
                return words(j + 1, clauseEnd(j + 1, to)) >= MIN_WORDS && v.isWord(j + 1) ? j + 1 : -1;
            }
            if (v.isPunct(j) || v.is(j, "that") || ctx.cueAt(j) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when, after a short adjunct, a comma and a word of contrast follow token {@code at} ({@code , officials
     * said on Monday, although ...}): what follows is another clause, not more of the report.
     */
    private boolean contrastFollows(int at, int to) {
        for (int j = at; j + 1 < to && j - at <= TAIL; j++) {
            if (v.isPunct(j, ',')) {
                return w(afterMarks(j + 1, to), Role.CONTRAST);
            }
            if (v.isPunct(j) || v.is(j, "that") || ctx.cueAt(j) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * The comma that closes a relative clause opened at token {@code which} when the report goes on after it
     * with words of its own and no cue (the relative clause sits inside the report), else -1.
     */
    private int innerRelativeEnd(int which, int to) {
        for (int k = which + 1; k + 2 < to; k++) {
            if (ctx.cueAt(k) != null) {
                return -1;
            }
            if (v.isPunct(k, ',')) {
                int rest = withoutEndPunctuation(k + 1, to);
                return rest - (k + 1) >= 2 && !ctx.hasCue(k + 1, rest) ? k : -1;
            }
            if (v.isPunct(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code end}, moved back over the punctuation that ends {@code [start, end)}. */
    private int withoutEndPunctuation(int start, int end) {
        while (end > start && v.isPunct(end - 1)) {
            end--;
        }
        return end;
    }

    /** The first token from {@code i} that is no quotation mark ({@code "fully funded," despite}). */
    private int afterMarks(int i, int to) {
        while (i + 1 < to && QuoteMarks.mark(v, i) != 0) {
            i++;
        }
        return i;
    }

    /** True when a comma and an appositive with no cue end the sentence ({@code said X, an adviser to Y.}). */
    private boolean isAppositive(int at, int to) {
        int end = clauseEnd(at, to);
        if (at >= end || !v.isPunct(at, ',') || end - at > SpeakerPhrases.MAX_PHRASE + 2) {
            return false;
        }
        for (int j = at + 1; j < end; j++) {
            if (v.is(j, "that") || v.isPunct(j) && !v.isPunct(j, ',') || ctx.cueAt(j) != null) {
                return false;
            }
        }
        return true;
    }

    /** The end of a clause at its first comma, or as {@link #clauseEnd}. */
    private int commaEnd(int start, int to) {
        int end = clauseEnd(start, to);
        for (int j = start + 1; j < end; j++) {
            if (v.isPunct(j, ',')) {
                return j;
            }
        }
        return end;
    }

    /**
     * {@code X vowed to ...}, {@code X wants to ...}, {@code X urged lawmakers to ...} (the addressee is part of
     * what is reported), a clause with "that" ({@code X vowed that ...}), or else what is wanted as an object
     * ({@code voters want a change}).
     */
    private Draft intention(CueMatch m, int from, int to) {
        int[] sp = subject(m.start(), from);
        if (sp == null) {
            return null;
        }
        int that = that(m.end(), to);
        if (that >= 0 && opensClause(that + 1, to)) {
            return draft(that + 1, clauseEnd(that + 1, to), sp, m);
        }
        int t = infinitive(m.end(), to);
        if (t < 0) {
            return stance(m, from, to);
        }
        int start = t == m.end() ? t : m.end();
        return draft(start, clauseEnd(start, to), sp, m);
    }

    /**
     * {@code X endorsed Y}, {@code X sharply criticized Y's handling of ...}: the object, up to a comma or the
     * end of the clause; or a clause with "that" ({@code X denied that ...}). A negated stance is still one
     * ({@code did not recommend charges}).
     */
    private Draft stance(CueMatch m, int from, int to) {
        int[] sp = subject(m.start(), from);
        if (sp == null || m.end() >= to) {
            return null;
        }
        int that = that(m.end(), to);
        if (that >= 0 && opensClause(that + 1, to)) {
            return draft(that + 1, clauseEnd(that + 1, to), sp, m);
        }
        int start = m.end();
        // "announced Monday a plan", "announced Monday on Twitter": a time is when, not what
        while (start + 1 < to && w(start, Role.TIME) && !w(start, Role.DETERMINER) && !v.is(start, "last")
                && !v.is(start, "next")) {
            start++;
        }
        // "backed out of the project", "wrote off the loss": a phrasal verb, not a stance
        if (!opensClause(start, to) || ctx.words.is(start, Role.BOUNDARY) || w(start, Role.PARTICLE)) {
            return null;
        }
        int end = commaEnd(start, to);
        if (words(start, end) < 1 || QuoteMarks.mark(v, start) != 0) {
            return null;
        }
        return new Draft(v.span(start, end), Quote.Kind.INDIRECT, v.span(sp[0], sp[1]), v.span(m.start(), m.end()),
                v.blockKind(start) == Block.Kind.EMBED, false);
    }

    /**
     * {@code the news that ...}, {@code amid fears that ...}, {@code Trump's claim that ...}: a noun of speech or
     * belief and the clause its "that" opens (a clause of its own, not a relative one: {@code the news that
     * shook the market} reports nothing). The speaker is the possessive before the noun, or none.
     */
    private Draft nominal(CueMatch m, int from, int to) {
        int that = m.end();
        if (that + 1 >= to || !v.is(that, "that") || !opensComplement(that + 1)) {
            return null;
        }
        int end = clauseEnd(that + 1, to);
        if (words(that + 1, end) < MIN_WORDS || QuoteMarks.mark(v, that + 1) != 0) {
            return null;
        }
        int[] sp = null;
        int before = m.start() - 1;
        if (before > from && v.is(before, "'s")) {
            // the owner: the words before "'s" back to a preposition, a verb of the lexicon or a stop
            int k = before - 1;
            while (k >= from && before - k <= SpeakerPhrases.MAX_PHRASE && v.isWord(k) && !w(k, Role.PREPOSITION)
                    && !w(k, Role.BOUNDARY) && !w(k, Role.AUX) && !w(k, Role.RELATIVE) && ctx.cueCovering(k) == null) {
                k--;
            }
            sp = k + 1 < before && phrases.accept(k + 1, before) ? new int[] {k + 1, before} : null;
        } else if (before >= from && w(before, Role.DETERMINER) && POSSESSIVES.contains(v.lower(before))) {
            sp = new int[] {before, before + 1};
        }
        Span speaker = sp == null ? Span.NONE : v.span(sp[0], sp[1]);
        return new Draft(v.span(that + 1, end), Quote.Kind.INDIRECT, speaker, v.span(m.start(), m.end()),
                v.blockKind(that) == Block.Kind.EMBED, sp == null);
    }

    /** The possessive determiners that name the holder of a claim or a belief. */
    private static final Set<String> POSSESSIVES = Lookups.set("his", "her", "their", "its", "our", "my");

    /**
     * True when a clause of its own opens at token {@code i}, after "that": a subject (a determiner, a pronoun, a
     * name, a number), not the verb of a relative clause.
     */
    private boolean opensComplement(int i) {
        return w(i, Role.DETERMINER) && !v.is(i, "that") || w(i, Role.PRONOUN) || v.isCapitalized(i)
                || v.token(i).kind() == Token.Kind.NUMBER;
    }

    /**
     * {@code X asked whether ...} (the question), {@code X asked voters to ...} (the request), {@code X asked
     * about ...} (the topic), past an addressee or an agent ({@code asked the minister whether ...}, {@code
     * when asked by reporters how ...}). A question asked of someone with no asker named ({@code Asked whether
     * ..., he said}, {@code when asked about ...}) is reported without a speaker.
     */
    private Draft question(CueMatch m, int from, int to) {
        boolean passive = isPassive(m, from);
        int[] sp = passive ? null : subject(m.start(), from);
        int j = m.end();
        if (j >= to || sp == null && !passive) {
            return null;
        }
        int start = -1;
        for (int k = j; k < to && k - j < TO_WINDOW; k++) {
            if (k == j ? w(k, Role.QUESTION) : isQuestionWord(k)) {
                start = k;
                break;
            }
            if (w(k, Role.TOPIC)) {
                start = k + 1;
                break;
            }
            if (v.isPunct(k) || ctx.cueAt(k) != null || w(k, Role.BOUNDARY)) {
                break;
            }
        }
        if (start < 0 && sp != null && infinitive(j, to) >= 0) {
            start = j;
        }
        if (start < 0) {
            return null;
        }
        int end = sp == null ? commaEnd(start, to) : clauseEnd(start, to);
        return sp == null ? unattributed(start, end, m) : draft(start, end, sp, m);
    }

    /** True for a word that opens a question after an addressee: whether, if, how, why. */
    private boolean isQuestionWord(int k) {
        return v.is(k, "whether") || v.is(k, "if") || v.is(k, "how") || v.is(k, "why");
    }

    /**
     * True when "asked" stands with no asker: it opens the sentence or follows a conjunction ({@code Asked
     * whether ...}, {@code when asked about ...}, {@code And asked how ...}), or it is passive ({@code she was
     * asked whether ...}: she is the one asked).
     */
    private boolean isPassive(CueMatch m, int from) {
        if (!v.lower(m.start()).equals("asked")) {
            return false;
        }
        int before = m.start() - 1;
        while (before >= from && w(before, Role.ADVERB)) {
            before--;
        }
        return before < from || w(before, Role.BOUNDARY) && !v.is(before, "that") || v.isPunct(before, ',')
                || BE.contains(v.lower(before));
    }

    /** The forms of "be" that make "asked" passive. */
    private static final Set<String> BE = Lookups.set("is", "are", "was", "were", "be", "been", "being");

    /** A reported question with no speaker named. */
    private Draft unattributed(int start, int end, CueMatch cue) {
        if (words(start, end) < MIN_WORDS || QuoteMarks.mark(v, start) != 0) {
            return null;
        }
        return new Draft(v.span(start, end), Quote.Kind.INDIRECT, Span.NONE, v.span(cue.start(), cue.end()),
                v.blockKind(start) == Block.Kind.EMBED, true);
    }

    /**
     * The token of a "to" that opens an infinitive soon after {@code from} (right there, or after an addressee:
     * {@code urged lawmakers to act}), with no punctuation, cue or clause boundary before it; -1 when there is
     * none. "to" opens an infinitive when a lower-case word that is no determiner follows it.
     */
    private int infinitive(int from, int to) {
        for (int j = from; j + 1 < to && j - from < TO_WINDOW; j++) {
            if (v.is(j, "to")) {
                return v.isWord(j + 1) && (!v.isCapitalized(j + 1) || ctx.inTitleCase(j + 1))
                        && !ctx.words.is(j + 1, Role.DETERMINER)
                        && !ctx.words.is(j + 1, Role.PRONOUN) ? j : -1;
            }
            if (v.isPunct(j) || ctx.words.is(j, Role.BOUNDARY) || ctx.cueAt(j) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * {@code According to X, <clause>} (the source runs to the comma: {@code according to documents released
     * by the committee,}) and {@code <clause>, according to X}. Any phrase will do as source: documents and
     * polls are sources as much as people.
     */
    private Draft source(CueMatch m, int from, int to) {
        if (m.start() == from) {
            int comma = comma(m.end(), to);
            int[] sp = comma < 0 ? null : new int[] {m.end(), comma};
            if (sp == null || sp[0] >= sp[1] || !v.isWord(sp[1] - 1)) {
                return null;
            }
            return draft(comma + 1, clauseEnd(comma + 1, to), sp, m);
        }
        int[] sp = phrases.phraseAfter(m.end(), to);
        if (sp != null && closesSentence(sp[1], to)) {
            int end = v.isPunct(m.start() - 1, ',') ? m.start() - 1 : m.start();
            return draft(lastClause(from, end), end, sp, m);
        }
        return null;
    }

    /**
     * Where the clause that a sentence-final "according to X" attributes starts: after a leading subordinate or
     * prepositional phrase ({@code Although ..., he remains ...}), or after the subordinator of a last clause
     * ({@code ..., after someone had shouted}); else the sentence's start. A comma of a list ({@code Iran, Iraq
     * and Syria agreed}) opens no clause.
     */
    private int lastClause(int from, int end) {
        int comma = -1;
        for (int k = end - 1; k > from; k--) {
            if (v.isPunct(k, ',')) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma + 1 >= end) {
            return from;
        }
        int start = comma + 1;
        boolean subordinate = w(start, Role.BOUNDARY) && !v.lower(start).equals("and") && !v.lower(start).equals("or");
        boolean leading = w(from, Role.BOUNDARY) || w(from, Role.PREPOSITION);
        if (!subordinate && !leading) {
            return from;
        }
        if (subordinate) {
            start++;
        }
        if (start >= end || w(start, Role.AUX) || w(start, Role.ADVERB) || w(start, Role.RELATIVE)
                || w(start, Role.PREPOSITION) || words(start, end) < MIN_WORDS) {
            return from;
        }
        return start;
    }

    private boolean w(int i, Role role) {
        return ctx.words.is(i, role);
    }

    /** The first comma after {@code from} within a speaker phrase's length, no other stop before it, or -1. */
    private int comma(int from, int to) {
        for (int j = from; j < to && j - from <= SpeakerPhrases.MAX_PHRASE + 4; j++) {
            if (v.isPunct(j, ',')) {
                return j;
            }
            if (v.isPunct(j) && !v.isPunct(j, '\'') && !isJoiningHyphen(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** True for a hyphen inside a word, no space on either side ({@code fund-raising}, {@code EB-5}). */
    private boolean isJoiningHyphen(int j) {
        return v.isPunct(j, '-') && j > 0 && j + 1 < v.size() && v.token(j - 1).end() == v.token(j).start()
                && v.token(j).end() == v.token(j + 1).start() && !v.isPunct(j - 1) && !v.isPunct(j + 1);
    }

    private Draft draft(int start, int end, int[] sp, CueMatch cue) {
        if (words(start, end) < MIN_WORDS || QuoteMarks.mark(v, start) != 0) {
            return null;
        }
        return new Draft(v.span(start, end), Quote.Kind.INDIRECT, v.span(sp[0], sp[1]),
                v.span(cue.start(), cue.end()), v.blockKind(start) == Block.Kind.EMBED, false);
    }

    /**
     * The token of a "that" soon after the cue (past an addressee or a short adjunct, commas and names with
     * an apostrophe included: {@code told host Larry O'Connor that}, {@code said, in an email, that}), or -1.
     */
    private int that(int from, int to) {
        for (int j = from; j < to && j - from < THAT_WINDOW; j++) {
            if (v.is(j, "that")) {
                return j;
            }
            boolean apostrophe = v.isPunct(j, '\'') && j > from && v.isWord(j - 1) && j + 1 < to && v.isWord(j + 1);
            if (v.isPunct(j) && !v.isPunct(j, ',') && !apostrophe
                    || ctx.cueAt(j) != null && ctx.cueAt(j).kind() != Cue.Kind.ADJUNCT) {
                return -1;
            }
        }
        return -1;
    }

    /** True when a reported clause can start at token {@code i}: a word that is not a preposition. */
    private boolean opensClause(int i, int to) {
        return i < to && !v.isPunct(i) && !ctx.words.is(i, Role.PREPOSITION)
                && !ctx.words.is(i, Role.CONNECTOR) && !ctx.words.is(i, Role.AUX);
    }

    /**
     * The end of a clause that runs to the end of the sentence, without its final punctuation, or up to a
     * comma that opens another report ({@code , adding that ...}, {@code , but he added ...}, {@code , Trump
     * responded}), a relative clause about the report ({@code , which ...}) or a contrast ({@code , despite
     * ...}).
     */
    private int clauseEnd(int start, int to) {
        int end = to;
        for (int j = start + 1; j + 1 < to; j++) {
            if (v.isPunct(j, ',') && v.is(j + 1, "which")) {
                // "the race, which brought new revelations, had been exasperating": a relative clause set off by
                // two commas inside the report, which goes on after it
                int close = innerRelativeEnd(j + 1, to);
                if (close > 0) {
                    j = close;
                    continue;
                }
            }
            if (v.isPunct(j, ',') && (opensReport(j + 1, to) || v.is(j + 1, "which")
                    || w(afterMarks(j + 1, to), Role.CONTRAST))) {
                end = j;
                break;
            }
            // "... and said it ...": a second report of the same speaker, joined without a comma
            if (w(j, Role.COORDINATOR) && ctx.cueAt(j + 1) != null && ctx.cueAt(j + 1).kind() != Cue.Kind.ADJUNCT) {
                end = j;
                break;
            }
            // "... out of worry: “It's ...”": a colon opens the quoted words that follow, not more of the report
            if (v.isPunct(j, ':') && QuoteMarks.mark(v, j + 1) != 0) {
                end = j;
                break;
            }
        }
        return withoutEndPunctuation(start, end);
    }

    /** True when a cue comes within a few words from token {@code k} (quotation marks aside), no stop between. */
    private boolean opensReport(int k, int to) {
        for (int i = k; i < to && i - k <= REPORT_WINDOW; i++) {
            CueMatch m = ctx.cueAt(i);
            if (m != null && m.kind() != Cue.Kind.ADJUNCT) {
                return true;
            }
            if (v.isPunct(i) && QuoteMarks.mark(v, i) == 0 || v.is(i, "that")) {
                return false;
            }
        }
        return false;
    }

    /** True when only a short adjunct (no cue, no "that") lies between token {@code at} and the sentence end. */
    private boolean closesSentence(int at, int to) {
        int end = clauseEnd(at, to);
        if (end - at > TAIL) {
            return false;
        }
        for (int j = at; j < end; j++) {
            if (v.is(j, "that") || v.isPunct(j)) {
                return false;
            }
            CueMatch m = ctx.cueAt(j);
            if (m != null && m.kind() != Cue.Kind.ADJUNCT) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when quoted words make half the span or more: an object that is mostly a quotation leaves it a quote
     * of its own ({@code underlined his commitment to a settlement “on the basis of ...”}), while a few quoted
     * words inside an object are part of it ({@code conceded the tax code is “unfair”}).
     */
    private boolean mostlyQuoted(Span s) {
        int quoted = 0;
        int all = 0;
        for (int i = v.tokenAtOrAfter(s.start()); i < v.size() && v.token(i).start() < s.end(); i++) {
            if (v.isWord(i)) {
                all++;
                if (ctx.isQuoted(i)) {
                    quoted++;
                }
            }
        }
        return quoted * 2 >= all && quoted > 0;
    }


    private int words(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!v.isPunct(i)) {
                n++;
            }
        }
        return n;
    }

    private static boolean overlapsAny(Span s, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.span().overlaps(s)) {
                return true;
            }
        }
        return false;
    }
}

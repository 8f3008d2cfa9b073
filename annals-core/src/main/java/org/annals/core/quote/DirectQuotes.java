package org.annals.core.quote;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.match.TokenView;
import org.annals.core.model.Block;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.quote.QuoteMarks.Marked;

/**
 * Turns the stretches between quotation marks into direct and partial quotes with their cue and speaker, and
 * rejects scare quotes.
 *
 * <p>Attribution reads the patterns of news prose: right after the quote ({@code "...," X said}, {@code "...,"
 * said X}, {@code "...," according to X}, {@code "..." - X}, or a short next sentence {@code "...!" X said.});
 * before it, in its sentence ({@code X said: "..."}, {@code X said "..."}, {@code X stressed that Moscow's
 * "..."}, {@code According to X, "..."}), or at the end of the paragraph before ({@code X told reporters:}). A
 * cue whose subject is missing ({@code "...," the president said, pledging to "..."}) takes the subject of
 * the cue before it in the sentence. A tight cue with a speaker right after the quote wins over a cue before
 * it.
 *
 * <p>Kinds: a quote set into the reporter's own words (after a word that is not a cue) is {@code partial}
 * unless it reads as a sentence of six words or more opened by a capital; otherwise a quote is
 * {@code direct} when it opens with a capital, has six words or more, or ends with a full stop, and
 * {@code partial} when it is a short fragment. A quote of three words or fewer with no cue near (in its
 * sentences or right after it) is a scare quote and is dropped, and so is a short phrase of under six words
 * set into prose with no cue near (a name in quotation marks), and so is a quote of no word at all (a number
 * in quotation marks); a quote of three words or fewer right after a
 * scare marker, a determiner or a possessive names something ({@code so-called "partners"}, {@code accused its
 * 'partners'}, {@code Moscow's "operation"}) and is dropped even with a cue near.
 */
final class DirectQuotes {

    /** A quote of this many words or more reads as a clause. */
    static final int CLAUSE_WORDS = 6;

    /** A quote of this many words or fewer, with no cue near, is a scare quote. */
    static final int SCARE_WORDS = 3;

    private static final int AFTER_WINDOW = 14;

    private final QuoteContext ctx;
    private final TokenView v;
    private final SpeakerPhrases phrases;

    DirectQuotes(QuoteContext ctx, SpeakerPhrases phrases) {
        this.ctx = ctx;
        this.v = ctx.view;
        this.phrases = phrases;
    }

    /** The quotes of the marked stretches that are not scare quotes, in text order. */
    List<Draft> drafts(List<Marked> marks) {
        List<Draft> out = new ArrayList<>();
        for (Marked q : marks) {
            Draft d = draft(q);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private Draft draft(Marked q) {
        Attribution at = attribute(q);
        int words = words(q.from(), q.to());
        if (!hasWord(q.from(), q.to())) {
            return null;
        }
        boolean setInProse = setInProse(q.open());
        int last = q.close() >= 0 ? q.close() : q.to() - 1;
        boolean cueNear = (at.cue() != null ? at.cue().kind().isSpeech() : at.hasSpeaker())
                || ctx.hasSpeechCue(v.sentenceFirst(q.open()), v.sentenceEnd(last));
        boolean named = ctx.endsScareMarker(q.open() - 1) || q.open() > 0 && !v.isPunct(q.open() - 1)
                && ctx.words.is(q.open() - 1, FrameWords.Role.DETERMINER);
        if (words <= SCARE_WORDS && named
                || !cueNear && (words <= SCARE_WORDS || setInProse && words < CLAUSE_WORDS)) {
            return null;
        }
        boolean capital = startsWithCapital(q.from(), q.to());
        Quote.Kind kind;
        if (setInProse) {
            kind = capital && words >= CLAUSE_WORDS ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL;
        } else {
            kind = capital || words >= CLAUSE_WORDS || endsSentence(q.to()) ? Quote.Kind.DIRECT
                    : Quote.Kind.PARTIAL;
        }
        Span speaker = at.hasSpeaker() ? v.span(at.speakerStart(), at.speakerEnd()) : Span.NONE;
        Span cue = at.cue() != null ? v.span(at.cue().start(), at.cue().end()) : Span.NONE;
        int from = q.from();
        int first = v.sentenceFirst(q.open());
        if (at.hasSpeaker() && at.speakerStart() > last && leadsIn(first, q.open())) {
            // the reporter's words run on into the quoted ones, and the speaker comes after both:
            // 'The mayor "will not bow to pressure," her spokesman said.' What was said is the whole
            from = first;
            kind = Quote.Kind.PARTIAL;
        }
        return new Draft(v.span(from, q.to()), kind, speaker, cue,
                v.blockKind(q.open()) == Block.Kind.EMBED, false);
    }

    /**
     * True when tokens {@code [first, open)}, the sentence before a quotation mark, are the reporter's own words
     * leading into the quote: two words or more of prose, with no quotation mark and no cue among them.
     */
    private boolean leadsIn(int first, int open) {
        if (open - first < 2 || !ctx.isProse(first)) {
            return false;
        }
        for (int j = first; j < open; j++) {
            if (QuoteMarks.mark(v, j) != 0 || ctx.cueCovering(j) != null) {
                return false;
            }
        }
        return words(first, open) >= 2;
    }

    /** The cue and speaker of a quote: a tight attribution after it first, then one before it. */
    Attribution attribute(Marked q) {
        Attribution after = after(q);
        if (after.cue() != null && after.hasSpeaker()) {
            return after;
        }
        Attribution before = before(q);
        boolean verbBefore = before.cue() != null && before.cue().kind() != Cue.Kind.ADJUNCT;
        if (verbBefore && before.hasSpeaker()) {
            return before;
        }
        if (after.hasSpeaker()) {
            return after;
        }
        if (verbBefore) {
            return before;
        }
        return after.cue() != null ? after : before;
    }

    private Attribution after(Marked q) {
        if (q.close() < 0) {
            return Attribution.NONE;
        }
        int k = q.close() + QuoteMarks.width(v, q.close());
        if (k >= v.size() || v.blockIndex(k) != v.blockIndex(q.close())) {
            return Attribution.NONE;
        }
        boolean newSentence = v.sentenceIndex(k) != v.sentenceIndex(q.close());
        int limit = Math.min(v.sentenceEnd(k), k + AFTER_WINDOW);
        for (int j = k; j < limit; j++) {
            if (QuoteMarks.mark(v, j) != 0) {
                limit = j;
                break;
            }
        }
        boolean dash = false;
        if (k < limit && v.isPunct(k, ',')) {
            k++;
        } else if (k < limit && v.isPunct(k) && v.lower(k).charAt(0) == '-') {
            dash = true;
            k++;
        }
        if (k >= limit) {
            return Attribution.NONE;
        }
        CueMatch first = ctx.cueAt(k);
        if (first != null && first.kind() != Cue.Kind.ADJUNCT && !newSentence) {
            return Attribution.of(first, phrases.phraseAfter(first.end(), limit));
        }
        for (int j = k; j < limit && j - k <= SpeakerPhrases.MAX_PHRASE + 2; j++) {
            CueMatch m = ctx.cueAt(j);
            if (m != null && m.kind() != Cue.Kind.ADJUNCT) {
                int[] sp = m.kind() == Cue.Kind.SOURCE ? phrases.phraseAfter(m.end(), limit)
                        : phrases.subjectBefore(j, k);
                if (newSentence && (sp == null || sp[0] != k || limit - m.end() > 4)) {
                    return Attribution.NONE;
                }
                return Attribution.of(m, sp);
            }
            if (v.isPunct(j) && !v.isPunct(j, ',')) {
                break;
            }
        }
        return dash ? Attribution.of(null, phrases.phraseAfter(k, limit)) : Attribution.NONE;
    }

    private Attribution before(Marked q) {
        int open = q.open();
        int from = v.sentenceFirst(open);
        int end = open;
        if (from == open) {
            if (open == 0 || !v.isPunct(open - 1, ':') || !ctx.isProse(open - 1)) {
                return Attribution.NONE;
            }
            end = open - 1;
            from = v.sentenceFirst(end);
        }
        CueMatch nearest = null;
        CueMatch adjunct = null;
        for (int j = end - 1; j >= from; j--) {
            CueMatch m = ctx.cueCovering(j);
            if (m == null) {
                continue;
            }
            j = m.start();
            Cue.Kind kind = m.kind();
            if (kind == Cue.Kind.ADJUNCT) {
                adjunct = adjunct == null ? m : adjunct;
                continue;
            }
            if (inRelativeClause(m, from, end)) {
                continue;
            }
            int[] sp = kind == Cue.Kind.SOURCE ? phrases.phraseAfter(m.end(), end)
                    : phrases.subjectBefore(m.start(), from);
            nearest = nearest == null ? m : nearest;
            if (sp != null) {
                return Attribution.of(nearest, sp);
            }
        }
        return Attribution.of(nearest != null ? nearest : adjunct, null);
    }

    /**
     * True when the cue stands in a relative clause that commas set off before the quote ({@code X called the
     * attack, which killed 12 people according to officials, "an outrage"}): it tells where that clause comes
     * from, not who spoke the quote.
     */
    private boolean inRelativeClause(CueMatch m, int from, int end) {
        int k = m.start() - 1;
        while (k >= from && !v.isPunct(k, ',')) {
            k--;
        }
        if (k < from || k + 1 >= m.start() || !ctx.words.is(k + 1, FrameWords.Role.RELATIVE)) {
            return false;
        }
        for (int j = m.end(); j < end; j++) {
            if (v.isPunct(j, ',')) {
                return true;
            }
        }
        return false;
    }

    /** True when the quote opens after a word of the reporter's that is not a cue ({@code called it "..."}). */
    private boolean setInProse(int open) {
        if (open == v.sentenceFirst(open)) {
            return false;
        }
        Token before = v.token(open - 1);
        return (before.kind() == Token.Kind.WORD || before.kind() == Token.Kind.NUMBER)
                && ctx.cueCovering(open - 1) == null;
    }

    private int words(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            Token.Kind k = v.token(i).kind();
            if (k == Token.Kind.WORD || k == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    /** True when a word (not only numbers and signs) is among the tokens: {@code "785842"} quotes nobody. */
    private boolean hasWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.isWord(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithCapital(int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.isWord(i)) {
                return v.isCapitalized(i);
            }
            if (!v.isPunct(i)) {
                return false;
            }
        }
        return false;
    }

    private boolean endsSentence(int to) {
        String t = v.token(to - 1).text();
        return v.isPunct(to - 1) && (t.startsWith(".") || t.equals("!") || t.equals("?"));
    }
}

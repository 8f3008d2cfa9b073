package org.annals.core.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.annals.core.match.TokenView;
import org.annals.core.model.Block;
import org.annals.core.model.EntityType;
import org.annals.core.model.Quote;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.quote.FrameWords.Role;

/**
 * Reported speech without quotation marks, sentence by sentence, in the forms news uses:
 * <ul>
 * <li>{@code X said (that) <clause>}, {@code X told reporters on Monday that <clause>}: the clause runs to the
 * end of the sentence; a cue of kind {@code that} needs the "that";</li>
 * <li>{@code <clause>, X said.} and {@code <clause>, said X.}: the clause runs from the start of the sentence
 * to the comma, and only a short adjunct ({@code on Tuesday}, {@code in a statement}) may follow the cue;</li>
 * <li>{@code According to X, <clause>.} and {@code <clause>, according to X.}</li>
 * </ul>
 * The speaker must be a person or an organisation: a mention of a person, an organisation or a country (a
 * government speaking through its name) over the speaker phrase, a pronoun, or a nominal ({@code the
 * minister}, {@code officials}); when the document has no mentions at all, any accepted speaker phrase will
 * do. A negated cue ({@code did not say when}) reports nothing. Reported clauses that overlap quoted words are left to the quote, a cue that already attributes a quote
 * ({@code "...," the minister said of the decision}) reports nothing more, and nested reports ({@code X said Y
 * told him that ...}) give only the outer one.
 */
final class IndirectSpeech {

    /** The fewest words a reported clause has. */
    static final int MIN_WORDS = 3;

    /** How far after the cue "that" may come ({@code said on Tuesday in a statement that}). */
    private static final int THAT_WINDOW = 6;

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

    /** The reported clauses of the document that no quote in {@code marked} already covers. */
    List<Draft> drafts(List<Draft> marked) {
        List<Draft> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (Draft d : marked) {
            used.add(d.cueSpan().start());
        }
        for (Sentence s : v.analysis().sentences()) {
            if (s.tokenCount() == 0 || !ctx.isProse(s.firstToken())) {
                continue;
            }
            int from = s.firstToken();
            int to = s.endToken();
            for (int c = from; c < to; c++) {
                CueMatch m = ctx.cueAt(c);
                if (m == null || used.contains(v.token(c).start())) {
                    continue;
                }
                Draft d = switch (m.kind()) {
                    case SAY, THAT -> verb(m, from, to);
                    case SOURCE -> source(m, from, to);
                    default -> null;
                };
                if (d != null && !overlapsAny(d.span(), marked) && !overlapsAny(d.span(), out)) {
                    out.add(d);
                }
                c = m.end() - 1;
            }
        }
        return out;
    }

    private Draft verb(CueMatch m, int from, int to) {
        if (phrases.isNegated(m.start(), from)) {
            return null;
        }
        int[] sp = phrases.subjectBefore(m.start(), from);
        if (sp != null) {
            int that = that(m.end(), to);
            int start = that >= 0 ? that + 1 : m.kind() == Cue.Kind.SAY ? m.end() : -1;
            if (start >= 0 && opensClause(start, to)) {
                return draft(start, clauseEnd(start, to), sp, m);
            }
            if (sp[0] > from && v.isPunct(sp[0] - 1, ',') && closesSentence(m.end(), to)) {
                return draft(from, sp[0] - 1, sp, m);
            }
            return null;
        }
        if (m.start() > from && v.isPunct(m.start() - 1, ',')) {
            int[] after = phrases.phraseAfter(m.end(), to);
            if (after != null && closesSentence(after[1], to)) {
                return draft(from, m.start() - 1, after, m);
            }
        }
        return null;
    }

    private Draft source(CueMatch m, int from, int to) {
        int[] sp = phrases.phraseAfter(m.end(), to);
        if (sp == null) {
            return null;
        }
        if (m.start() == from && sp[1] < to && v.isPunct(sp[1], ',')) {
            return draft(sp[1] + 1, clauseEnd(sp[1] + 1, to), sp, m);
        }
        if (m.start() > from && closesSentence(sp[1], to)) {
            int end = v.isPunct(m.start() - 1, ',') ? m.start() - 1 : m.start();
            return draft(from, end, sp, m);
        }
        return null;
    }

    private Draft draft(int start, int end, int[] sp, CueMatch cue) {
        if (words(start, end) < MIN_WORDS || QuoteMarks.mark(v, start) != 0 || !isSpeaker(sp[0], sp[1])) {
            return null;
        }
        return new Draft(v.span(start, end), Quote.Kind.INDIRECT, v.span(sp[0], sp[1]),
                v.span(cue.start(), cue.end()), v.blockKind(start) == Block.Kind.EMBED, false);
    }

    /** The token of a "that" soon after the cue, with no punctuation in between, or -1. */
    private int that(int from, int to) {
        for (int j = from; j < to && j - from < THAT_WINDOW; j++) {
            if (v.is(j, "that")) {
                return j;
            }
            if (v.isPunct(j) || ctx.cueAt(j) != null && ctx.cueAt(j).kind() != Cue.Kind.ADJUNCT) {
                return -1;
            }
        }
        return -1;
    }

    /** True when a reported clause can start at token {@code i}: a word that is not a preposition. */
    private boolean opensClause(int i, int to) {
        return i < to && !v.isPunct(i) && !ctx.words.is(v, i, Role.PREPOSITION)
                && !ctx.words.is(v, i, Role.CONNECTOR) && !ctx.words.is(v, i, Role.AUX);
    }

    /**
     * The end of a clause that runs to the end of the sentence, without its final punctuation, or up to a
     * comma that opens another report ({@code , adding that ...}).
     */
    private int clauseEnd(int start, int to) {
        int end = to;
        for (int j = start + 1; j + 1 < to; j++) {
            if (v.isPunct(j, ',') && ctx.cueAt(j + 1) != null && ctx.cueAt(j + 1).kind() != Cue.Kind.ADJUNCT) {
                end = j;
                break;
            }
        }
        while (end > start && v.isPunct(end - 1)) {
            end--;
        }
        return end;
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

    private boolean isSpeaker(int start, int end) {
        if (ctx.mentions.isEmpty() || phrases.isPronoun(start, end) || phrases.isNominal(start, end)) {
            return true;
        }
        return ctx.mentions.any(v.span(start, end), EntityType.PERSON, EntityType.ORGANIZATION,
                EntityType.LOCATION);
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

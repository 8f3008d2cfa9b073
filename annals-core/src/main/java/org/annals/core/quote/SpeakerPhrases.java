package org.annals.core.quote;

import java.util.List;

import org.annals.core.match.TokenView;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.Token;
import org.annals.core.quote.FrameWords.Role;

/**
 * Finds the phrase that names a speaker next to a cue: the subject before it ({@code Kremlin spokesman
 * Dmitry Peskov told reporters}, {@code Peskov, the Kremlin spokesman, said}, {@code officials who spoke on
 * condition of anonymity said}) or the phrase after it ({@code said the Russian president}, {@code according to
 * the ministry}). Phrases are token ranges {@code [start, end)}; a phrase is accepted when it reads as a
 * name (a capitalised word), a pronoun, a nominal opened by a determiner, or a short lower-case noun phrase
 * ({@code officials}, {@code police}).
 */
final class SpeakerPhrases {

    /** The longest speaker phrase read, in tokens. */
    static final int MAX_PHRASE = 10;

    private final QuoteContext ctx;
    private final TokenView v;
    private final FrameWords.Marks w;

    SpeakerPhrases(QuoteContext ctx) {
        this.ctx = ctx;
        this.v = ctx.view;
        this.w = ctx.words;
    }

    /**
     * The subject of the cue that starts at token {@code cue}, read backwards but not before {@code floor};
     * {@code null} when there is none (the cue follows a comma that closes another clause, a conjunction...).
     */
    int[] subjectBefore(int cue, int floor) {
        int i = cue - 1;
        while (i >= floor && w.isSkippable(i)) {
            i--;
        }
        // "X went on to praise Y", "X appeared to acknowledge ...": the subject of the verb before "to"
        if (i - 1 > floor && v.is(i, "to")) {
            int k = v.is(i - 1, "on") ? i - 2 : i - 1;
            if (k > floor && w.is(k, Role.CATENATIVE)) {
                i = k - 1;
                while (i >= floor && w.isSkippable(i)) {
                    i--;
                }
            }
        }
        if (i < floor) {
            return null;
        }
        if (v.isPunct(i, ',')) {
            return appositive(i, floor);
        }
        return phraseEndingAt(i + 1, floor);
    }

    /** True when a negation stands among the auxiliaries right before the cue ({@code did not say}). */
    boolean isNegated(int cue, int floor) {
        for (int i = cue - 1; i >= floor && w.isSkippable(i); i--) {
            if (w.is(i, Role.NEGATION)) {
                return true;
            }
        }
        return false;
    }

    /** {@code Peskov, the Kremlin spokesman, said} or {@code Putin, who met Erdogan, said}. */
    private int[] appositive(int comma, int floor) {
        int open = comma - 1;
        int innerRelative = -1;
        while (open >= floor && comma - open <= 18 && (!v.isPunct(open) || isPossessive(open) || isJoined(open)
                || v.lower(open).equals("'s"))) {
            if (w.is(open, Role.RELATIVE)) {
                innerRelative = open;
            }
            open--;
        }
        if (open < floor || !v.isPunct(open, ',') || open + 1 >= comma) {
            return null;
        }
        // a relative clause may hold words of speech of its own ("X, who answered questions, said"); an
        // appositive that is no relative clause is at most 16 words and holds none ("X, the president of the
        // union and a supporter of Y, said"), 18 when a relative clause ends it ("X, a strategist who managed
        // the mayor's campaign, said")
        boolean relative = w.is(open + 1, Role.RELATIVE);
        // words of speech inside a relative clause belong to it, not to the speaker: "a lawyer who advised ..."
        int cueLimit = innerRelative > open ? innerRelative : comma;
        if (!relative && (comma - open > (innerRelative > open ? 18 : 16) || ctx.hasCue(open + 1, cueLimit))) {
            return null;
        }
        int[] head = phraseEndingAt(open, floor);
        if (head == null) {
            // a title too long to read as a phrase, then the name of its holder ("The Permanent Representative of
            // the United Kingdom to the United Nations, Barbara Woodward, told"): the name is the speaker
            return isPersonName(open + 1, comma) ? new int[] {open + 1, comma} : null;
        }
        return w.is(open + 1, Role.RELATIVE) ? head : new int[] {head[0], comma};
    }

    /** True when tokens {@code [start, end)} are one person's name, as the entity stage found it. */
    private boolean isPersonName(int start, int end) {
        List<Mention> names = ctx.mentions.inside(v.span(start, end), EntityType.PERSON);
        return names.size() == 1 && v.tokenAtOrAfter(names.get(0).span().start()) == start
                && v.tokenAtOrAfter(names.get(0).span().end()) == end;
    }

    /** The phrase that ends just before token {@code end}, read back to a boundary. */
    private int[] phraseEndingAt(int end, int floor) {
        int j = end - 1;
        if (isNounHead(j, floor)) {
            j--;
        }
        while (j >= floor && end - j <= MAX_PHRASE && !stopsBackward(j)) {
            j--;
        }
        if (j >= floor && w.is(j, Role.RELATIVE)) {
            // "officials who spoke on condition of anonymity said": the speaker stands before "who"
            int head = j > floor && v.isPunct(j - 1, ',') ? j - 1 : j;
            int[] phrase = phraseEndingAt(head, floor);
            return phrase != null ? phrase : nounBefore(head, floor);
        }
        if (j >= floor && end - j > MAX_PHRASE) {
            return longSubject(end, j, floor);
        }
        int start = j + 1;
        while (start < end && isFrontFiller(start)) {
            start++;
        }
        return accept(start, end) ? new int[] {start, end} : null;
    }

    /**
     * A subject longer than {@link #MAX_PHRASE} words that opens with a noun and its modifiers ({@code A doctor at
     * one of the few hospitals still working in the city said}): a determiner, a noun or two, then a
     * preposition; {@code null} for any other long run of words. The backward read goes on from token {@code j}.
     */
    private int[] longSubject(int end, int j, int floor) {
        while (j >= floor && end - j <= MAX_PHRASE + 4 && !stopsBackward(j)) {
            j--;
        }
        int start = j + 1;
        if (end - j > MAX_PHRASE + 4 || !w.is(start, Role.DETERMINER)) {
            return null;
        }
        for (int k = start + 2; k <= start + 3 && k < end; k++) {
            if (w.is(k, Role.PREPOSITION)) {
                return accept(start, end) ? new int[] {start, end} : null;
            }
        }
        return null;
    }

    /**
     * The noun phrase right before token {@code end}, read back to a preposition or an auxiliary: the head of a
     * relative clause inside a longer clause ({@code Trump was hit with the release of a video which showed ...}:
     * {@code a video}).
     */
    private int[] nounBefore(int end, int floor) {
        int j = end - 1;
        while (j >= floor && end - j <= MAX_PHRASE && !stopsBackward(j) && !w.is(j, Role.PREPOSITION)
                && !w.is(j, Role.AUX) && !w.is(j, Role.CONNECTOR)) {
            j--;
        }
        int start = j + 1;
        return start < end && w.is(start, Role.DETERMINER) && accept(start, end) ? new int[] {start, end} : null;
    }

    /**
     * True when word {@code j}, the last of a subject, is a word of speech used as a noun, after a word of its
     * phrase: {@code the report said}, {@code the ministry's annual statement said}. A verb does not stand
     * right before another verb of speech, so it does not stop the subject there.
     */
    private boolean isNounHead(int j, int floor) {
        CueMatch cue = j - 1 >= floor ? ctx.cueCovering(j) : null;
        return cue != null && cue.start() == j && cue.end() == j + 1 && v.isWord(j - 1)
                && !w.is(j - 1, Role.PRONOUN) && !w.is(j - 1, Role.AUX) && !w.isSkippable(j - 1);
    }

    private boolean stopsBackward(int j) {
        return v.isPunct(j) && !isPossessive(j) && !isJoined(j) || w.is(j, Role.BOUNDARY) || w.is(j, Role.RELATIVE)
                || ctx.cueCovering(j) != null;
    }

    /** True for a hyphen inside a word, with no space on either side: {@code Jean-Pierre}, {@code Sang-woo}. */
    private boolean isJoined(int j) {
        return (v.isPunct(j, '-') || v.isPunct(j, '\u2010')) && j > 0 && j + 1 < v.size() && v.isWord(j - 1)
                && v.isWord(j + 1) && v.token(j - 1).end() == v.token(j).start()
                && v.token(j).end() == v.token(j + 1).start();
    }

    /** True for an apostrophe that closes a plural possessive: {@code the farmers' union}. */
    private boolean isPossessive(int j) {
        return v.isPunct(j, '\'') && j > 0 && v.isWord(j - 1) && v.token(j - 1).end() == v.token(j).start()
                && v.lower(j - 1).endsWith("s") && j + 1 < v.size() && v.isWord(j + 1)
                && v.token(j).end() < v.token(j + 1).start();
    }

    /** Words dropped from the front of a subject: {@code On Tuesday}, {@code Later}, {@code In 2020}. */
    private boolean isFrontFiller(int i) {
        return w.is(i, Role.PREPOSITION) || w.is(i, Role.TIME) || w.is(i, Role.ADVERB)
                || v.token(i).kind() == Token.Kind.NUMBER;
    }

    /**
     * The speaker phrase that starts at token {@code from} (after a cue), read forwards to a boundary, a
     * preposition or the end of the clause and not past {@code limit}; an appositive after a comma is kept
     * ({@code said Dmitry Peskov, the Kremlin spokesman}). {@code null} when there is none.
     */
    int[] phraseAfter(int from, int limit) {
        int j = from;
        while (j < limit && j - from < MAX_PHRASE + 4) {
            if (v.isPunct(j)) {
                if (v.isPunct(j, ',') && j + 1 < limit && w.is(j + 1, Role.DETERMINER)
                        && !ctx.hasCue(j + 1, clauseEnd(j + 1, limit))) {
                    j++;
                    continue;
                }
                break;
            }
            if (w.is(j, Role.BOUNDARY) || w.is(j, Role.RELATIVE) || w.is(j, Role.PREPOSITION)
                    || ctx.cueAt(j) != null) {
                break;
            }
            j++;
        }
        int end = j;
        while (end > from && (w.is(end - 1, Role.DETERMINER) || v.isPunct(end - 1))) {
            end--;
        }
        return accept(from, end) ? new int[] {from, end} : null;
    }

    private int clauseEnd(int from, int limit) {
        int j = from;
        while (j < limit && !v.isPunct(j)) {
            j++;
        }
        return j;
    }

    /** True when tokens {@code [start, end)} read as a speaker. */
    boolean accept(int start, int end) {
        if (start >= end || end - start > MAX_PHRASE + 4) {
            return false;
        }
        int last = end - 1;
        if (!v.isWord(last) || w.is(last, Role.DETERMINER) || w.is(last, Role.PREPOSITION)
                || w.is(last, Role.BOUNDARY) || w.is(last, Role.AUX)) {
            return false;
        }
        if (end - start == 1 && w.is(start, Role.PRONOUN)) {
            return true;
        }
        boolean lowerOnly = true;
        for (int i = start; i < end; i++) {
            if (v.isCapitalized(i)) {
                lowerOnly = false;
                break;
            }
        }
        return !lowerOnly || w.is(start, Role.DETERMINER) || end - start <= 3;
    }

    /** True when the phrase is a single pronoun. */
    boolean isPronoun(int start, int end) {
        return end - start == 1 && w.is(start, Role.PRONOUN);
    }
}

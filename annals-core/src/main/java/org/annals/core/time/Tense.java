package org.annals.core.time;

/**
 * The direction a sentence points in time, from simple cues: past forms (the lexicon's irregular ones and
 * lower-case words ending in -ed, unless a form of "be" makes them passive, "will be held"), and future
 * markers ({@code will}, {@code would}, {@code shall}, {@code 'll}, {@code going to}, {@code is due to},
 * {@code next}, but not {@code next to}).
 * An expression takes the direction of the nearest cue outside it, firmly when the cue is next to it; without
 * one it has none.
 */
final class Tense {

    /**
     * Where a sentence points: PAST and FUTURE for a cue next to the expression (at most {@link #NEXT_TO}
     * tokens between them: "began on New Year's Day"), LEANS_PAST and LEANS_FUTURE for a cue farther away,
     * which may belong to another clause ("said it expects ... by Dec. 15"), NONE without a cue.
     */
    enum Direction {
        PAST, FUTURE, LEANS_PAST, LEANS_FUTURE, NONE;

        /** PAST or FUTURE, whether next to the expression or not; NONE stays NONE. */
        Direction plain() {
            return this == LEANS_PAST ? PAST : this == LEANS_FUTURE ? FUTURE : this;
        }
    }

    /** The most tokens between a cue and an expression for the cue to be next to it. */
    static final int NEXT_TO = 3;

    private final TokenView v;
    /** The cue of each token, read when first asked for (most sentences ask of few tokens, many of none). */
    private final Direction[] cues;

    /** The cues of a classified sentence. */
    Tense(TokenView v) {
        this.v = v;
        this.cues = new Direction[v.size()];
    }

    /** The cue at token {@code i} of the sentence, or NONE outside it. */
    private Direction cueAt(int i) {
        if (i < 0 || i >= cues.length) {
            return Direction.NONE;
        }
        Direction d = cues[i];
        if (d == null) {
            d = cue(v, i);
            cues[i] = d;
        }
        return d;
    }

    private static Direction cue(TokenView v, int i) {
        Feature f = v.get(i, TokenClass.TENSE);
        String w = v.lower(i);
        boolean passive = v.has(i - 1, TokenClass.BE);
        if (f != null && !(w.equals("next") && v.is(i + 1, "to"))) {
            Direction d = Direction.valueOf(f.value());
            return d == Direction.PAST && passive ? Direction.NONE : d;
        }
        if (w.endsWith("'ll")) {
            return Direction.FUTURE;
        }
        if (v.token(i).isWord() && !v.token(i).isCapitalized() && w.length() >= 4 && w.endsWith("ed")
                && !v.has(i, TokenClass.NOTPAST) && !passive) {
            return Direction.PAST;
        }
        return Direction.NONE;
    }

    /**
     * The direction of the nearest cue outside tokens {@code [start, end)}, the earlier one on a tie; LEANS_PAST
     * or LEANS_FUTURE when more than {@link #NEXT_TO} tokens lie between it and the expression.
     */
    Direction around(int start, int end) {
        for (int d = 1; d <= cues.length; d++) {
            Direction found = cueAt(start - d);
            if (found == Direction.NONE) {
                found = cueAt(end - 1 + d);
            }
            if (found != Direction.NONE) {
                return d - 1 <= NEXT_TO ? found : found == Direction.PAST ? Direction.LEANS_PAST
                        : Direction.LEANS_FUTURE;
            }
        }
        return Direction.NONE;
    }
}

package org.annals.core.time;

/**
 * The direction a sentence points in time, from simple cues: past forms (the lexicon's irregular ones and
 * lower-case words ending in -ed, unless a form of "be" makes them passive, "will be held"), and future
 * markers ({@code will}, {@code shall}, {@code 'll}, {@code going to}, {@code is due to}, {@code next}).
 * An expression takes the direction of the nearest cue outside it; without one it has none.
 */
final class Tense {

    /** Where a sentence points. */
    enum Direction { PAST, FUTURE, NONE }

    private final Direction[] cues;

    /** The cues of a classified sentence. */
    Tense(TokenView v) {
        cues = new Direction[v.size()];
        for (int i = 0; i < v.size(); i++) {
            cues[i] = cue(v, i);
        }
    }

    private static Direction cue(TokenView v, int i) {
        Feature f = v.get(i, TokenClass.TENSE);
        String w = v.lower(i);
        boolean passive = v.has(i - 1, TokenClass.BE);
        if (f != null) {
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

    /** The direction of the nearest cue outside tokens {@code [start, end)}; the earlier one on a tie. */
    Direction around(int start, int end) {
        for (int d = 1; d <= cues.length; d++) {
            Direction before = start - d >= 0 ? cues[start - d] : Direction.NONE;
            if (before != Direction.NONE) {
                return before;
            }
            int a = end - 1 + d;
            Direction after = a < cues.length ? cues[a] : Direction.NONE;
            if (after != Direction.NONE) {
                return after;
            }
        }
        return Direction.NONE;
    }
}

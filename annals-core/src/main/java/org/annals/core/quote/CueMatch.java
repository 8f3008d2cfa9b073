package org.annals.core.quote;

/**
 * A cue found in the text.
 *
 * @param start its first token
 * @param end one past its last token
 * @param cue the lexicon entry
 */
record CueMatch(int start, int end, Cue cue) {

    /** The kind of the cue. */
    Cue.Kind kind() {
        return cue.kind();
    }
}

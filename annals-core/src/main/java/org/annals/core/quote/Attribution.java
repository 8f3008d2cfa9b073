package org.annals.core.quote;


/**
 * Who a quote is attributed to in the text: the cue and the speaker phrase, as token ranges.
 *
 * @param cue the cue, or {@code null}
 * @param speakerStart the first token of the speaker phrase, or -1
 * @param speakerEnd one past its last token, or -1
 */
record Attribution(CueMatch cue, int speakerStart, int speakerEnd) {

    /** No cue and no speaker. */
    static final Attribution NONE = new Attribution(null, -1, -1);

    /** An attribution of a cue and a speaker phrase (either may be missing). */
    static Attribution of(CueMatch cue, int[] speaker) {
        return speaker == null ? new Attribution(cue, -1, -1) : new Attribution(cue, speaker[0], speaker[1]);
    }

    /** True when a speaker phrase was found. */
    boolean hasSpeaker() {
        return speakerStart >= 0;
    }

    /** True when nothing was found. */
    boolean isEmpty() {
        return cue == null && speakerStart < 0;
    }
}

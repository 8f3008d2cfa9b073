package org.annals.core.quote;

/**
 * An entry of the cue lexicon.
 *
 * @param kind how the cue frames what was said
 * @param note the reviewer's note from the lexicon, possibly empty
 */
public record Cue(Kind kind, String note) {

    /** How a cue frames speech; see the header of {@code cues.tsv}. */
    public enum Kind {
        /** a speech verb that reports a clause with or without "that" */
        SAY,
        /** a speech verb that reports a clause only with "that" */
        THAT,
        /** attributes quoted words only */
        QUOTE,
        /** "according to": the speaker follows */
        SOURCE,
        /** the channel ("in a statement"), a cue only where no verb is near */
        ADJUNCT,
        /** "so-called": not a cue; marks the short quote after it as a scare quote */
        SCARE;

        /** True for the kinds that stand for an act of speaking with a subject before them. */
        public boolean isVerb() {
            return this == SAY || this == THAT || this == QUOTE;
        }
    }
}

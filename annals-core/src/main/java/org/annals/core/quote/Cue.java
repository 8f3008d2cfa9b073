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
        /**
         * a speech verb with its addressee: a clause with "that" ("told X that ..."), or without it after an
         * addressee that is a name or a pronoun ("told CNN he was ...", "told the court she ...")
         */
        TELL,
        /**
         * a speech verb whose object is what was said: a clause with "that" ("noted that ..."), else its object
         * up to a comma ("noted the rise in prices", "explained why ...")
         */
        REPORT,
        /** a speech verb that reports a clause only with "that", or an intention or request with "to" */
        TO,
        /** "ask": a question ("asked whether ..."), a request ("asked X to ..."), a topic ("asked about ...") */
        ASK,
        /** a stance whose object is what is attributed: X endorsed Y, X criticized Y's plan; or a "that" clause */
        OBJECT,
        /** attributes quoted words only */
        QUOTE,
        /**
         * a noun of speech or belief whose "that" clause is what was said or held: the news that ..., fears that
         * ...; its speaker is its possessive (Trump's claim that ...) or none
         */
        NOUN,
        /** "according to": the speaker follows */
        SOURCE,
        /** the channel ("in a statement"), a cue only where no verb is near */
        ADJUNCT,
        /** "so-called": not a cue; marks the short quote after it as a scare quote */
        SCARE;

        /**
         * True for the kinds that speak of speech (all but {@link #TO}, {@link #OBJECT}, {@link #NOUN} and {@link #SCARE}):
         * their words ("plan", "support") are too often nouns to vouch for quoted words near them.
         */
        public boolean isSpeech() {
            return this != TO && this != OBJECT && this != SCARE && this != NOUN;
        }

        /** True for the kinds that stand for an act of speaking with a subject before them. */
        public boolean isVerb() {
            return this == SAY || this == THAT || this == TELL || this == REPORT || this == TO || this == ASK
                    || this == OBJECT || this == QUOTE;
        }
    }
}

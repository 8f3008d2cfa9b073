package org.annals.core.quote;

import org.annals.core.model.Quote;
import org.annals.core.model.Span;

/**
 * A quote found but not yet numbered or resolved to an actor.
 *
 * @param span the quoted content
 * @param kind direct, partial, indirect or turn
 * @param speakerSpan the speaker phrase, or {@link Span#NONE}
 * @param cueSpan the cue, or {@link Span#NONE}
 * @param embedded true inside an embedded post
 * @param fixedSpeaker true when the text itself settles the speaker: named by a label (a transcript turn, a
 *     post's author line), whose actor is the mention in the label or none, or left unnamed (a question put to
 *     someone by no one named: "Asked whether ..."); never a guess from the context
 */
record Draft(Span span, Quote.Kind kind, Span speakerSpan, Span cueSpan, boolean embedded, boolean fixedSpeaker) {

    /** True for a quote between quotation marks. */
    boolean isMarked() {
        return kind == Quote.Kind.DIRECT || kind == Quote.Kind.PARTIAL;
    }
}

package org.annals.core.quote;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.model.Analysis;
import org.annals.core.model.Quote;
import org.annals.core.pipeline.Stage;

/**
 * The quotes layer: direct and partial quotes between quotation marks, reported (indirect) speech, the turns
 * of a transcript and the posts embedded from social media, each with its cue, speaker phrase and, through
 * the mention layer, speaker actor. Reads tokens, sentences, blocks and (when the entity stage ran) mentions;
 * works without mentions, leaving speakers unresolved. The speech cues come from {@code cues.tsv}, the
 * function words around them from {@code frame-words.tsv}. Immutable and thread-safe.
 *
 * <p>Parts: {@link QuoteMarks} pairs the marks, {@link DirectQuotes} attributes and classifies what they
 * enclose, {@link IndirectSpeech} finds reported clauses, {@link LabelledSpeech} reads turns and posts,
 * {@link Speakers} resolves speakers and numbers the quotes in text order.
 */
public final class QuoteFinder implements Stage {

    private final CueLexicon cues;
    private final FrameWords words;

    /** A finder with the cues shipped with annals. */
    public QuoteFinder() {
        this(CueLexicon.standard());
    }

    /** A finder with the given cue lexicon. */
    public QuoteFinder(CueLexicon cues) {
        this.cues = cues;
        this.words = FrameWords.STANDARD;
    }

    @Override
    public Analysis apply(Analysis in) {
        if (in.tokens().isEmpty()) {
            return in.withQuotes(List.of());
        }
        QuoteContext ctx = new QuoteContext(in, cues, words);
        List<QuoteMarks.Marked> marks = QuoteMarks.find(ctx);
        for (QuoteMarks.Marked m : marks) {
            ctx.markQuoted(m.from(), m.to());
        }
        ctx.findCues();
        SpeakerPhrases phrases = new SpeakerPhrases(ctx);
        LabelledSpeech labelled = new LabelledSpeech(ctx);
        List<Draft> marked = new DirectQuotes(ctx, phrases).drafts(marks);
        IndirectSpeech.Found reported = new IndirectSpeech(ctx, phrases).find(marked);
        List<Draft> all = new ArrayList<>(marked);
        all.removeAll(reported.absorbed());
        all.addAll(labelled.posts(marked));
        all.addAll(reported.drafts());
        all.addAll(labelled.turns());
        List<Quote> quotes = new Speakers(ctx).resolve(all);
        return in.withQuotes(quotes);
    }
}

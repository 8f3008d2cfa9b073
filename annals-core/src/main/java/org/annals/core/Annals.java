package org.annals.core;

import org.annals.core.count.CountFinder;
import org.annals.core.entity.EntityFinder;
import org.annals.core.event.EventCoder;
import org.annals.core.event.PatternDictionary;
import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.quote.QuoteFinder;
import org.annals.core.text.Layout;
import org.annals.core.text.Normalizer;
import org.annals.core.text.PublicationDate;
import org.annals.core.text.Segmenter;
import org.annals.core.time.TimeTagger;

/**
 * The front door: {@code Annals.pipeline().analyze(document)}.
 */
public final class Annals {

    private Annals() {
    }

    /** The text stages alone: normalisation, layout, publication date, tokens and sentences. */
    public static Pipeline textPipeline() {
        return Pipeline.of(new Normalizer(), new Layout(), new PublicationDate(), new Segmenter());
    }

    /** The whole pipeline over the built-in knowledge base. */
    public static Pipeline pipeline() {
        return pipeline(KnowledgeBase.builtin());
    }

    /** The whole pipeline over a knowledge base. */
    public static Pipeline pipeline(KnowledgeBase kb) {
        return textPipeline().then(new EntityFinder(kb), new TimeTagger(), new QuoteFinder(), new EventCoder(),
                new CountFinder());
    }

    /**
     * The whole pipeline over a knowledge base, coding events with the given patterns (the built-in ones, or
     * a dictionary built with {@link PatternDictionary#builder()}, e.g. with PETRARCH verb dictionaries).
     */
    public static Pipeline pipeline(KnowledgeBase kb, PatternDictionary patterns) {
        return textPipeline().then(new EntityFinder(kb), new TimeTagger(), new QuoteFinder(),
                new EventCoder(patterns), new CountFinder());
    }

    /** Analyses one document with the default pipeline. */
    public static Analysis analyze(Document document) {
        return pipeline().analyze(document);
    }
}

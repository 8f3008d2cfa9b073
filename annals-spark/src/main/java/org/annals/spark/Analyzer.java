package org.annals.spark;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.pipeline.Pipeline;
import org.annals.ingest.Languages;

/**
 * The pipeline of this JVM: built on first use, once per executor (the knowledge base is loaded once), then
 * shared by its tasks (a {@link Pipeline} is immutable and thread-safe). Never shipped: each JVM builds its own.
 */
final class Analyzer {

    private Analyzer() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Annals.pipeline();
    }

    /**
     * The document analysed; in a language other than English (as its source detected it), the document with no
     * layers, as {@code annals analyze} hands it on.
     */
    static Analysis analyze(Item item) {
        return Languages.analysable(item.language()) ? Holder.PIPELINE.analyze(item.document())
                : Analysis.start(item.document());
    }
}

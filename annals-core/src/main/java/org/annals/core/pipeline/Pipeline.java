package org.annals.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;

/**
 * The composition of stages: a document in, an {@link Analysis} out. Immutable and thread-safe when its
 * stages are.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return new Pipeline(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage in order over the document. */
    public Analysis analyze(Document document) {
        Objects.requireNonNull(document, "document");
        Analysis a = Analysis.start(document);
        for (Stage s : stages) {
            a = s.apply(a);
        }
        return a;
    }

    /** A pipeline with the stages of this one followed by {@code more}. */
    public Pipeline then(Stage... more) {
        List<Stage> all = new ArrayList<>(stages);
        all.addAll(List.of(more));
        return new Pipeline(all);
    }
}

package org.annals.core.time;

import java.time.LocalDate;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.annals.core.model.Timex;
import org.annals.core.pipeline.Pipeline;

/** The test pipeline: the text stages followed by the time tagger. */
final class Tagging {

    /** Tuesday 23 November 2021, the publication date of most test sentences. */
    static final LocalDate PUBLISHED = LocalDate.of(2021, 11, 23);

    private static final Pipeline PIPELINE = Annals.textPipeline().then(new TimeTagger());

    private Tagging() {
    }

    /** The analysis of {@code text}, published on {@code published} ({@code null}: unknown). */
    static Analysis analyze(String text, LocalDate published) {
        return PIPELINE.analyze(new Document("test", "test", text, Metadata.of(published, "test")));
    }

    /** The timexes of {@code text}, published on {@code published} ({@code null}: unknown). */
    static List<Timex> times(String text, LocalDate published) {
        return analyze(text, published).times();
    }

    /** The one timex whose text is {@code expression}; fails when there is none. */
    static Timex only(String text, LocalDate published, String expression) {
        List<Timex> all = times(text, published);
        return all.stream().filter(t -> t.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no timex '" + expression + "' in '" + text + "', found "
                        + all.stream().map(Timex::text).toList()));
    }

    /** {@code null} for the CSV placeholder {@code -}. */
    static String orNull(String s) {
        return s == null || s.equals("-") ? null : s;
    }
}

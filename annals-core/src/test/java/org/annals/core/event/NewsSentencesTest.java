package org.annals.core.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.Annals;
import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The coder's vocabulary across PLOVER's categories, on sentences of news written for annals
 * ({@code news-sentences.tsv}): the labelled category must be among a sentence's events for most of them.
 */
class NewsSentencesTest {

    @Test
    void mostSentencesOfEveryCategoryGiveTheirCategory() {
        Pipeline pipeline = Annals.pipeline();
        List<Tsv.Row> rows = Resources.tsv(NewsSentencesTest.class, "news-sentences.tsv", "category", "sentence");
        List<String> missed = new ArrayList<>();
        for (Tsv.Row r : rows) {
            Analysis a = pipeline.analyze(Document.of("s", r.get("sentence")));
            if (a.events().stream().noneMatch(e -> e.type().equals(r.get("category")))) {
                missed.add(r.get("category") + ": " + r.get("sentence"));
            }
        }
        double recall = 1 - (double) missed.size() / rows.size();
        assertTrue(rows.size() > 530, "the set has its sentences");
        // 0.874 when written down; the sentences the coder misses are printed to be read
        assertTrue(recall >= 0.86, () -> String.format("%.3f of %d; missed:%n%s", recall, rows.size(),
                String.join("\n", missed)));
    }
}

package org.annals.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.annals.core.tag.NerTagger.Entity;
import org.junit.jupiter.api.Test;

class ChunksTest {

    static List<String> show(List<Entity> entities) {
        return entities.stream().map(e -> e.type() + "[" + e.start() + "," + e.end() + ")").toList();
    }

    @Test
    void beginOpensInsideGoesOnWithTheSameType() {
        assertEquals(List.of("PER[0,2)", "ORG[2,3)", "LOC[4,5)", "LOC[5,6)"),
                show(Chunks.of(List.of("B-PER", "I-PER", "B-ORG", "O", "B-LOC", "B-LOC"), 0)));
    }

    @Test
    void insideAfterAnotherTypeOrAfterOOpensAnEntity() {
        assertEquals(List.of("PER[10,11)", "ORG[11,13)", "LOC[14,15)"),
                show(Chunks.of(List.of("I-PER", "I-ORG", "I-ORG", "O", "I-LOC"), 10)));
    }

    @Test
    void tagsAreOAndBeginOrInsideWithAType() {
        assertTrue(Chunks.isTag("O"));
        assertTrue(Chunks.isTag("B-geo"));
        assertFalse(Chunks.isTag("B-"));
        assertFalse(Chunks.isTag("E-PER"));
        assertFalse(Chunks.isTag("PER"));
    }
}

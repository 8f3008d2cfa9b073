package org.annals.core.story;

import static org.annals.core.story.StoriesTest.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.annals.core.model.Analysis;
import org.junit.jupiter.api.Test;

/** Grouping on compact inputs, computed apart and shipped, is grouping on the analyses. */
class StoryInputTest {

    private static final String MEETING = "Chilean President Gabriel Boric met Argentine President Javier Milei "
            + "in Santiago on Tuesday to discuss lithium exports. Both leaders signed a memorandum on mining.";
    private static final String TALKS = "Argentina's Javier Milei and Chile's Gabriel Boric held talks on "
            + "Tuesday in Santiago, officials in both capitals said.";

    @SuppressWarnings("unchecked")
    private static <T> T shipped(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void serializedInputsWithoutTextsGroupAsTheAnalysesDo() throws Exception {
        List<Analysis> docs = List.of(doc("c", null, TALKS), doc("a", "2024-03-05", MEETING),
                doc("b", "2024-03-06", "WORLD | " + MEETING + " Share this."));
        List<StoryInput> inputs = new ArrayList<>();
        for (Analysis a : docs) {
            inputs.add(shipped(StoryInput.of(a, false)));
        }
        List<Stories.Placement> placements = Stories.assign(inputs);
        List<Analysis> grouped = Stories.group(docs);
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(grouped.get(i).story(), placements.get(i).story());
            assertEquals(grouped.get(i).duplicateOf(), placements.get(i).duplicateOf());
            Stories.Placement p = placements.get(i);
            assertEquals(grouped.get(i), Stories.place(docs.get(i), p,
                    Stories.anchors(inputs, placements).get(p.story())));
        }
        assertEquals("a", placements.get(2).duplicateOf());
    }

    @Test
    void anInputShippedIsTheInputItWas() throws Exception {
        StoryInput in = StoryInput.of(doc("a", "2024-03-05", MEETING));
        StoryInput out = shipped(in);
        assertEquals(in.profile(), out.profile());
        assertEquals(in.sortKey(), out.sortKey());
        assertEquals(in.published(), out.published());
        org.junit.jupiter.api.Assertions.assertArrayEquals(in.signature(), out.signature());
        org.junit.jupiter.api.Assertions.assertFalse(in.profile().keys().isEmpty(), "the case has key events");
        org.junit.jupiter.api.Assertions.assertNotNull(in.profile().placed(), "and a placing event");
    }

    @Test
    void documentsWithOneIdAreOrderedByTheirTexts() {
        Analysis first = doc("x", "2024-03-05", MEETING);
        Analysis second = doc("x", "2024-03-05", TALKS);
        List<Stories.Placement> forward = Stories.assign(List.of(StoryInput.of(first), StoryInput.of(second)));
        List<Stories.Placement> backward = Stories.assign(List.of(StoryInput.of(second), StoryInput.of(first)));
        assertEquals(forward.get(0).story().equals(forward.get(1).story()),
                backward.get(0).story().equals(backward.get(1).story()));
    }
}

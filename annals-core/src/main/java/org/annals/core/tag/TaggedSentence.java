package org.annals.core.tag;

import java.util.List;

/**
 * A sentence of training or gold data: its words as written and one tag per word, {@code O} or {@code B-TYPE}
 * / {@code I-TYPE} (IOB2; IOB1, where an entity may open with {@code I-}, is read the same way: an {@code I-}
 * after {@code O} or after another type opens an entity).
 */
public record TaggedSentence(List<String> words, List<String> tags) {

    public TaggedSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
    }

    public int size() {
        return words.size();
    }
}

package org.annals.core.tag;

import java.util.List;

/**
 * A document of training or gold data: its sentences in order. Documents matter to the tagger because it
 * remembers within a document how it tagged a word before ("Clinton" after "Bill Clinton").
 *
 * @param id a name for messages (a file and a number)
 */
public record TaggedDocument(String id, List<TaggedSentence> sentences) {

    public TaggedDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        int n = 0;
        for (TaggedSentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}

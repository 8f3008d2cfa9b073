package org.annals.core.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the time tagger knows, in one table: the words the lexicon's entries start with and the words the
 * grammar's rules name. A token's lower-cased text is looked up here once, for its lexicon entries and its
 * number among the grammar's words. Immutable and thread-safe.
 */
final class Vocabulary {

    /**
     * A word: the lexicon entries that start with it ({@link Lexicon#startingWith}, not to be changed), and its
     * number among the grammar's words ({@link Grammar#words()}), or -1.
     */
    record Word(Lexicon.Entry[] entries, int id) {
    }

    /** What a word neither the lexicon nor the grammar knows is. */
    static final Word UNKNOWN = new Word(new Lexicon.Entry[0], -1);

    private final Map<String, Word> words = new HashMap<>();

    /** The words of {@code lexicon} and {@code grammar}, with the grammar's numbers. */
    Vocabulary(Lexicon lexicon, Grammar grammar) {
        List<String> named = grammar.words();
        for (int id = 0; id < named.size(); id++) {
            words.put(named.get(id), new Word(lexicon.startingWith(named.get(id)), id));
        }
        for (String w : lexicon.firstWords()) {
            words.putIfAbsent(w, new Word(lexicon.startingWith(w), -1));
        }
    }

    /** The word of a lower-cased token text. */
    Word get(String lower) {
        return words.getOrDefault(lower, UNKNOWN);
    }
}

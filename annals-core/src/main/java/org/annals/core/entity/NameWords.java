package org.annals.core.entity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;

/**
 * The small closed classes of words that help tell names in text ({@code name-words.tsv}): capitalised
 * common words, the last words of organisation and place names, joiners inside names, title words, and the
 * lower-case words after a name or a role that say how it is used.
 */
final class NameWords {

    enum Class { STOP, ORG_HEAD, LOC_HEAD, JOINER, TITLE, DATE, AFTER_SUBJECT, VERB_AFTER_NAME, COMPOUND_HEAD, CREED }

    private final Map<String, Set<Class>> words = new HashMap<>();

    static final NameWords BUILTIN = load();

    private static NameWords load() {
        NameWords w = new NameWords();
        List<Tsv.Row> rows = Resources.tsv(NameWords.class, "name-words.tsv", "word", "class");
        for (Tsv.Row r : rows) {
            w.words.computeIfAbsent(r.get("word"), k -> EnumSet.noneOf(Class.class))
                    .add(Class.valueOf(r.get("class")));
        }
        return w;
    }

    boolean is(String word, Class c) {
        Set<Class> s = words.get(word);
        return s != null && s.contains(c);
    }
}

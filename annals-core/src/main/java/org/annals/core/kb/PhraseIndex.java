package org.annals.core.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.model.Token;

/**
 * A dictionary of phrases, compiled once into a trie over token texts, that finds the longest phrase
 * starting at a token. Case-sensitive, or case-insensitive when built with {@code ignoreCase} (keys and
 * queries then compared in lower case). Frozen after building; safe to share across threads.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseIndex<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        List<V> values;
    }

    /** A match: the tokens {@code [start, end)} and the values of the phrase. */
    public record Match<V>(int start, int end, List<V> values) {
    }

    private final Node<V> root = new Node<>();
    private final boolean ignoreCase;
    private int size;

    public PhraseIndex(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** Adds a phrase, given as its words (see {@code Tokenizer.words}). Values keep their insertion order. */
    public void add(String[] words, V value) {
        if (words.length == 0) {
            return;
        }
        Node<V> n = root;
        for (String w : words) {
            n = n.next.computeIfAbsent(key(w), k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** The longest phrase that starts at token {@code from} and ends at or before {@code limit}, or null. */
    public Match<V> longest(List<Token> tokens, int from, int limit) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from; i < limit; i++) {
            n = n.next.get(key(tokens.get(i).text()));
            if (n == null) {
                break;
            }
            if (n.values != null) {
                best = new Match<>(from, i + 1, n.values);
            }
        }
        return best;
    }

    /** The values of exactly this phrase, or an empty list. */
    public List<V> get(String[] words) {
        Node<V> n = root;
        for (String w : words) {
            n = n.next.get(key(w));
            if (n == null) {
                return List.of();
            }
        }
        return n.values == null ? List.of() : n.values;
    }

    private String key(String w) {
        return ignoreCase ? w.toLowerCase(Locale.ROOT) : w;
    }
}

package org.annals.core.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.annals.core.model.Token;

/**
 * A dictionary of phrases, compiled once into a trie over token texts, that finds the longest phrase
 * starting at a token. Case-sensitive, or case-insensitive when built with {@code ignoreCase} (keys and
 * queries then compared in lower case). A case-sensitive index may also hold phrases that match in any case
 * ({@link #addIgnoringCase}: the names of PETRARCH dictionaries, written VLADIMIR_PUTIN): they live in a
 * second trie that is only walked when it is not empty. Frozen after building; safe to share across threads.
 *
 * <p>Most tokens start no phrase. Each trie keeps a Bloom filter of the hashes of its first words, small enough
 * to stay in the processor's cache: a token whose hash is not in it is dismissed without a look-up in the
 * trie's large first table.
 *
 * @param <V> what a phrase maps to
 */
public final class PhraseIndex<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        List<V> values;
    }

    /**
     * A set of words that may say "no" for sure and "maybe" wrongly: a Bloom filter of their hashes, sixteen
     * bits or more a word, made again twice as large when it gets fuller. A word sets three bits of one 64-bit
     * block, so that a test reads one long: a word not held passes it about once in a hundred times, and the
     * words of every sentence ("the", "and", a comma) seldom, unlike with one bit a word, where a few of them
     * would pass every time and each cost a look-up in the trie's large first table.
     */
    private static final class FirstWords {
        private long[] blocks = new long[16];
        private int shift = 32 - 4;
        private int count;

        void add(String word, Set<String> all) {
            count++;
            if (count * 16 > blocks.length * 64) {
                blocks = new long[blocks.length * 2];
                shift--;
                all.forEach(this::set);
            }
            set(word);
        }

        private void set(String word) {
            int h = word.hashCode();
            blocks[block(h)] |= bits(h);
        }

        boolean mayHold(String word) {
            int h = word.hashCode();
            long b = bits(h);
            return (blocks[block(h)] & b) == b;
        }

        private int block(int hash) {
            return (hash * 0x9E3779B9) >>> shift;
        }

        /** Three bits of a block, from other bits of the hash than those that chose the block. */
        private static long bits(int hash) {
            int h = hash * 0x85EBCA6B;
            return (1L << (h >>> 26)) | (1L << (h >>> 20)) | (1L << (h >>> 14));
        }
    }

    /** A match: the tokens {@code [start, end)} and the values of the phrase. */
    public record Match<V>(int start, int end, List<V> values) {
    }

    private final Node<V> root = new Node<>();
    private final FirstWords rootFirst = new FirstWords();
    /** Phrases added with {@link #addIgnoringCase}, keyed in lower case. */
    private final Node<V> folded = new Node<>();
    private final FirstWords foldedFirst = new FirstWords();
    private final boolean ignoreCase;
    private int size;

    public PhraseIndex(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** Adds a phrase, given as its words (see {@code Tokenizer.words}). Values keep their insertion order. */
    public void add(String[] words, V value) {
        add(root, rootFirst, words, value, ignoreCase);
    }

    /**
     * Adds a phrase that matches in any case ({@code vladimir putin}, {@code VLADIMIR PUTIN}, {@code Vladimir
     * Putin}). Where a phrase added with {@link #add} and one added here match the same tokens, the values of
     * the first come first.
     */
    public void addIgnoringCase(String[] words, V value) {
        if (ignoreCase) {
            add(root, rootFirst, words, value, true);
        } else {
            add(folded, foldedFirst, words, value, true);
        }
    }

    private void add(Node<V> start, FirstWords first, String[] words, V value, boolean lower) {
        if (words.length == 0) {
            return;
        }
        String head = lower ? words[0].toLowerCase(Locale.ROOT) : words[0];
        if (!start.next.containsKey(head)) {
            start.next.put(head, new Node<>());
            first.add(head, start.next.keySet());
        }
        Node<V> n = start;
        for (String w : words) {
            n = n.next.computeIfAbsent(lower ? w.toLowerCase(Locale.ROOT) : w, k -> new Node<>());
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
        Match<V> best = walk(root, rootFirst, ignoreCase, tokens, from, limit);
        if (folded.next.isEmpty()) {
            return best;
        }
        Match<V> other = walk(folded, foldedFirst, true, tokens, from, limit);
        if (other == null || (best != null && best.end() > other.end())) {
            return best;
        }
        if (best == null || other.end() > best.end()) {
            return other;
        }
        return new Match<>(from, best.end(), merge(best.values(), other.values()));
    }

    /**
     * The longest phrase at token {@code from} when the text is written in capitals ("ADDIS ABABA", a dateline,
     * a headline): words in capitals are read as names are written ("Addis Ababa"); {@code null} if none.
     */
    public Match<V> longestInCapitals(List<Token> tokens, int from, int limit) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from; i < limit; i++) {
            Token t = tokens.get(i);
            String w = ignoreCase ? t.lower() : asName(t.text());
            n = i > from || rootFirst.mayHold(w) ? n.next.get(w) : null;
            if (n == null) {
                break;
            }
            if (n.values != null) {
                best = new Match<>(from, i + 1, n.values);
            }
        }
        return best;
    }

    /** "ABABA" as "Ababa"; a word not all in capitals as it is. */
    private static String asName(String w) {
        if (!w.equals(w.toUpperCase(Locale.ROOT)) || w.length() < 2) {
            return w;
        }
        char[] c = w.toLowerCase(Locale.ROOT).toCharArray();
        c[0] = Character.toUpperCase(c[0]);
        return new String(c);
    }

    private Match<V> walk(Node<V> start, FirstWords first, boolean lower, List<Token> tokens, int from, int limit) {
        if (from < limit && !first.mayHold(lower ? tokens.get(from).lower() : tokens.get(from).text())) {
            return null;
        }
        Node<V> n = start;
        Match<V> best = null;
        for (int i = from; i < limit; i++) {
            Token t = tokens.get(i);
            n = n.next.get(lower ? t.lower() : t.text());
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
        List<V> exact = get(root, ignoreCase, words);
        if (folded.next.isEmpty()) {
            return exact;
        }
        return merge(exact, get(folded, true, words));
    }

    private List<V> get(Node<V> start, boolean lower, String[] words) {
        Node<V> n = start;
        for (String w : words) {
            n = n.next.get(lower ? w.toLowerCase(Locale.ROOT) : w);
            if (n == null) {
                return List.of();
            }
        }
        return n.values == null ? List.of() : n.values;
    }

    private static <V> List<V> merge(List<V> first, List<V> second) {
        if (second.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return second;
        }
        List<V> all = new ArrayList<>(first);
        for (V v : second) {
            if (!all.contains(v)) {
                all.add(v);
            }
        }
        return List.copyOf(all);
    }
}

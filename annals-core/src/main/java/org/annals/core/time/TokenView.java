package org.annals.core.time;

import java.util.List;

import org.annals.core.model.Token;

/**
 * The tokens of one sentence as the tagger sees them: their lower-cased texts, their words in the {@link
 * Vocabulary} (looked up once) and, for each token and each {@link TokenClass}, the {@link Feature} it has in
 * that class, or {@code null}. Indices are relative to the sentence; positions outside it read as absent. Most
 * tokens have no class: a token's row of features is made when it is given its first.
 */
final class TokenView {

    private static final TokenClass[] CLASSES = TokenClass.values();

    static {
        if (CLASSES.length > Long.SIZE) {
            throw new IllegalStateException("more token classes than bits of a long");
        }
    }

    private final List<Token> tokens;
    private final String[] lower;
    private final Vocabulary.Word[] words;
    /** For each token, its feature in each class (by ordinal), or {@code null} while it has none. */
    private final Feature[][] features;
    /** For each token, the classes it has: bit {@code c.ordinal()} for class {@code c}. */
    private final long[] classes;

    TokenView(List<Token> tokens, Vocabulary vocabulary) {
        this.tokens = tokens;
        this.lower = new String[tokens.size()];
        this.words = new Vocabulary.Word[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
            words[i] = vocabulary.get(lower[i]);
        }
        this.features = new Feature[tokens.size()][];
        this.classes = new long[tokens.size()];
    }

    /** The number of tokens. */
    int size() {
        return tokens.size();
    }

    /** The token at {@code i}. */
    Token token(int i) {
        return tokens.get(i);
    }

    /** The lower-cased text at {@code i}, or the empty string outside the sentence. */
    String lower(int i) {
        return i >= 0 && i < lower.length ? lower[i] : "";
    }

    /** The lexicon entries that start with the token at {@code i} (not to be changed). */
    Lexicon.Entry[] entries(int i) {
        return words[i].entries();
    }

    /** The number of the token at {@code i} among the grammar's words, or -1 (also outside the sentence). */
    int wordId(int i) {
        return i >= 0 && i < words.length ? words[i].id() : -1;
    }

    /** True when the token at {@code i} is {@code word} (lower case). */
    boolean is(int i, String word) {
        return lower(i).equals(word);
    }

    /** The feature of the token at {@code i} in class {@code c}, or {@code null}. */
    Feature get(int i, TokenClass c) {
        Feature[] row = i >= 0 && i < features.length ? features[i] : null;
        return row == null ? null : row[c.ordinal()];
    }

    /** The classes of the token at {@code i}, a bit per class ordinal (none outside the sentence). */
    long classes(int i) {
        return i >= 0 && i < classes.length ? classes[i] : 0;
    }

    /** True when the token at {@code i} has class {@code c}. */
    boolean has(int i, TokenClass c) {
        return get(i, c) != null;
    }

    /** Gives the token at {@code i} a feature in class {@code c}; a longer feature already there stays. */
    void set(int i, TokenClass c, Feature f) {
        Feature[] row = features[i];
        if (row == null) {
            row = features[i] = new Feature[CLASSES.length];
        }
        Feature old = row[c.ordinal()];
        if (old == null || old.length() < f.length()) {
            row[c.ordinal()] = f;
        }
        classes[i] |= 1L << c.ordinal();
    }

    /** Removes the token's feature in class {@code c}. */
    void clear(int i, TokenClass c) {
        if (features[i] != null) {
            features[i][c.ordinal()] = null;
        }
        classes[i] &= ~(1L << c.ordinal());
    }
}

package org.annals.core.match;

import java.util.List;

import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Token;

/**
 * The token layer of one analysis as arrays, for stages that match word lists and patterns over tokens: the
 * lower-cased token texts, the sentence of every token, and the block (paragraph) it sits in. Built once per
 * document; index-based, no strings made on the way.
 */
public final class TokenView {

    private final Analysis analysis;
    private final List<Token> tokens;
    private final String[] lower;
    private final int[] sentenceOf;

    private TokenView(Analysis analysis) {
        this.analysis = analysis;
        this.tokens = analysis.tokens();
        this.lower = new String[tokens.size()];
        this.sentenceOf = new int[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).lower();
        }
        List<Sentence> sentences = analysis.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence se = sentences.get(s);
            for (int i = se.firstToken(); i < se.endToken(); i++) {
                sentenceOf[i] = s;
            }
        }
    }

    /** The view of an analysis that has tokens and sentences. */
    public static TokenView of(Analysis analysis) {
        return new TokenView(analysis);
    }

    /** The analysis viewed. */
    public Analysis analysis() {
        return analysis;
    }

    /** The number of tokens. */
    public int size() {
        return lower.length;
    }

    /** Token {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** The lower-cased (normalised) text of token {@code i}. */
    public String lower(int i) {
        return lower[i];
    }

    /** True when token {@code i} is exactly {@code word} once lower-cased. */
    public boolean is(int i, String word) {
        return i >= 0 && i < lower.length && lower[i].equals(word);
    }

    /** True when token {@code i} is a word. */
    public boolean isWord(int i) {
        return tokens.get(i).kind() == Token.Kind.WORD;
    }

    /** True when token {@code i} is punctuation made of the single character {@code c}. */
    public boolean isPunct(int i, char c) {
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.PUNCT && t.text().length() == 1 && t.text().charAt(0) == c;
    }

    /** True when token {@code i} is punctuation (of any kind). */
    public boolean isPunct(int i) {
        return tokens.get(i).kind() == Token.Kind.PUNCT;
    }

    /** True when token {@code i} starts with an upper-case letter. */
    public boolean isCapitalized(int i) {
        return tokens.get(i).isCapitalized();
    }

    /** The index of the sentence token {@code i} is in. */
    public int sentenceIndex(int i) {
        return sentenceOf[i];
    }

    /** The sentence token {@code i} is in. */
    public Sentence sentence(int i) {
        return analysis.sentences().get(sentenceOf[i]);
    }

    /** The first token of the sentence token {@code i} is in. */
    public int sentenceFirst(int i) {
        return sentence(i).firstToken();
    }

    /** One past the last token of the sentence token {@code i} is in. */
    public int sentenceEnd(int i) {
        return sentence(i).endToken();
    }

    /** The index of the block (paragraph) token {@code i} is in. */
    public int blockIndex(int i) {
        return sentence(i).paragraph();
    }

    /** The kind of the block token {@code i} is in; {@link Block.Kind#BODY} when there is no block layer. */
    public Block.Kind blockKind(int i) {
        List<Block> blocks = analysis.blocks();
        int b = blockIndex(i);
        return b < blocks.size() ? blocks.get(b).kind() : Block.Kind.BODY;
    }

    /** The span from the start of token {@code from} to the end of token {@code to - 1}. */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The index of the first token that starts at or after {@code offset} ({@link #size()} if none). */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The character of the original (not normalised) text at the start of token {@code i}. */
    public char originalChar(int i) {
        return analysis.text().charAt(tokens.get(i).start());
    }
}

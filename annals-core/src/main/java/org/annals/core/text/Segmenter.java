package org.annals.core.text;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.pipeline.Stage;

/**
 * Tokens and sentences, block by block: a sentence ends at {@code . ! ?} (with any closing quote or bracket
 * attached to it) before a word that can open a sentence, and always at the end of a block. A period that
 * belongs to an abbreviation token ({@code Mr.}, {@code U.S.}) does not end a sentence.
 */
public final class Segmenter implements Stage {

    private final Tokenizer tokenizer = Tokenizer.INSTANCE;

    @Override
    public Analysis apply(Analysis in) {
        String text = in.normalized();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = in.blocks().isEmpty()
                ? List.of(new Block(new Span(0, text.length()), Block.Kind.BODY, Span.NONE))
                : in.blocks();
        int paragraph = 0;
        for (Block b : blocks) {
            List<Token> ts = tokenizer.tokenize(text, b.span().start(), b.span().end());
            int base = tokens.size();
            tokens.addAll(ts);
            int first = 0;
            for (int k = 0; k < ts.size(); k++) {
                if (k + 1 == ts.size() || endsSentence(text, ts, k)) {
                    int last = k;
                    // closing quotes and brackets stuck to the terminal mark belong to this sentence
                    while (last + 1 < ts.size() && isCloser(ts.get(last + 1))
                            && ts.get(last + 1).start() == ts.get(last).end()) {
                        last++;
                    }
                    sentences.add(new Sentence(new Span(ts.get(first).start(), ts.get(last).end()), base + first,
                            base + last + 1, paragraph));
                    first = last + 1;
                    k = last;
                }
            }
            paragraph++;
        }
        return in.withTokens(tokens, sentences);
    }

    private static boolean endsSentence(String text, List<Token> ts, int k) {
        Token t = ts.get(k);
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int next = k + 1;
        while (next < ts.size() && isCloser(ts.get(next)) && ts.get(next).start() == ts.get(next - 1).end()) {
            next++;
        }
        if (next >= ts.size()) {
            return true;
        }
        Token n = ts.get(next);
        char f = n.text().charAt(0);
        return Character.isUpperCase(f) || Character.isDigit(f) || f == '"' || f == '\'' || f == '(' || f == '['
                || n.kind() == Token.Kind.HASHTAG || n.kind() == Token.Kind.HANDLE || f == '-';
    }

    private static boolean isCloser(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == '"' || c == '\'' || c == ')' || c == ']';
    }
}

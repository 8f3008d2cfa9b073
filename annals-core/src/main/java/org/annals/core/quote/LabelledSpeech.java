package org.annals.core.quote;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.match.TokenView;
import org.annals.core.model.Analysis;
import org.annals.core.model.Block;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;
import org.annals.core.model.Token;

/**
 * Speech whose speaker a label names: the turns of a transcript ({@code President of Chile Gabriel Boric:
 * Good afternoon ...}), each running from after the label's colon over the following paragraphs up to the
 * next turn, rule or title; and posts embedded from social media, whose text ends with the author line
 * ({@code - Name (@handle) date}).
 */
final class LabelledSpeech {

    /** A quoted stretch covering this share of a post's text is taken for the post itself. */
    private static final double POST_COVER = 0.8;

    private final TokenView v;

    LabelledSpeech(QuoteContext ctx) {
        this.v = ctx.view;
    }

    /** One quote of kind {@code turn} per transcript turn. */
    List<Draft> turns() {
        Analysis a = v.analysis();
        List<Block> blocks = a.blocks();
        List<Draft> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block turn = blocks.get(b);
            if (turn.kind() != Block.Kind.TURN) {
                continue;
            }
            int last = QuoteContext.turnEnd(blocks, b);
            String text = a.normalized();
            int colon = text.indexOf(':', turn.label().end());
            int start = colon < 0 || colon >= turn.span().end() ? turn.label().end() : colon + 1;
            while (start < turn.span().end() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = blocks.get(last).span().end();
            if (start < end) {
                out.add(new Draft(new Span(start, end), Quote.Kind.TURN, turn.label(), Span.NONE, false, true));
            }
            b = last;
        }
        return out;
    }

    /**
     * One {@code direct}, embedded quote per embedded post with an author line: its text before the line,
     * without the dash and links before the line; none when a quote between marks already covers the post ({@code marked}).
     */
    List<Draft> posts(List<Draft> marked) {
        List<Draft> out = new ArrayList<>();
        List<Block> blocks = v.analysis().blocks();
        for (Block post : blocks) {
            if (post.kind() != Block.Kind.EMBED || post.label().isEmpty()) {
                continue;
            }
            int from = v.tokenAtOrAfter(post.span().start());
            int to = v.tokenAtOrAfter(post.label().start());
            while (to > from && (v.token(to - 1).kind() == Token.Kind.URL
                    || v.isPunct(to - 1) && v.lower(to - 1).charAt(0) == '-')) {
                to--;
            }
            if (to <= from) {
                continue;
            }
            Span text = v.span(from, to);
            if (!coveredByQuote(text, marked)) {
                out.add(new Draft(text, Quote.Kind.DIRECT, post.label(), Span.NONE, true, true));
            }
        }
        return out;
    }

    private static boolean coveredByQuote(Span text, List<Draft> marked) {
        for (Draft d : marked) {
            if (d.span().overlaps(text)) {
                int common = Math.min(d.span().end(), text.end()) - Math.max(d.span().start(), text.start());
                if (common >= POST_COVER * text.length()) {
                    return true;
                }
            }
        }
        return false;
    }
}

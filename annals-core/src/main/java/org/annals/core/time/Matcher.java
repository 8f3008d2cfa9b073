package org.annals.core.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a rule at a token by backtracking over its elements: optional elements are tried taken before
 * skipped, macro alternatives in order; the longest way through wins, the first found among equals. Rules
 * are short, so the search is small. One matcher serves one sentence; not thread-safe.
 *
 * <p>What is left to match after a macro's alternative is kept on a stack of (elements, index) frames, one
 * per macro entered, instead of in a chain of continuations: the search makes no garbage.
 */
final class Matcher {

    private final TokenView v;
    private final List<Match.Capture> captures = new ArrayList<>();
    private int bestEnd;
    private List<Match.Capture> best;
    /** For each macro being matched, from the outermost: the sequence it stands in and its index there. */
    private List<Rule.Element>[] outer = newFrames(4);
    private int[] outerIndex = new int[4];

    Matcher(TokenView v) {
        this.v = v;
    }

    @SuppressWarnings("unchecked")
    private static List<Rule.Element>[] newFrames(int size) {
        return (List<Rule.Element>[]) new List<?>[size];
    }

    /** The longest match of {@code rule} starting at token {@code start}, or {@code null}. */
    Match longest(Rule rule, int start) {
        bestEnd = -1;
        best = null;
        captures.clear();
        sequence(0, rule.elements(), 0, start);
        return bestEnd > start ? new Match(start, bestEnd, rule, best) : null;
    }

    /** A way through the rule ends at token {@code end}: kept when it is the longest yet. */
    private void done(int end) {
        if (end > bestEnd) {
            bestEnd = end;
            best = List.copyOf(captures);
        }
    }

    /**
     * Matches {@code els[k..]} from token {@code pos}, then what is left of the {@code depth} macros around
     * them (the stack's frames {@code [0, depth)}).
     */
    private void sequence(int depth, List<Rule.Element> els, int k, int pos) {
        if (k == els.size()) {
            if (depth == 0) {
                done(pos);
            } else {
                sequence(depth - 1, outer[depth - 1], outerIndex[depth - 1] + 1, pos);
            }
            return;
        }
        Rule.Element e = els.get(k);
        switch (e.kind()) {
            case ATOM -> atom(e, pos, depth, els, k);
            case MACRO -> {
                if (depth == outer.length) {
                    outer = java.util.Arrays.copyOf(outer, depth * 2);
                    outerIndex = java.util.Arrays.copyOf(outerIndex, depth * 2);
                }
                // the frame is restored afterwards: a match of what follows may have entered a macro at this depth
                List<Rule.Element> savedEls = outer[depth];
                int savedIndex = outerIndex[depth];
                List<List<Rule.Element>> alternatives = e.alternatives();
                for (int a = 0; a < alternatives.size(); a++) {
                    outer[depth] = els;
                    outerIndex[depth] = k;
                    sequence(depth + 1, alternatives.get(a), 0, pos);
                }
                outer[depth] = savedEls;
                outerIndex[depth] = savedIndex;
            }
            case NOT_AHEAD -> {
                if (!e.accepts(v, pos)) {
                    sequence(depth, els, k + 1, pos);
                }
            }
            case BEHIND -> {
                if (e.accepts(v, pos - 1)) {
                    sequence(depth, els, k + 1, pos);
                }
            }
            case NOT_BEHIND -> {
                if (!e.accepts(v, pos - 1)) {
                    sequence(depth, els, k + 1, pos);
                }
            }
        }
        if (e.optional()) {
            sequence(depth, els, k + 1, pos);
        }
    }

    private void atom(Rule.Element e, int pos, int depth, List<Rule.Element> els, int k) {
        if (pos >= v.size()) {
            return;
        }
        List<TokenClass> classes = e.classes();
        for (int c = 0; c < classes.size(); c++) {
            Feature f = v.get(pos, classes.get(c));
            if (f != null && pos + f.length() <= v.size()) {
                captures.add(new Match.Capture(classes.get(c), f, pos));
                sequence(depth, els, k + 1, pos + f.length());
                captures.remove(captures.size() - 1);
            }
        }
        if (e.isLiteral(v.wordId(pos))) {
            sequence(depth, els, k + 1, pos + 1);
        }
    }
}

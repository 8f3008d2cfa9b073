package org.annals.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Matches a rule at a token by backtracking over its elements: optional elements are tried taken before
 * skipped, macro alternatives in order; the longest way through wins, the first found among equals. Rules
 * are short, so the search is small. One matcher serves one sentence; not thread-safe.
 */
final class Matcher {

    private final TokenView v;
    private final List<Match.Capture> captures = new ArrayList<>();
    private int bestEnd;
    private List<Match.Capture> best;

    Matcher(TokenView v) {
        this.v = v;
    }

    /** The longest match of {@code rule} starting at token {@code start}, or {@code null}. */
    Match longest(Rule rule, int start) {
        bestEnd = -1;
        best = null;
        captures.clear();
        sequence(rule.elements(), 0, start, end -> {
            if (end > bestEnd) {
                bestEnd = end;
                best = List.copyOf(captures);
            }
        });
        return bestEnd > start ? new Match(start, bestEnd, rule, best) : null;
    }

    private void sequence(List<Rule.Element> els, int k, int pos, IntConsumer done) {
        if (k == els.size()) {
            done.accept(pos);
            return;
        }
        Rule.Element e = els.get(k);
        IntConsumer next = p -> sequence(els, k + 1, p, done);
        switch (e.kind()) {
            case ATOM -> atom(e, pos, next);
            case MACRO -> {
                for (List<Rule.Element> alt : e.alternatives()) {
                    sequence(alt, 0, pos, next);
                }
            }
            case NOT_AHEAD -> {
                if (!e.accepts(v, pos)) {
                    next.accept(pos);
                }
            }
            case BEHIND -> {
                if (e.accepts(v, pos - 1)) {
                    next.accept(pos);
                }
            }
            case NOT_BEHIND -> {
                if (!e.accepts(v, pos - 1)) {
                    next.accept(pos);
                }
            }
        }
        if (e.optional()) {
            next.accept(pos);
        }
    }

    private void atom(Rule.Element e, int pos, IntConsumer next) {
        if (pos >= v.size()) {
            return;
        }
        for (TokenClass c : e.classes()) {
            Feature f = v.get(pos, c);
            if (f != null && pos + f.length() <= v.size()) {
                captures.add(new Match.Capture(c, f, pos));
                next.accept(pos + f.length());
                captures.remove(captures.size() - 1);
            }
        }
        if (e.literals().contains(v.lower(pos))) {
            next.accept(pos + 1);
        }
    }
}

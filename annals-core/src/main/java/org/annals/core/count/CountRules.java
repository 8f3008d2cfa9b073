package org.annals.core.count;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.count.CountLexicon.Hit;
import org.annals.core.count.CountLexicon.Role;
import org.annals.core.model.Token;

/**
 * The count patterns, applied to one sentence at a time:
 * <ul>
 * <li>the kind after the number: {@code N (people) were killed}, {@code N dead}, {@code N are still missing},
 * {@code N people, including M children, were killed} (an aside is skipped), looked for within five tokens
 * and never past another number, a conjunction or punctuation;</li>
 * <li>the kind before it: {@code killed N (people)}, {@code the killing of N}, {@code the death toll rose to
 * N};</li>
 * <li>lists that share one kind: {@code 20 soldiers and 30 civilians were killed}, {@code killed 12 people and
 * 30 soldiers}: a number of people with no kind of its own takes the kind of its neighbour in the list;</li>
 * <li>amounts of aid: a number with a unit ({@code 700 tonnes}, {@code 120 trucks}) or a currency
 * ({@code $15 million}, {@code 2 billion euros}), only when the sentence has an aid word.</li>
 * </ul>
 * A number counts people only when a people word follows it (within three words: {@code 40 Palestinian
 * civilians}), or a kind word, or nothing that names a thing: {@code 1,000 resolutions} is no count. Years,
 * dates, ages, percentages, durations and labels ({@code in 2014}, {@code 7 October}, {@code aged 34},
 * {@code 5 percent}, {@code No. 5}) are never counts.
 */
final class CountRules {

    /** How many tokens after the number (and its people) the kind word may come. */
    private static final int KIND_WINDOW = 5;

    /** How many tokens before the number a toll phrase may end ({@code the death toll has risen to}). */
    private static final int TOLL_WINDOW = 6;

    /** How many tokens may separate the items of a list that share a kind. */
    private static final int JOIN_GAP = 4;

    private final CountLexicon lex;
    private final NumberReader numbers;
    private final List<Token> tokens;

    CountRules(CountLexicon lex, List<Token> tokens) {
        this.lex = lex;
        this.numbers = new NumberReader(lex);
        this.tokens = tokens;
    }

    /** The counts of the sentence of tokens {@code [from, to)}, in text order. */
    List<Found> sentence(int from, int to) {
        List<Found> out = new ArrayList<>();
        int aid = -1;
        for (int i = from; i < to;) {
            Amount n = numbers.read(tokens, i, to);
            if (n == null) {
                i++;
                continue;
            }
            i = n.end();
            if (isNotCount(n, from, to)) {
                continue;
            }
            Found f = amount(n, from, to);
            if (f != null) {
                aid = aid < 0 ? (hasAid(from, to) ? 1 : 0) : aid;
                if (aid == 1) {
                    out.add(f);
                }
                continue;
            }
            f = people(n, from, to);
            if (f != null) {
                out.add(f);
            }
        }
        share(out);
        out.removeIf(f -> f.kind() == null);
        return out;
    }

    private boolean isNotCount(Amount n, int from, int to) {
        int s = n.start();
        int e = n.end();
        return lex.endingAt(Role.NOT_BEFORE, tokens, s, from) != null
                || lex.at(Role.NOT_AFTER, tokens, e, to) != null
                || lex.endingAt(Role.MONTH, tokens, s, from) != null
                || lex.at(Role.MONTH, tokens, e, to) != null
                || n.year() && (s == from || lex.endingAt(Role.YEAR_BEFORE, tokens, s, from) != null);
    }

    /** An amount with a unit or a currency, or {@code null}. */
    private Found amount(Amount n, int from, int to) {
        Hit cur = lex.endingAt(Role.CURRENCY_BEFORE, tokens, n.start(), from);
        Hit unit = cur == null ? lex.at(Role.UNIT, tokens, n.end(), to) : null;
        if (cur == null && unit == null) {
            unit = lex.at(Role.CURRENCY_AFTER, tokens, n.end(), to);
        }
        if (cur == null && unit == null) {
            return null;
        }
        int head = cur != null ? cur.start() : n.start();
        Hit q = n.vague() ? null : lex.endingAt(Role.QUALIFIER, tokens, head, from);
        return new Found(q != null ? q.start() : head, unit != null ? unit.end() : n.end(), "aid", n.value(),
                qualifier(n, q), cur != null ? cur.value() : unit.value(), n.start());
    }

    /** A count of people, possibly still without a kind, or {@code null}. */
    private Found people(Amount n, int from, int to) {
        Hit q = n.vague() ? null : lex.endingAt(Role.QUALIFIER, tokens, n.start(), from);
        int head = q != null ? q.start() : n.start();
        String qualifier = qualifier(n, q);
        int e = n.end();
        Hit kind = lex.at(Role.KIND_AFTER, tokens, e, to);
        if (kind != null) {
            return new Found(head, kind.end(), kind.value(), n.value(), qualifier, null, n.start());
        }
        int nounEnd = peopleEnd(e, to);
        int k = nounEnd >= 0 ? nounEnd : e;
        if (nounEnd < 0 && k < to && tokens.get(k).kind() == Token.Kind.WORD && !is(Role.AUX, k, to)
                && !is(Role.LINK, k, to) && !is(Role.STOP, k, to)) {
            return null;
        }
        kind = kindAfter(k, to);
        if (kind != null) {
            return new Found(head, kind.end(), kind.value(), n.value(), qualifier, null, n.start());
        }
        int end = Math.max(k, e);
        Hit before = lex.endingAt(Role.KIND_BEFORE, tokens, head, from);
        if (before == null) {
            before = lex.endingAt(Role.KIND_OF, tokens, head, from);
        }
        if (before == null) {
            before = toll(head, from);
        }
        if (before != null) {
            return new Found(before.start(), end, before.value(), n.value(), qualifier, null, n.start());
        }
        return nounEnd >= 0 ? new Found(head, end, null, n.value(), qualifier, null, n.start()) : null;
    }

    /** The end of the people words that follow token {@code k} (after up to two modifiers), or -1. */
    private int peopleEnd(int k, int to) {
        for (int j = k; j < to && j < k + 3; j++) {
            Hit p = lex.at(Role.PEOPLE, tokens, j, to);
            if (p != null) {
                return p.end();
            }
            Token t = tokens.get(j);
            if (t.kind() != Token.Kind.WORD || is(Role.AUX, j, to) || is(Role.STOP, j, to) || is(Role.LINK, j, to)
                    || is(Role.KIND_AFTER, j, to)) {
                return -1;
            }
            if (isDemonymPlural(t)) {
                return j + 1;
            }
        }
        return -1;
    }

    /** A capitalised plural such as {@code Palestinians}: people by their nation. */
    private static boolean isDemonymPlural(Token t) {
        String w = t.text();
        return t.isCapitalized() && w.length() >= 5 && w.endsWith("s") && Character.isLowerCase(w.charAt(1));
    }

    /** The kind word within the window after token {@code k}, skipping a comma-enclosed aside, or null. */
    private Hit kindAfter(int k, int to) {
        int budget = KIND_WINDOW;
        int j = k;
        while (j < to && budget > 0) {
            Hit kind = lex.at(Role.KIND_AFTER, tokens, j, to);
            if (kind != null) {
                return kind;
            }
            Token t = tokens.get(j);
            if (t.text().equals(",") && lex.at(Role.ASIDE, tokens, j + 1, to) != null) {
                int close = j + 1;
                while (close < to && close - j < 15 && !tokens.get(close).text().equals(",")) {
                    close++;
                }
                if (close >= to || !tokens.get(close).text().equals(",")) {
                    return null;
                }
                j = close + 1;
                continue;
            }
            if (t.kind() != Token.Kind.WORD || is(Role.STOP, j, to) || lex.at(Role.NUMBER, tokens, j, to) != null) {
                return null;
            }
            j++;
            budget--;
        }
        return null;
    }

    /** A toll phrase that ends within a few tokens before the number, with no number between. */
    private Hit toll(int head, int from) {
        for (int end = head; end > from && head - end <= TOLL_WINDOW; end--) {
            if (end < head && tokens.get(end).kind() == Token.Kind.NUMBER) {
                return null;
            }
            Hit h = lex.endingAt(Role.TOLL, tokens, end, from);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** Gives a number of people with no kind the kind of its neighbour in a list. */
    private void share(List<Found> found) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < found.size(); i++) {
                Found f = found.get(i);
                if (f.kind() != null) {
                    continue;
                }
                Found right = i + 1 < found.size() ? found.get(i + 1) : null;
                Found left = i > 0 ? found.get(i - 1) : null;
                String kind = right != null && right.kind() != null && joined(f.end(), right.start()) ? right.kind()
                        : left != null && left.kind() != null && joined(left.end(), f.start()) ? left.kind() : null;
                if (kind != null) {
                    found.set(i, f.withKind(kind));
                    changed = true;
                }
            }
        }
    }

    /** True when the tokens {@code [from, to)} are only list joiners ({@code ,}, {@code and}, ...). */
    private boolean joined(int from, int to) {
        if (to - from > JOIN_GAP) {
            return false;
        }
        int j = from;
        while (j < to) {
            Hit h = lex.at(Role.JOIN, tokens, j, to);
            if (h == null) {
                return false;
            }
            j = h.end();
        }
        return true;
    }

    private boolean hasAid(int from, int to) {
        for (int j = from; j < to; j++) {
            if (lex.at(Role.AID, tokens, j, to) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean is(Role role, int j, int to) {
        return lex.at(role, tokens, j, to) != null;
    }

    private String qualifier(Amount n, Hit q) {
        if (n.vague()) {
            return text(n.start(), n.end());
        }
        return q == null ? null : text(q.start(), q.end());
    }

    private String text(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (j > from) {
                b.append(' ');
            }
            b.append(tokens.get(j).lower());
        }
        return b.toString();
    }
}

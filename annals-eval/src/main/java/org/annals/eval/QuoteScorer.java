package org.annals.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.annals.core.model.Span;
import org.annals.eval.Brat.Relation;
import org.annals.eval.NerScorer.Score;

/**
 * Scores predicted attribution relations (quotes) against gold ones, document by document.
 *
 * <p><b>Content.</b> A predicted quote matches a gold one when their content ranges share at least half of the
 * longer of the two ({@link #MIN_OVERLAP}, counted in characters: neither a quote twice too long nor one half
 * too short counts). Each gold and each predicted quote is matched at most once, the pairs with the most
 * overlap first. Precision is the matched share of the predicted quotes, recall the matched share of the gold
 * ones.
 *
 * <p><b>Source and cue, given the content.</b> Over the matched pairs only: the gold items are the pairs whose
 * gold relation has a source (a cue), the predicted items those whose predicted relation has one, and an item
 * is right when both have one and the two share half of the longer, as above.
 *
 * <p><b>Direct quotes.</b> The same three scores over the quotes, gold and predicted alike, whose content
 * opens and closes with a quotation mark (one right outside the content counts, a comma or full stop between
 * the content and the closing mark is allowed), matched among themselves.
 */
public final class QuoteScorer {

    /** The least share of the longer span that two spans must have in common to match. */
    public static final double MIN_OVERLAP = 0.5;

    private static final String MARKS = "\"“”‘’«»„‟‹›'";

    /**
     * The outcome for one document.
     *
     * @param matched the matched pairs, gold first
     * @param missed the gold relations left unmatched
     * @param spurious the predicted relations left unmatched
     */
    public record Result(List<Relation[]> matched, List<Relation> missed, List<Relation> spurious) {
    }

    private final Counts all = new Counts();
    private final Counts direct = new Counts();

    /** Adds one document: its text and its gold and predicted relations; returns the matching of all quotes. */
    public Result add(String text, List<Relation> gold, List<Relation> predicted) {
        Result r = all.add(gold, predicted);
        direct.add(gold.stream().filter(g -> isDirect(text, g.content())).toList(),
                predicted.stream().filter(p -> isDirect(text, p.content())).toList());
        return r;
    }

    public Score content() {
        return all.content;
    }

    public Score source() {
        return all.source;
    }

    public Score cue() {
        return all.cue;
    }

    public Score directContent() {
        return direct.content;
    }

    public Score directSource() {
        return direct.source;
    }

    public Score directCue() {
        return direct.cue;
    }

    /** The six lines {@code PREFIX-content}, {@code -source}, {@code -cue}, {@code PREFIX-direct-content}, ... */
    public List<String> lines(String prefix) {
        return List.of(content().line(prefix + "-content"), source().line(prefix + "-source"),
                cue().line(prefix + "-cue"), directContent().line(prefix + "-direct-content"),
                directSource().line(prefix + "-direct-source"), directCue().line(prefix + "-direct-cue"));
    }

    /**
     * The characters two lists of ranges have in common, as a share of the longer list (0 when either is
     * empty).
     */
    public static double overlap(List<Span> a, List<Span> b) {
        int la = length(a);
        int lb = length(b);
        if (la == 0 || lb == 0) {
            return 0;
        }
        int common = 0;
        for (Span x : a) {
            for (Span y : b) {
                common += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return (double) common / Math.max(la, lb);
    }

    /**
     * True when the content, from its first to its last range and without surrounding spaces, opens and closes
     * with a quotation mark, in it or right outside it ({@code “We will win,”} and {@code We will win} between
     * marks alike).
     */
    public static boolean isDirect(String text, List<Span> content) {
        if (content.isEmpty()) {
            return false;
        }
        int s = content.get(0).start();
        int e = content.get(content.size() - 1).end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return false;
        }
        boolean opens = isMark(text.charAt(s)) || s > 0 && isMark(text.charAt(s - 1));
        boolean closes = isMark(text.charAt(e - 1)) || e < text.length() && (isMark(text.charAt(e))
                || ",.!?".indexOf(text.charAt(e)) >= 0 && e + 1 < text.length() && isMark(text.charAt(e + 1)));
        return opens && closes;
    }

    private static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }

    private static int length(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.length();
        }
        return n;
    }

    /** The scores of one set of quotes. */
    private static final class Counts {
        Score content = new Score(0, 0, 0);
        Score source = new Score(0, 0, 0);
        Score cue = new Score(0, 0, 0);

        Result add(List<Relation> gold, List<Relation> predicted) {
            record Candidate(int g, int p, double overlap) {
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                for (int p = 0; p < predicted.size(); p++) {
                    double o = overlap(gold.get(g).content(), predicted.get(p).content());
                    if (o >= MIN_OVERLAP) {
                        candidates.add(new Candidate(g, p, o));
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(Candidate::overlap).reversed()
                    .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
            boolean[] goldUsed = new boolean[gold.size()];
            boolean[] predUsed = new boolean[predicted.size()];
            List<Relation[]> matched = new ArrayList<>();
            for (Candidate c : candidates) {
                if (!goldUsed[c.g()] && !predUsed[c.p()]) {
                    goldUsed[c.g()] = true;
                    predUsed[c.p()] = true;
                    matched.add(new Relation[] {gold.get(c.g()), predicted.get(c.p())});
                }
            }
            content = plus(content, gold.size(), predicted.size(), matched.size());
            for (Relation[] m : matched) {
                source = plusPart(source, m[0].source(), m[1].source());
                cue = plusPart(cue, m[0].cue(), m[1].cue());
            }
            List<Relation> missed = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                if (!goldUsed[g]) {
                    missed.add(gold.get(g));
                }
            }
            List<Relation> spurious = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                if (!predUsed[p]) {
                    spurious.add(predicted.get(p));
                }
            }
            return new Result(matched, missed, spurious);
        }

        private static Score plusPart(Score s, List<Span> gold, List<Span> predicted) {
            boolean right = overlap(gold, predicted) >= MIN_OVERLAP;
            return plus(s, gold.isEmpty() ? 0 : 1, predicted.isEmpty() ? 0 : 1, right ? 1 : 0);
        }

        private static Score plus(Score s, int gold, int predicted, int correct) {
            return new Score(s.gold() + gold, s.predicted() + predicted, s.correct() + correct);
        }
    }
}

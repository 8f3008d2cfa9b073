package org.annals.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.annals.core.model.Analysis;
import org.annals.core.model.Sentence;
import org.annals.core.model.Span;
import org.annals.core.model.Timex;
import org.annals.core.model.Token;
import org.annals.core.pipeline.Stage;

/**
 * The temporal tagger: finds the dates, times, durations and sets of each sentence and normalises them to
 * TIMEX3 values, resolving relative ones against the publication date.
 *
 * <p>Sentence by sentence, the {@link Classifier} gives each token its classes, the {@link Grammar}'s rules
 * are matched where their first element fits, the {@link Interpreter} reads each match, and the longest
 * readings win without overlapping (a timex never crosses a sentence). A relative reading (a weekday, a date
 * without a year, "last week") keeps its rule in {@link Timex#relative()}; with a publication date and a rule
 * that counts from the writer's now, the value is the rule resolved against that date, and
 * {@code anchoredTo} is {@code "published"}; a clock time alone takes the day of a full date in the same
 * sentence ({@code "text"}), else the publication date. Without an anchor the value is the underspecified
 * one ({@code XXXX-10-07}, {@code XXXX-WXX-2}) or {@code null} ("last week"). Immutable and thread-safe.
 */
public final class TimeTagger implements Stage {

    /** What {@link Timex#anchoredTo()} says for a value resolved against the publication date. */
    public static final String PUBLISHED = "published";

    /** What {@link Timex#anchoredTo()} says for a value resolved against another date in the text. */
    public static final String TEXT = "text";

    private final Classifier classifier;
    private final Grammar grammar;
    private final Interpreter interpreter = new Interpreter();

    /** A tagger with the built-in lexicon and grammar. */
    public TimeTagger() {
        this(Lexicon.DEFAULT, Grammar.DEFAULT);
    }

    TimeTagger(Lexicon lexicon, Grammar grammar) {
        this.classifier = new Classifier(lexicon);
        this.grammar = grammar;
    }

    @Override
    public Analysis apply(Analysis in) {
        List<Token> tokens = in.tokens();
        boolean dayFirst = NumericDates.dayFirst(tokens);
        LocalDate anchor = in.publication().date();
        List<Timex> out = new ArrayList<>();
        for (Sentence s : in.sentences()) {
            List<Token> part = tokens.subList(s.firstToken(), s.endToken());
            TokenView v = classifier.classify(part, dayFirst);
            List<Found> found = select(readings(v), v.size());
            Resolved[] resolved = new Resolved[found.size()];
            String day = null;
            for (int k = 0; k < found.size(); k++) {
                if (!Anchoring.isTimeOnly(found.get(k).reading().relative())) {
                    resolved[k] = resolve(found.get(k).reading(), anchor, null);
                    day = day != null ? day : dayOf(resolved[k].value());
                }
            }
            for (int k = 0; k < found.size(); k++) {
                Resolved r = resolved[k] != null ? resolved[k] : resolve(found.get(k).reading(), anchor, day);
                Found f = found.get(k);
                Span span = new Span(part.get(f.start()).start(), part.get(f.end() - 1).end());
                out.add(new Timex("t" + (out.size() + 1), span, in.covered(span), f.reading().type(), r.value(),
                        f.reading().mod(), r.anchoredTo(), f.reading().relative()));
            }
        }
        return in.withTimes(out);
    }

    /** A reading over tokens {@code [start, end)} of a sentence. */
    private record Found(int start, int end, int rule, Reading reading) {
        int length() {
            return end - start;
        }
    }

    /** For every token, the longest readable match of any rule that starts there. */
    private List<Found> readings(TokenView v) {
        Tense tense = new Tense(v);
        Matcher matcher = new Matcher(v);
        List<Found> all = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Found best = null;
            for (Rule r : grammar.candidates(v, i)) {
                Match m = matcher.longest(r, i);
                if (m == null || (best != null && m.length() <= best.length())) {
                    continue;
                }
                Reading reading = interpreter.read(m, tense.around(m.start(), m.end()));
                if (reading != null) {
                    best = new Found(m.start(), m.end(), r.index(), reading);
                }
            }
            if (best != null) {
                all.add(best);
            }
        }
        return all;
    }

    /** The longest readings first, then the earlier, then the earlier rule; none overlapping; in text order. */
    private static List<Found> select(List<Found> all, int tokens) {
        List<Found> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start)
                .thenComparingInt(Found::rule));
        boolean[] taken = new boolean[tokens];
        List<Found> chosen = new ArrayList<>();
        for (Found f : byLength) {
            boolean free = true;
            for (int k = f.start(); k < f.end() && free; k++) {
                free = !taken[k];
            }
            if (free) {
                for (int k = f.start(); k < f.end(); k++) {
                    taken[k] = true;
                }
                chosen.add(f);
            }
        }
        chosen.sort(Comparator.comparingInt(Found::start));
        return chosen;
    }

    /** A value and what it was resolved against. */
    private record Resolved(String value, String anchoredTo) {
    }

    /**
     * The value of a reading: absolute as read; relative resolved against {@code day} (a full date of the same
     * sentence, for a clock time alone), else against the publication date (for rules that count from the
     * writer's now), else underspecified.
     */
    private static Resolved resolve(Reading r, LocalDate anchor, String day) {
        String rule = r.relative();
        if (rule == null) {
            return new Resolved(r.value(), null);
        }
        if (day != null) {
            return new Resolved(Anchoring.resolve(rule, LocalDate.parse(day)), TEXT);
        }
        String value = anchor == null || Anchoring.countsFromText(rule) ? null : Anchoring.resolve(rule, anchor);
        return value != null ? new Resolved(value, PUBLISHED) : new Resolved(Anchoring.unresolved(rule), null);
    }

    /** The day of a full date value ({@code 2021-11-23}, {@code 2021-11-23TMO}), or {@code null}. */
    private static String dayOf(String v) {
        if (v == null || v.length() < 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (!Character.isDigit(v.charAt(i))) {
                return null;
            }
        }
        return v.substring(0, 10);
    }
}

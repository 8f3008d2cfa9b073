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
 * sentence ({@code "text"}), else the publication date; a rule that counts from a date in the text ("the next
 * day", "a year earlier") counts from the latest date the text gave before it, other than one counted so
 * ({@code "text"}), and has no value when there is none. Without an anchor the value is the underspecified one ({@code XXXX-10-07},
 * {@code XXXX-WXX-2}) or {@code null} ("last week").
 *
 * <p>Three cases follow TimeML's way of tagging: two years written as one token ({@code 2009-2010}) are two
 * expressions; an amount that shares the unit of the duration after it ("between 12 and 18 months") is a
 * duration of its own; a hedge before a duration ("about three days") stays outside it but gives its
 * {@code mod}. Immutable and thread-safe.
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
        this.classifier = new Classifier(new Vocabulary(lexicon, grammar));
        this.grammar = grammar;
    }

    @Override
    public Analysis apply(Analysis in) {
        List<Token> tokens = in.tokens();
        boolean dayFirst = NumericDates.dayFirst(tokens);
        LocalDate anchor = in.publication().date();
        List<Timex> out = new ArrayList<>();
        String reference = null;
        for (Sentence s : in.sentences()) {
            List<Token> part = tokens.subList(s.firstToken(), s.endToken());
            TokenView v = classifier.classify(part, dayFirst);
            List<Found> found = select(readings(v), v.size());
            found = withSharedUnits(v, found);
            Resolved[] resolved = new Resolved[found.size()];
            String day = null;
            for (int k = 0; k < found.size(); k++) {
                String rule = found.get(k).reading().relative();
                if (!Anchoring.isTimeOnly(rule) && !Anchoring.countsFromText(rule)) {
                    resolved[k] = resolve(found.get(k).reading(), anchor, null);
                    day = day != null ? day : dayOf(resolved[k].value());
                }
            }
            List<Timex> sentence = new ArrayList<>();
            for (int k = 0; k < found.size(); k++) {
                Found f = found.get(k);
                Reading reading = f.reading();
                Resolved r = resolved[k] != null ? resolved[k]
                        : Anchoring.countsFromText(reading.relative()) ? fromText(reading.relative(), reference)
                        : resolve(reading, anchor, day);
                Span span = new Span(part.get(f.start()).start(), part.get(f.end() - 1).end());
                String mod = reading.mod();
                if (mod == null && reading.type() == Timex.Type.DURATION && v.has(f.start() - 1, TokenClass.APPROX)) {
                    mod = v.get(f.start() - 1, TokenClass.APPROX).value();
                }
                sentence.add(new Timex("", span, in.covered(span), reading.type(), r.value(), mod, r.anchoredTo(),
                        reading.relative()));
                if (!Anchoring.countsFromText(reading.relative()) && isReference(reading.type(), r.value())) {
                    reference = r.value();
                }
            }
            sentence.addAll(yearRanges(v, part, found, in));
            sentence.sort(Comparator.comparingInt((Timex t) -> t.span().start()));
            out.addAll(sentence);
        }
        List<Timex> numbered = new ArrayList<>(out.size());
        for (Timex t : out) {
            numbered.add(new Timex("t" + (numbered.size() + 1), t.span(), t.text(), t.type(), t.value(), t.mod(),
                    t.anchoredTo(), t.relative()));
        }
        return in.withTimes(numbered);
    }

    /**
     * The readings of a sentence with, for an amount that shares the unit of the duration after it ("between
     * 12 and 18 months", "two to six days"), a duration of its own in that unit, as TimeML tags them.
     */
    private static List<Found> withSharedUnits(TokenView v, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        boolean changed = false;
        for (Found f : found) {
            int q = f.start() - 2;
            Feature amount = v.get(q, TokenClass.QTY);
            Feature own = v.get(f.start(), TokenClass.QTY);
            if (f.reading().type() != Timex.Type.DURATION || amount == null || own == null || amount.length() != 1
                    || !(v.is(q + 1, "and") || v.is(q + 1, "to") || v.is(q + 1, "or") || v.is(q + 1, "-"))
                    || covered(found, q)) {
                continue;
            }
            Feature unit = null;
            for (int k = f.start(); k < f.end() && unit == null; k++) {
                unit = v.get(k, TokenClass.UNIT);
            }
            if (unit != null) {
                out.add(new Found(q, q + 1, -1, Reading.absolute(Timex.Type.DURATION,
                        Interpreter.period(amount.value(), unit.value()), null)));
                changed = true;
            }
        }
        if (changed) {
            out.sort(Comparator.comparingInt(Found::start));
        }
        return out;
    }

    private static boolean covered(List<Found> found, int token) {
        for (Found f : found) {
            if (f.start() <= token && token < f.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two years written as one token ({@code 2009-2010}, {@code 1957-58}) that no reading covers: one DATE for
     * each, over its own characters, as TimeML tags them.
     */
    private static List<Timex> yearRanges(TokenView v, List<Token> part, List<Found> found, Analysis in) {
        List<Timex> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Feature range = v.get(i, TokenClass.YEARRANGE);
            if (range == null || covered(found, i)) {
                continue;
            }
            String[] years = range.value().split(" ");
            Token t = part.get(i);
            int dash = t.text().indexOf('-');
            Span first = new Span(t.start(), t.start() + dash);
            Span second = new Span(t.start() + dash + 1, t.end());
            out.add(new Timex("", first, in.covered(first), Timex.Type.DATE, years[0], null, null, null));
            out.add(new Timex("", second, in.covered(second), Timex.Type.DATE, years[1], null, null, null));
        }
        return out;
    }

    /** True for a value later expressions can count from: a DATE or TIME with a four-digit year first. */
    private static boolean isReference(Timex.Type type, String value) {
        if ((type != Timex.Type.DATE && type != Timex.Type.TIME) || value == null || value.length() < 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(value.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A rule counted from the text ("the next day"): against the latest date the text gave, if any. */
    private static Resolved fromText(String rule, String reference) {
        String value = Anchoring.resolveFrom(rule, reference);
        return value != null ? new Resolved(value, TEXT) : new Resolved(null, null);
    }

    /** A reading over tokens {@code [start, end)} of a sentence ({@code rule} -1: not from a rule). */
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
        long[] candidates = new long[grammar.bitmapLength()];
        for (int i = 0; i < v.size(); i++) {
            if (!grammar.candidates(v, i, candidates)) {
                continue;
            }
            Found best = null;
            for (int w = 0; w < candidates.length; w++) {
                for (long bits = candidates[w]; bits != 0; bits &= bits - 1) {
                    Rule r = grammar.rule(w, Long.numberOfTrailingZeros(bits));
                    if (!grammar.mayMatch(r, v, i)) {
                        continue;
                    }
                    Match m = matcher.longest(r, i);
                    if (m == null || (best != null && m.length() <= best.length())) {
                        continue;
                    }
                    Reading reading = interpreter.read(m, tense.around(m.start(), m.end()));
                    if (reading != null) {
                        best = new Found(m.start(), m.end(), r.index(), reading);
                    }
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

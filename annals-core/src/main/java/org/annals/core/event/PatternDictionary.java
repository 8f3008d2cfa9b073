package org.annals.core.event;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;
import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;

/**
 * The event patterns and the matcher that finds them in a sentence. Immutable and thread-safe once built.
 *
 * <p><b>What it reads.</b> Three tables in annals' own format, each with a header that documents it: {@code
 * classes.tsv} (named sets of words and phrases), {@code patterns.tsv} (the patterns, with their PLOVER
 * category, mode, CAMEO code, roles and future) and {@code combinations.tsv} (what a pattern becomes when
 * another one is its complement: "threatened <i>to strike</i>", "urged Israel <i>to withdraw</i>"); and
 * PETRARCH / TABARI verb dictionaries as they are, through {@link PetrarchVerbs}. The built-in dictionary is
 * the three tables of this package; {@link #builder()} adds others on top.
 *
 * <p><b>Elements.</b> A pattern is a list of elements, matched on the lemmas of tokens ({@link Lemmas}: "met"
 * matches {@code meet}, "talks" matches {@code talk}): a word; {@code a_b}, consecutive words; {@code a|b|c},
 * any of them; {@code {CLASS}}, any word or phrase of a class (alternatives may mix words, phrases and
 * classes: {@code envoy|{DIPLOMAT}}); {@code *}, up to {@link #GAP} tokens of the same clause (never past a
 * comma, semicolon, colon or full stop, nor past a word of class {@code GAP_STOP} such as "that", "because" or
 * "after", which open another clause); {@code >element}, an element that must follow but does not extend the
 * pattern (the target is looked for right after what comes before it). The first element is the trigger.
 * Elements may also be required <em>before</em> the trigger ({@code before} column), matched right to left from
 * it with the same syntax.
 *
 * <p><b>Matching.</b> At each token not yet taken, the patterns whose trigger may be that token are tried; the
 * one that takes the most words wins (before and after the trigger), then, at equal weight, a noun pattern
 * after a determiner ("the meeting") and a verb pattern elsewhere (a verb pattern never starts right after a
 * determiner: "the beginning of the talks"), then the tighter match, then the pattern added last (so a user's
 * dictionary overrides the built-in one). The tokens a pattern takes are not tried again. A pattern of type
 * {@code -} takes its tokens and codes nothing: it says that a wording is no event ("heart attack"). A verb
 * trigger that tells no event is dropped: an obligation ("must resign"), a condition ("unless the president
 * agrees") or an aim ("efforts to end the fighting"), by the classes {@code OBLIGATION}, {@code OBLIGE_TO},
 * {@code CONDITION} and {@code AIM}. A verb and its object ("expel * {ENVOY}") also match in the passive, the
 * object before a form of "be" and the verb's participle ("Russian diplomats were expelled").
 *
 * <p><b>Future.</b> A verb pattern told in the future or as an intention (its trigger after a word of class
 * {@code FUTURE} such as "will" or "would", past adverbs of class {@code ADVERB} and "be", or after "to" that
 * follows a word of class {@code INTEND}: "plans to", "is ready to"; or "is to"; or after "and to" that
 * continues such an infinitive; or after a word of class {@code MAY} such as "could" when a word of class
 * {@code CONDITION} follows: "could strike if") takes its {@code future}
 * outcome, else the one the {@code FUTURE} lines of the combination table give its category: PLOVER codes
 * cooperation promised for the future as AGREE, a retreat announced for the future as CONCEDE; violence or
 * coercion announced is a threat.
 *
 * <p><b>Combinations.</b> When a verb trigger is the complement of the pattern found just before it in the same
 * clause (at most {@link #LINK_REACH} tokens on, linked by a word of the line's {@code link}: "to" before the
 * complement, "that" just after the governor, or "of", "for", ... before a complement in -ing), the combination
 * table decides: the governor takes a new outcome and the complement is not coded apart (its target then looked
 * for after the governor or after the complement, as the line says), or only the complement stands, or only
 * the governor. Pairs without a line are both coded.
 *
 * <p><b>Discards.</b> A PETRARCH discard list ({@link Builder#addPetrarchDiscards}) voids the sentences it
 * matches: they code no event.
 *
 * <p><b>Speed.</b> Patterns are compiled once into sets of lemmas, indexed by their trigger, each word numbered
 * in the dictionary's vocabulary; what the matcher reads of a word form (its lemma candidates, their numbers,
 * the patterns they trigger, whether it is a determiner ...) is made once per form and kept, so that matching
 * compares ints, not Strings. A pattern one of whose elements has no word in the sentence is not tried. No
 * regular expression is run per token.
 */
public final class PatternDictionary {

    /** How many tokens a {@code *} may skip; it never skips a comma, a semicolon, a colon or a full stop. */
    static final int GAP = 8;
    /** How far after its governor a complement may start, in tokens. */
    static final int LINK_REACH = 12;

    /** A pattern found: its trigger token, the last token of its body, and the tokens its elements matched. */
    record Found(Pattern pattern, int trigger, int end, List<Integer> matched) {

        /** True when the pattern took token {@code t}: one of {@link #matched}, read without boxing {@code t}. */
        boolean took(int t) {
            for (int m : matched) {
                if (m == t) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A pattern found in a sentence, as callers outside the package see it.
     *
     * @param trigger the token of the trigger
     * @param end the last token the pattern matched from the trigger on
     * @param type PLOVER category
     * @param mode PLOVER mode or null
     * @param cameo CAMEO code
     * @param reverseCameo the code of the event the other way round (TABARI's paired codes), or null
     * @param noun true when the trigger is a noun: the coder codes it only when something anchors it to actors
     *             ("held talks", "Boric's visit"), else it refers to an event already told
     * @param pattern the pattern as written, before-elements first, the trigger in brackets
     * @param line where the pattern is defined, {@code file:line}
     */
    public record Match(int trigger, int end, String type, String mode, String cameo, String reverseCameo,
                        boolean noun, String pattern, String line) {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that",
            "these", "those", "his", "her", "its", "their", "our", "my", "your", "'s");
    /** Forms of "be" before a passive participle. */
    private static final Set<String> PASSIVE_BE = Set.of("was", "were", "is", "are", "been", "be", "being");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words that make a verb of what follows them, not an adjective of a noun: "the talks will resume". */
    private static final Set<String> VERBAL = Set.of("will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "to", "not", "also", "did", "do", "does", "'ll", "wo", "n't");

    /**
     * True when one or two words, neither a plural nor a word of a verb's phrase, stand between a determiner and
     * token {@code i}: "a brief private visit", "the surprise attack", "the Israeli raid" (a name only right
     * before it: "the Kremlin denied" has the verb's past).
     */
    private static boolean adjectivesAfterDeterminer(List<Token> ts, Form[] forms, int from, int i) {
        for (int n = 1; n <= 2 && i - n - 1 >= from; n++) {
            Token w = ts.get(i - n);
            // (a name after an article only, not as the subject after "that": "demanded that India withdraw",
            // "demanded that the Taliban free" have a verb)
            if (!w.isWord() || w.isCapitalized() && (n > 1 || !ARTICLES.contains(lower(ts, i - n - 1))
                    || i - n - 2 >= from && lower(ts, i - n - 2).equals("that"))
                    || w.lower().endsWith("s") || forms[i - n - from].is(Form.VERBAL | Form.DETERMINER)) {
                return false;
            }
            if (forms[i - n - 1 - from].is(Form.DETERMINER)) {
                return true;
            }
        }
        return false;
    }

    private final Map<String, List<Pattern>> byTrigger;
    private final Map<Pattern, Integer> order;
    /** Patterns of the dictionaries that only fill gaps: any other pattern that matches at a token wins. */
    private final Set<Pattern> fallbacks;
    private final Combinations combinations;
    private final Set<String> future;
    private final Set<String> intend;
    private final Set<String> adverbs;
    private final Set<String> obligation;
    private final Set<String> obligeTo;
    private final Set<String> condition;
    private final Set<String> may;
    private final Set<String> aim;
    private final Set<String> gapStop;
    /** Prepositions: a word right after one is a noun, unless it is a gerund ("accused of attacking"). */
    private final Set<String> prepositions;
    /** The triggers of verb patterns that code an event. */
    private final Set<String> verbTriggers;
    private final int size;
    /** Discard phrases by their first word; a one-word stem is found by the prefixes of a token. */
    private final Map<String, List<PetrarchDiscards.Discard>> discards = new HashMap<>();
    private final List<String> problems;
    private final List<String> notes;
    private final Lemmas lemmas = Lemmas.BUILTIN;
    /** The number of each word the patterns name ({@link Pattern.Ids}). */
    private final Map<String, Integer> vocabulary;

    private PatternDictionary(Builder b, Map<String, List<Pattern>> byTrigger, Map<Pattern, Integer> order,
                              Set<Pattern> fallbacks, Combinations combinations, Map<String, Integer> vocabulary) {
        this.byTrigger = byTrigger;
        this.vocabulary = vocabulary;
        this.order = order;
        this.fallbacks = fallbacks;
        this.combinations = combinations;
        this.future = b.words("FUTURE");
        this.intend = b.words("INTEND");
        this.adverbs = b.words("ADVERB");
        this.obligation = b.words("OBLIGATION");
        this.obligeTo = b.words("OBLIGE_TO");
        this.condition = b.words("CONDITION");
        this.may = b.words("MAY");
        this.aim = b.words("AIM");
        this.gapStop = b.words("GAP_STOP");
        this.prepositions = b.words("PREPOSITION");
        Set<String> verbs = new HashSet<>();
        byTrigger.forEach((lemma, ps) -> {
            for (Pattern p : ps) {
                if (!p.noun() && !p.isNoEvent()) {
                    verbs.add(lemma);
                    break;
                }
            }
        });
        this.verbTriggers = Set.copyOf(verbs);
        this.size = order.size();
        for (PetrarchDiscards.Discard d : b.discards) {
            discards.computeIfAbsent(d.words().get(0), k -> new ArrayList<>()).add(d);
        }
        this.problems = List.copyOf(b.problems);
        this.notes = List.copyOf(b.notes);
    }

    /** The built-in dictionary: {@code classes.tsv}, {@code patterns.tsv} and {@code combinations.tsv}. */
    public static PatternDictionary builtin() {
        return Holder.BUILTIN;
    }

    private static final class Holder {
        static final PatternDictionary BUILTIN = load();
    }

    private static PatternDictionary load() {
        PatternDictionary d = builder().addBuiltin().build();
        if (!d.problems().isEmpty()) {
            throw new IllegalStateException("the built-in event patterns have problems: " + d.problems());
        }
        return d;
    }

    /** An empty builder: add the built-in tables, your own, PETRARCH verb dictionaries, in any order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of patterns. */
    public int size() {
        return size;
    }

    /** Lines that could not be read, as {@code file:line: reason}; each was skipped. */
    public List<String> problems() {
        return problems;
    }

    /** What was read on purpose but not used, as {@code file: note}. */
    public List<String> notes() {
        return notes;
    }

    /** The patterns found in tokens {@code [from, to)}, left to right, as callers outside the package see them. */
    public List<Match> matches(List<Token> ts, int from, int to) {
        List<Match> out = new ArrayList<>();
        for (Found f : find(ts, from, to)) {
            Pattern p = f.pattern();
            StringBuilder text = new StringBuilder();
            for (String e : p.before()) {
                text.append(e).append(' ');
            }
            text.append('[').append(p.elements().get(0)).append(']');
            for (String e : p.elements().subList(1, p.elements().size())) {
                text.append(' ').append(e);
            }
            out.add(new Match(f.trigger(), f.end(), p.type(), p.mode(), p.cameo(), p.reverseCameo(), p.noun(),
                    text.toString(), p.line()));
        }
        return out;
    }

    /** The patterns found in tokens {@code [from, to)}, left to right, not sharing tokens. */
    List<Found> find(List<Token> ts, int from, int to) {
        return find(ts, from, to, null);
    }

    /**
     * As {@link #find(List, int, int)}; the tokens {@code named} marks (indexed from {@code from}) are words of
     * names, which neither trigger a pattern nor stand for one of its words: "delivered to Yemen by the World Food
     * Programme" takes no "food".
     */
    List<Found> find(List<Token> ts, int from, int to, boolean[] named) {
        int n = to - from;
        if (n <= 0) {
            return List.of();
        }
        if (!discards.isEmpty() && discarded(ts, from, to)) {
            return List.of();
        }
        Form[] cands = forms(ts, from, to);
        if (named != null) {
            for (int k = 0; k < n; k++) {
                if (named[k]) {
                    cands[k] = NAME_WORD;
                }
            }
        }
        // every lemma the sentence may hold: a pattern one of whose elements has none of them cannot match;
        // gathered when the first pattern is tried (most sentences try none)
        Present present = null;
        List<Found> all = new ArrayList<>();
        boolean[] used = new boolean[n];
        for (int i = from; i < to; i++) {
            Form form = cands[i - from];
            if (used[i - from] || form.triggered.length == 0
                    || !ts.get(i).isWord() && ts.get(i).kind() != Token.Kind.SYMBOL) {
                continue;
            }
            Found best = null;
            int bestWeight = 0;
            int bestRank = 0;
            int bestSpan = 0;
            // "the meeting", "his visit", "amid hopes" read as nouns; ", meeting on the sidelines" and "visited" as
            // verbs
            boolean nounContext = i > from && (cands[i - 1 - from].is(Form.DETERMINER)
                    || cands[i - 1 - from].is(Form.PREPOSITION) && !lower(ts, i).endsWith("ing"));
            // "flood-hit Libya", "Saudi-led": the second half of a word joined by a hyphen is no verb, unless a
            // determiner opens its object ("carpet-bombed the outskirts")
            boolean compound = secondHalf(ts, from, i) && !verbOfCompound(ts, cands, from, i);
            // "a brief private visit": a word in its base form after a determiner and its adjectives is a noun too;
            // not a verb's irregular past ("Kenya's president left"), which a dictionary may also list as a verb
            boolean afterAdjectives = !nounContext && adjectivesAfterDeterminer(ts, cands, from, i)
                    && !form.is(Form.IRREGULAR_PARTICIPLE);
            for (int c = 0; c < form.triggered.length; c++) {
                String lemma = form.triggerLemmas[c];
                for (Pattern p : form.triggered[c]) {
                    if (p.noun() && !nounForm(lower(ts, i), lemma)) {
                        // a noun pattern takes the noun's forms, not a verb's: "talks", not "talked"
                        continue;
                    }
                    if (compound && !p.noun() || (nounContext || afterAdjectives && lower(ts, i).equals(lemma))
                            && !p.noun() && !p.subject()) {
                        // "the beginning of the meeting", "the attack", "their release": after a determiner a word
                        // is a noun, never a verb
                        continue;
                    }
                    int rank = (p.noun() == nounContext ? 1 : 0);
                    int most = p.maxWeight();
                    // a pattern that fills gaps yields to any other that matches; any other outranks it
                    boolean low = !fallbacks.isEmpty() && fallbacks.contains(p);
                    boolean bestLow = best != null && !fallbacks.isEmpty() && fallbacks.contains(best.pattern());
                    if (best != null && low && !bestLow) {
                        continue;
                    }
                    boolean outranks = best != null && !low && bestLow;
                    if (best != null && !outranks && (most < bestWeight || most == bestWeight && rank < bestRank)) {
                        continue;
                    }
                    if (best != null && p == best.pattern()) {
                        continue;
                    }
                    if (present == null) {
                        present = new Present(cands, vocabulary.size());
                    }
                    if (!feasible(p, present)) {
                        continue;
                    }
                    List<Integer> matched = new ArrayList<>();
                    matched.add(i);
                    int passiveWeight = 0;
                    if (!body(p.body(), 0, i, from, to, cands, ts, matched, true)) {
                        // "Russian diplomats were expelled", "sanctions were imposed": a verb and its object told in
                        // the passive, the object before the verb
                        if (!passiveObject(p, i, from, cands, ts)) {
                            continue;
                        }
                        matched.clear();
                        matched.add(i);
                        // the trigger's own words and particles ("handed over"), and the object's weight
                        if (!body(p.body().subList(0, p.body().size() - 2), 0, i, from, to, cands, ts, matched,
                                true)) {
                            continue;
                        }
                        passiveWeight = 1;
                    }
                    if (!p.pre().isEmpty() && !pre(p.pre(), p.pre().size() - 1, i - 1, from, cands, ts)) {
                        continue;
                    }
                    if (p.noun() && verbInNounPhrase(matched, from, cands, ts)
                            || participleInCompound(matched, from, cands, ts)) {
                        // "drones struck" is no "drone strike"; "began airlifting food to drought-stricken
                        // areas" begins no strike
                        continue;
                    }
                    // tokens of lookahead elements are kept as ~t: they are taken, but do not end the pattern
                    int end = i;
                    int last = i;
                    List<Integer> tokens = new ArrayList<>(matched.size());
                    for (int m : matched) {
                        tokens.add(m < 0 ? ~m : m);
                        end = m >= 0 ? Math.max(end, m) : end;
                        last = Math.max(last, m < 0 ? ~m : m);
                    }
                    // the weight of a match: the words it took, before and after the trigger
                    int weight = tokens.size() + p.preWeight() + passiveWeight;
                    // at equal weight, a noun after a determiner or a verb elsewhere; then the tighter match;
                    // then the pattern added last
                    if (best != null && !outranks && (weight < bestWeight || weight == bestWeight && (rank < bestRank
                            || rank == bestRank && (last - i > bestSpan || last - i == bestSpan
                            && order.get(p) < order.get(best.pattern()))))) {
                        continue;
                    }
                    best = new Found(p, i, end, List.copyOf(tokens));
                    bestWeight = weight;
                    bestRank = rank;
                    bestSpan = last - i;
                }
            }
            if (best != null) {
                // (a pattern that fills gaps takes no word another pattern may start at)
                boolean low = !fallbacks.isEmpty() && fallbacks.contains(best.pattern());
                for (int m : best.matched()) {
                    if (!low || m == i) {
                        used[m - from] = true;
                    }
                }
                Pattern p = best.pattern();
                if (!p.isNoEvent() && !p.noun() && unreal(ts, cands, from, i)) {
                    // "must resign", "unless the president agrees", "efforts to end the fighting": no event
                    continue;
                }
                // (a wording that is no event may be one when announced: "would respond forcefully" warns)
                if (!p.noun() && (!p.isNoEvent() || p.future() != null)) {
                    Pattern.Outcome future = p.future() != null ? p.future() : combinations.future(p);
                    if (future != null && isFuture(ts, cands, from, i)) {
                        best = new Found(p.with(future), best.trigger(), best.end(), best.matched());
                    }
                }
                all.add(best);
            }
        }
        return combine(ts, all);
    }

    /** False when an element of {@code p} (past its trigger) has none of its words in the sentence. */
    private static boolean feasible(Pattern p, Present present) {
        List<Pattern.Element> body = p.body();
        for (int k = 1; k < body.size(); k++) {
            if (!feasible(body.get(k), present)) {
                return false;
            }
        }
        for (Pattern.Element e : p.pre()) {
            if (!feasible(e, present)) {
                return false;
            }
        }
        return true;
    }

    private static boolean feasible(Pattern.Element e, Present present) {
        if (e instanceof Pattern.Ahead a) {
            e = a.inner();
        }
        if (e instanceof Pattern.Words w) {
            return present.any(w.ids());
        }
        if (e instanceof Pattern.Phrases ph) {
            for (Pattern.Ids phrase : ph.ids()) {
                if (present.has(phrase.get(0))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * The numbers of every lemma that the candidates of a sentence's tokens hold ({@link Pattern.Ids}), as a
     * set of bits over the vocabulary and as a list.
     */
    private static final class Present {

        private final long[] bits;
        private final int[] list;
        private final int size;

        Present(Form[] forms, int vocabulary) {
            bits = new long[(vocabulary + 63) >>> 6];
            int count = 0;
            for (Form f : forms) {
                count += f.ids.length;
            }
            int[] ids = new int[count];
            int size = 0;
            for (Form f : forms) {
                for (int id : f.ids) {
                    if (id >= 0 && !has(id)) {
                        bits[id >>> 6] |= 1L << id;
                        ids[size++] = id;
                    }
                }
            }
            this.list = ids;
            this.size = size;
        }

        boolean has(int id) {
            return (bits[id >>> 6] & (1L << id)) != 0;
        }

        /** True when the sentence holds one of {@code ids}, a sorted set: the smaller side is walked. */
        boolean any(Pattern.Ids ids) {
            if (ids.size() <= size) {
                for (int k = 0; k < ids.size(); k++) {
                    if (has(ids.get(k))) {
                        return true;
                    }
                }
                return false;
            }
            for (int k = 0; k < size; k++) {
                if (ids.contains(list[k])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** True when a discard phrase starts at a word of tokens {@code [from, to)}. */
    private boolean discarded(List<Token> ts, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = lower(ts, i);
            // the first word is whole unless it is also the last (a one-word stem): try the token's prefixes
            for (int n = w.length(); n >= 1; n--) {
                List<PetrarchDiscards.Discard> ds = discards.get(w.substring(0, n));
                if (ds == null) {
                    continue;
                }
                for (PetrarchDiscards.Discard d : ds) {
                    if (discardAt(d, ts, i, to, n == w.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean discardAt(PetrarchDiscards.Discard d, List<Token> ts, int i, int to, boolean firstWhole) {
        List<String> words = d.words();
        if (words.size() == 1) {
            return firstWhole || !d.whole();
        }
        if (!firstWhole || i + words.size() > to) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            String t = lower(ts, i + k);
            boolean last = k == words.size() - 1;
            if (!(t.equals(words.get(k)) || last && !d.whole() && t.startsWith(words.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** The forms of tokens {@code [from, to)}: a word's lemma candidates; any other token stands for itself. */
    private Form[] forms(List<Token> ts, int from, int to) {
        Form[] out = new Form[to - from];
        for (int i = from; i < to; i++) {
            Token t = ts.get(i);
            out[i - from] = form(t.text(), t.isWord() || t.kind() == Token.Kind.SYMBOL);
        }
        return out;
    }

    /** True when a word a noun pattern took is a verb's past: "struck", "attacked". */
    private static boolean verbInNounPhrase(List<Integer> matched, int from, Form[] c, List<Token> ts) {
        for (int m : matched) {
            int t = m < 0 ? ~m : m;
            if (past(ts, c, from, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a word a pattern took is a past participle made the second half of an adjective by a hyphen:
     * "drought-stricken", "war-torn", "rebel-held".
     */
    private static boolean participleInCompound(List<Integer> matched, int from, Form[] c, List<Token> ts) {
        for (int m : matched) {
            int t = m < 0 ? ~m : m;
            // a hyphen the pattern itself took is its own word: "test-fired"
            if (secondHalf(ts, from, t) && past(ts, c, from, t) && !matched.contains(t - 1)
                    && !verbOfCompound(ts, c, from, t)) {
                return true;
            }
        }
        return false;
    }

    /** True when a past in "-ed" after a hyphen has an object a determiner opens: "carpet-bombed the outskirts". */
    private static boolean verbOfCompound(List<Token> ts, Form[] c, int from, int t) {
        return t + 1 - from < c.length && c[t + 1 - from].is(Form.DETERMINER) && lower(ts, t).endsWith("ed");
    }

    /** True when token {@code t} is the second half of a word joined by a hyphen: "flood-hit", "Saudi-led". */
    private static boolean secondHalf(List<Token> ts, int from, int t) {
        return t - 2 >= from && ts.get(t - 1).is("-") && ts.get(t - 1).start() == ts.get(t - 2).end()
                && ts.get(t).start() == ts.get(t - 1).end();
    }

    private static boolean past(List<Token> ts, Form[] c, int from, int t) {
        String w = lower(ts, t);
        return c[t - from].is(Form.IRREGULAR_PARTICIPLE) || w.length() > 4 && w.endsWith("ed");
    }

    /** True when {@code form} may be the noun {@code lemma} or its plural. */
    private static boolean nounForm(String form, String lemma) {
        return form.equals(lemma) || form.endsWith("s") && !form.endsWith("ss");
    }

    /** True at "to" before a verb of a pattern ("threatened to shell"): a gap does not skip another event. */
    private static boolean infinitive(List<Token> ts, Form[] c, int from, int to, int k) {
        return ts.get(k).is("to") && k + 1 < to && c[k + 1 - from].is(Form.VERB_TRIGGER);
    }

    /** The lemma candidates of a word form ({@link Lemmas#candidates}), the form first: kept once read. */
    List<String> lemmas(String form) {
        return form(form, true).lemmas;
    }

    /** A word of a name: no lemma, no trigger, no class. */
    private static final Form NAME_WORD = new Form(List.of(), new int[0], new String[0], new Pattern[0][], 0);

    /**
     * What the matcher reads of a token's form, made once per form and kept, in arrays that the matcher walks
     * for every token of a sentence: its lemma candidates, their numbers in the vocabulary ({@link Pattern.Ids};
     * -1 for a lemma no pattern names), the candidates that trigger patterns with those patterns, and what its
     * lower-case form is, as bits ({@link #DETERMINER} ...). Immutable.
     */
    private static final class Form {

        /** The lemma candidates, the form first ({@link Lemmas#candidates}). */
        final List<String> lemmas;
        /** The candidates' numbers in the vocabulary, -1 for a lemma no pattern names. */
        final int[] ids;
        /** The candidates that trigger patterns, in the candidates' order, and the patterns each triggers. */
        final String[] triggerLemmas;
        final Pattern[][] triggered;
        final int flags;

        Form(List<String> lemmas, int[] ids, String[] triggerLemmas, Pattern[][] triggered, int flags) {
            this.lemmas = lemmas;
            this.ids = ids;
            this.triggerLemmas = triggerLemmas;
            this.triggered = triggered;
            this.flags = flags;
        }

        /** A determiner ("the", "his"): a noun follows. */
        static final int DETERMINER = 1;
        /** A word that makes a verb of what follows ("will", "to"). */
        static final int VERBAL = 1 << 1;
        /** An irregular form that may be a past participle ("held"). */
        static final int IRREGULAR_PARTICIPLE = 1 << 2;
        /** A word of class {@code GAP_STOP}, which a gap does not cross. */
        static final int GAP_STOP = 1 << 3;
        /** Some candidate is the trigger of a verb pattern that codes an event. */
        static final int VERB_TRIGGER = 1 << 4;
        /** Words of the classes {@code ADVERB}, {@code FUTURE}, {@code OBLIGATION} and {@code CONDITION}. */
        static final int ADVERB = 1 << 5;
        static final int FUTURE = 1 << 6;
        static final int OBLIGATION = 1 << 7;
        static final int CONDITION = 1 << 8;
        /** A preposition after which a word not ending in -ing is a noun: "amid hopes", "after protests". */
        static final int PREPOSITION = 1 << 9;
        /** A modal of what may be ("could", "might"): future when a condition follows ("could strike if"). */
        static final int MAY = 1 << 10;

        boolean is(int bits) {
            return (flags & bits) != 0;
        }

        /** True when one of the candidates is the word numbered {@code id}. */
        boolean has(int id) {
            for (int c : ids) {
                if (c == id) {
                    return true;
                }
            }
            return false;
        }

        /** True when one of the candidates is a word of {@code wanted}, a sorted set. */
        boolean any(Pattern.Ids wanted) {
            for (int id : ids) {
                if (id >= 0 && wanted.contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The form of a token as written, kept for the forms seen (up to {@link #CACHE} of each kind): with
     * {@code word}, its lemma candidates ({@link Lemmas}), else the form alone.
     */
    private Form form(String text, boolean word) {
        Map<String, Form> cache = word ? words : others;
        Form f = cache.get(text);
        if (f == null) {
            String lower = text.toLowerCase(Locale.ROOT);
            f = newForm(lower, word ? List.copyOf(lemmas.candidates(lower)) : List.of(text));
            if (cache.size() < CACHE) {
                cache.put(text, f);
            }
        }
        return f;
    }

    private Form newForm(String lower, List<String> candidates) {
        int[] ids = new int[candidates.size()];
        List<String> triggerLemmas = new ArrayList<>();
        List<Pattern[]> triggered = new ArrayList<>();
        int flags = 0;
        for (int c = 0; c < candidates.size(); c++) {
            String lemma = candidates.get(c);
            ids[c] = vocabulary.getOrDefault(lemma, -1);
            List<Pattern> ps = byTrigger.getOrDefault(lemma, List.of());
            if (!ps.isEmpty()) {
                triggerLemmas.add(lemma);
                triggered.add(ps.toArray(new Pattern[0]));
            }
            flags |= verbTriggers.contains(lemma) ? Form.VERB_TRIGGER : 0;
        }
        flags |= DETERMINERS.contains(lower) ? Form.DETERMINER : 0;
        flags |= prepositions.contains(lower) ? Form.PREPOSITION : 0;
        flags |= VERBAL.contains(lower) ? Form.VERBAL : 0;
        flags |= lemmas.isIrregularParticiple(lower) ? Form.IRREGULAR_PARTICIPLE : 0;
        flags |= gapStop.contains(lower) ? Form.GAP_STOP : 0;
        flags |= adverbs.contains(lower) ? Form.ADVERB : 0;
        flags |= future.contains(lower) ? Form.FUTURE : 0;
        flags |= obligation.contains(lower) ? Form.OBLIGATION : 0;
        flags |= condition.contains(lower) ? Form.CONDITION : 0;
        flags |= may.contains(lower) ? Form.MAY : 0;
        return new Form(candidates, ids, triggerLemmas.toArray(new String[0]), triggered.toArray(new Pattern[0][]),
                flags);
    }

    /** How many forms each cache keeps: the vocabulary of news fits. */
    private static final int CACHE = 200_000;
    private final Map<String, Form> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Form> others = new java.util.concurrent.ConcurrentHashMap<>();

    /** Matches {@code el[k..]} from token {@code at}; the first element, the trigger, is already matched. */
    private boolean body(List<Pattern.Element> el, int k, int at, int from, int to, Form[] c,
                         List<Token> ts, List<Integer> matched, boolean triggerMatched) {
        if (triggerMatched) {
            // the trigger may be a phrase: its first word is at 'at', the rest follows
            Pattern.Element first = el.get(0);
            if (first instanceof Pattern.Phrases ph) {
                int end = phraseAt(ph, at, from, to, c, true);
                if (end < 0) {
                    return false;
                }
                for (int t = at + 1; t <= end; t++) {
                    matched.add(t);
                }
                return body(el, 1, end + 1, from, to, c, ts, matched, false);
            }
            return body(el, 1, at + 1, from, to, c, ts, matched, false);
        }
        if (k == el.size()) {
            return true;
        }
        Pattern.Element e = el.get(k);
        if (e == Pattern.Gap.GAP) {
            for (int skip = 0; skip <= GAP && at + skip <= to; skip++) {
                if (skip > 0 && (isClauseMark(ts.get(at + skip - 1)) && !betweenAdjectives(ts, at + skip - 1, to)
                        || c[at + skip - 1 - from].is(Form.GAP_STOP) || infinitive(ts, c, from, to, at + skip - 1))) {
                    return false;
                }
                int mark = matched.size();
                if (body(el, k + 1, at + skip, from, to, c, ts, matched, false)) {
                    return true;
                }
                matched.subList(mark, matched.size()).clear();
            }
            return false;
        }
        if (at >= to) {
            return false;
        }
        boolean ahead = e instanceof Pattern.Ahead;
        if (ahead) {
            e = ((Pattern.Ahead) e).inner();
        }
        if (e instanceof Pattern.Words w) {
            if (!c[at - from].any(w.ids())) {
                return false;
            }
            matched.add(ahead ? ~at : at);
            return body(el, k + 1, at + 1, from, to, c, ts, matched, false);
        }
        Pattern.Phrases ph = (Pattern.Phrases) e;
        for (Pattern.Ids phrase : ph.ids()) {
            int end = at + phrase.size() - 1;
            if (end < to && phraseMatches(phrase, at, from, c)) {
                int mark = matched.size();
                for (int t = at; t <= end; t++) {
                    matched.add(ahead ? ~t : t);
                }
                if (body(el, k + 1, end + 1, from, to, c, ts, matched, false)) {
                    return true;
                }
                matched.subList(mark, matched.size()).clear();
            }
        }
        return false;
    }

    /** The last token of the longest phrase of {@code ph} that starts at {@code at}, or -1. */
    private int phraseAt(Pattern.Phrases ph, int at, int from, int to, Form[] c, boolean longest) {
        int best = -1;
        for (Pattern.Ids phrase : ph.ids()) {
            int end = at + phrase.size() - 1;
            if (end < to && end > best && phraseMatches(phrase, at, from, c)) {
                best = end;
            }
        }
        return best;
    }

    private static boolean phraseMatches(Pattern.Ids phrase, int at, int from, Form[] c) {
        for (int j = 0; j < phrase.size(); j++) {
            if (!c[at + j - from].has(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when pattern {@code p}, a verb (and its particles) and its object ("expel * diplomats", "hand over *
     * suspect"), is told in the passive at the trigger {@code i}: a participle after a form of "be" (an adverb,
     * or another participle and "and", between), its object before them in the same clause ("Russian diplomats
     * accused of spying were expelled").
     */
    private boolean passiveObject(Pattern p, int i, int from, Form[] c, List<Token> ts) {
        List<Pattern.Element> body = p.body();
        int n = body.size();
        if (p.noun() || p.subject() || !p.pre().isEmpty() || n < 3 || body.get(n - 2) != Pattern.Gap.GAP
                || body.get(n - 1) instanceof Pattern.Ahead || body.get(n - 1) == Pattern.Gap.GAP) {
            return false;
        }
        for (int k = 1; k < n - 2; k++) {
            if (body.get(k) == Pattern.Gap.GAP) {
                return false;
            }
        }
        String w = lower(ts, i);
        if (!w.endsWith("ed") && !c[i - from].is(Form.IRREGULAR_PARTICIPLE)) {
            return false;
        }
        int be = i - 1;
        if (be > from && c[be - from].is(Form.ADVERB)) {
            be--;
        }
        // "the ambassador was summoned and expelled": a participle coordinated with one right after "be"
        if (be - 2 >= from && lower(ts, be).equals("and") && (lower(ts, be - 1).endsWith("ed")
                || c[be - 1 - from].is(Form.IRREGULAR_PARTICIPLE)) && PASSIVE_BE.contains(lower(ts, be - 2))) {
            be -= 2;
        }
        if (be <= from || !PASSIVE_BE.contains(lower(ts, be))) {
            return false;
        }
        return pre(List.of(body.get(n - 1), Pattern.Gap.GAP), 1, be - 1, from, c, ts);
    }

    /** Matches {@code el[0..k]} right to left, the element {@code k} ending at token {@code at}. */
    private boolean pre(List<Pattern.Element> el, int k, int at, int from, Form[] c, List<Token> ts) {
        if (k < 0) {
            return true;
        }
        Pattern.Element e = el.get(k);
        if (e == Pattern.Gap.GAP) {
            for (int skip = 0; skip <= GAP && at - skip >= from - 1; skip++) {
                if (skip > 0 && (isClauseMark(ts.get(at - skip + 1)) || c[at - skip + 1 - from].is(Form.GAP_STOP))) {
                    return false;
                }
                if (pre(el, k - 1, at - skip, from, c, ts)) {
                    return true;
                }
            }
            return false;
        }
        if (at < from) {
            return false;
        }
        if (e instanceof Pattern.Ahead a) {
            e = a.inner();
        }
        if (e instanceof Pattern.Words w) {
            return c[at - from].any(w.ids()) && pre(el, k - 1, at - 1, from, c, ts);
        }
        for (Pattern.Ids phrase : ((Pattern.Phrases) e).ids()) {
            int start = at - phrase.size() + 1;
            if (start >= from && phraseMatches(phrase, start, from, c) && pre(el, k - 1, start - 1, from, c, ts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean any(Set<String> wanted, List<String> cands) {
        for (String s : cands) {
            if (wanted.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True at a comma between two adjectives of one noun phrase ("complete, full ties"): a lower-case word before
     * it and a lower-case word after it that is followed by one more word, none of them a verb's -ed or -ing
     * form nor an adverb's -ly.
     */
    private static boolean betweenAdjectives(List<Token> ts, int k, int to) {
        if (!ts.get(k).is(",") || k < 1 || k + 2 >= to) {
            return false;
        }
        for (int x : new int[] {k - 1, k + 1, k + 2}) {
            Token t = ts.get(x);
            String w = t.lower();
            if (!t.isWord() || t.isCapitalized() || w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly")
                    || w.length() < 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean isClauseMark(Token t) {
        return t.is(",") || t.is(";") || t.is(":") || t.is(".");
    }

    /**
     * True when the trigger at {@code i} is told in the future or as an intention: "will meet", "would
     * withdraw", "will soon visit", "plans to send", "is ready to host", "is to visit".
     */
    private boolean isFuture(List<Token> ts, Form[] c, int from, int i) {
        int k = i - 1;
        // "will be hosting", "will also send", "will jointly hold"
        while (k >= from && k >= i - 3 && (c[k - from].is(Form.ADVERB) || lower(ts, k).equals("be"))) {
            k--;
        }
        if (k < from) {
            return false;
        }
        if (c[k - from].is(Form.FUTURE)) {
            return true;
        }
        if (c[k - from].is(Form.MAY) && conditionAfter(ts, c, from, i)) {
            // "could strike the bases if Tbilisi does not act": what may be done on a condition is announced
            return true;
        }
        if (!ts.get(k).is("to") || k - 1 < from) {
            return false;
        }
        int g = k - 1;
        while (g >= from && g >= k - 3 && c[g - from].is(Form.ADVERB)) {
            g--;
        }
        if (g < from) {
            return false;
        }
        String w = lower(ts, g);
        if (w.equals("and") || w.equals("or")) {
            // "ready to accept the ruling and to hold talks": the second infinitive shares the first one's verb
            for (int t = g - 1; t >= from && t >= g - GAP; t--) {
                if (clauseBreak(ts.get(t))) {
                    return false;
                }
                if (ts.get(t).is("to")) {
                    return isFuture(ts, c, from, t + 1);
                }
            }
            return false;
        }
        return any(intend, c[g - from].lemmas) || w.equals("is") || w.equals("are") || w.equals("was")
                || w.equals("were");
    }

    /** True when a word of class {@code CONDITION} follows the trigger at {@code i} in its sentence. */
    private static boolean conditionAfter(List<Token> ts, Form[] c, int from, int i) {
        for (int x = i + 1; x < from + c.length; x++) {
            if (c[x - from].is(Form.CONDITION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseBreak(Token t) {
        return t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is(")");
    }

    /**
     * True when the verb trigger at {@code i} tells no event that happened or is announced: an obligation
     * ("must resign", "should withdraw", "has to leave": a word of class {@code OBLIGATION} before it, or "to"
     * after a word of {@code OBLIGE_TO}), a condition ("unless the president agrees", "if Iraq attacks": a word of
     * {@code CONDITION} earlier in its clause) or an aim ("efforts to end the fighting": "to" after a word of
     * {@code AIM}).
     */
    private boolean unreal(List<Token> ts, Form[] c, int from, int i) {
        int k = i - 1;
        while (k >= from && k >= i - 3 && (c[k - from].is(Form.ADVERB) || lower(ts, k).equals("be")
                || lower(ts, k).equals("not"))) {
            k--;
        }
        if (k >= from && c[k - from].is(Form.OBLIGATION)) {
            return true;
        }
        if (k - 1 >= from && ts.get(k).is("to")) {
            String w = lower(ts, k - 1);
            // (an aim's noun, not its verb: "a vote to approve", not "voted to approve")
            if (any(obligeTo, c[k - 1 - from].lemmas) || any(aim, c[k - 1 - from].lemmas) && !w.endsWith("ed")
                    || aim.contains(w)) {
                return true;
            }
        }
        for (int x = i - 1; x >= from; x--) {
            if (clauseBreak(ts.get(x))) {
                break;
            }
            if (c[x - from].is(Form.CONDITION)) {
                return true;
            }
        }
        return false;
    }

    private static String lower(List<Token> ts, int k) {
        return ts.get(k).lower();
    }

    /** Applies the combination table to the patterns found, left to right, and drops the no-event ones. */
    private List<Found> combine(List<Token> ts, List<Found> all) {
        if (all.isEmpty()) {
            return all;
        }
        List<Found> out = new ArrayList<>(all.size());
        Found previous = null;
        for (Found f : all) {
            if (f.pattern().isNoEvent()) {
                previous = f;
                continue;
            }
            if (previous != null && !previous.pattern().isNoEvent() && !f.pattern().noun()) {
                Combinations.Rule rule = combinations.rule(previous.pattern(), f.pattern());
                if (rule != null && linked(ts, previous, f, rule.links())) {
                    int at = out.indexOf(previous);
                    // a pattern that fills gaps governs none of another table's: "is prepared to impose martial
                    // law" stays the threat the built-in complement codes
                    boolean fallbackGovernor = !fallbacks.isEmpty() && fallbacks.contains(previous.pattern())
                            && !fallbacks.contains(f.pattern());
                    if (rule.keep() == Combinations.Keep.COMPLEMENT || fallbackGovernor) {
                        if (at >= 0) {
                            out.remove(at);
                        }
                        out.add(f);
                        previous = f;
                    } else if (at >= 0 && (rule.outcome() != null || rule.targetAfterComplement())) {
                        Pattern.Outcome o = rule.outcome(previous.pattern(), f.pattern());
                        Found g;
                        if (rule.targetAfterComplement()) {
                            // one event from the governor to the end of the complement, with the complement's roles
                            List<Integer> both = new ArrayList<>(previous.matched());
                            both.addAll(f.matched());
                            g = new Found(previous.pattern().with(o, f.pattern().roles()), previous.trigger(),
                                    f.end(), List.copyOf(both));
                        } else {
                            g = new Found(previous.pattern().with(o), previous.trigger(), previous.end(),
                                    previous.matched());
                        }
                        out.set(at, g);
                        previous = g;
                    }
                    continue;
                }
            }
            out.add(f);
            previous = f;
        }
        return out;
    }

    /** True when {@code f} is the complement of {@code g} by one of the link words. */
    private static boolean linked(List<Token> ts, Found g, Found f, Set<String> links) {
        int gEnd = g.end();
        int t = f.trigger();
        if (t <= gEnd || t - gEnd > LINK_REACH) {
            return false;
        }
        for (int k = gEnd + 1; k < t; k++) {
            if (isClauseMark(ts.get(k)) || ts.get(k).is("(")) {
                return false;
            }
        }
        String before = lower(ts, t - 1);
        // "urged Israel to withdraw", and "agreed to share" where "to" ends the governor
        if (t - 1 >= gEnd && links.contains("to") && before.equals("to")) {
            return true;
        }
        // "to immediately withdraw", "to not attack"
        if (t - 2 > gEnd && links.contains("to") && lower(ts, t - 2).equals("to")
                && (before.endsWith("ly") || before.equals("not"))) {
            return true;
        }
        if (links.contains("that")) {
            if (lower(ts, gEnd).equals("that")) {
                return true;
            }
            // "demanded that", "reiterated its demand today that"
            for (int k = gEnd + 1; k < t && k <= gEnd + 3; k++) {
                if (lower(ts, k).equals("that")) {
                    return true;
                }
            }
        }
        return t - 1 > gEnd && !before.equals("to") && !before.equals("that") && links.contains(before)
                && lower(ts, t).endsWith("ing");
    }

    // ---- building -----------------------------------------------------------------------------------

    /** Collects tables and dictionaries, then {@link #build()}s an immutable dictionary. */
    public static final class Builder {

        private final Map<String, List<List<String>>> classes = new LinkedHashMap<>();
        private final List<Spec> specs = new ArrayList<>();
        private final Set<Spec> fallbackSpecs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private final List<String[]> combinationRows = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final List<PetrarchDiscards.Discard> discards = new ArrayList<>();
        /** The number of each word the compiled patterns name (see {@link Pattern.Ids}). */
        private final Map<String, Integer> vocabulary = new HashMap<>();

        /** A pattern before its elements are compiled (classes may come later). */
        record Spec(List<String> elements, List<String> before, boolean noun, boolean subject, String type, String mode,
                    String cameo, Map<String, String> roles, Pattern.Outcome future, String reverseCameo,
                    String line) {
        }

        private Builder() {
        }

        /** The built-in classes, patterns and combinations of this package. */
        public Builder addBuiltin() {
            classes(Resources.tsv(PatternDictionary.class, "classes.tsv", "class", "word"));
            patterns(Resources.tsv(PatternDictionary.class, "patterns.tsv", "pattern", "pos", "type", "cameo"));
            combinations(Resources.tsv(PatternDictionary.class, "combinations.tsv", "governor", "complement",
                    "link", "result"));
            return this;
        }

        /** A table of classes in the format of {@code classes.tsv}. */
        public Builder addClasses(String name, Reader in) {
            classes(Tsv.read(in, name, List.of("class", "word"), problems::add));
            return this;
        }

        /** A table of patterns in the format of {@code patterns.tsv}. */
        public Builder addPatterns(String name, Reader in) {
            patterns(Tsv.read(in, name, List.of("pattern", "pos", "type", "cameo"), problems::add));
            return this;
        }

        /** A table of combinations in the format of {@code combinations.tsv}. */
        public Builder addCombinations(String name, Reader in) {
            combinations(Tsv.read(in, name, List.of("governor", "complement", "link", "result"), problems::add));
            return this;
        }

        /**
         * A PETRARCH or TABARI verb dictionary as it is ({@link PetrarchVerbs}), CAMEO codes mapped to PLOVER
         * with {@code cameo-plover.tsv}; codes without a PLOVER category (CAMEO 01 and 02) code no event.
         */
        public Builder addPetrarchVerbs(String name, Reader in) {
            return addPetrarchVerbs(name, in, false);
        }

        /**
         * A PETRARCH or TABARI verb dictionary; with {@code cameoOnly}, every pattern codes its CAMEO code as it
         * is, with the type {@link PetrarchVerbs#CAMEO_ONLY} instead of a PLOVER category (for reproducing
         * PETRARCH's own codings, as in its validation records).
         */
        public Builder addPetrarchVerbs(String name, Reader in, boolean cameoOnly) {
            PetrarchVerbs.read(name, in, cameoOnly ? null : CameoPlover.builtin(), this);
            return this;
        }

        /**
         * A PETRARCH or TABARI verb dictionary whose patterns only fill gaps: at a token where a pattern of the
         * other tables matches, that one is read, whatever the weights ({@code --dict} reads verb dictionaries so:
         * their broad vocabulary codes what annals' own patterns miss, and leaves what they code as they code it).
         */
        public Builder addPetrarchVerbsAsFallback(String name, Reader in) {
            int first = specs.size();
            PetrarchVerbs.read(name, in, CameoPlover.builtin(), this);
            fallbackSpecs.addAll(specs.subList(first, specs.size()));
            return this;
        }

        /**
         * A PETRARCH discard list as it is ({@link PetrarchDiscards}): a sentence that holds one of its phrases
         * codes no event.
         */
        public Builder addPetrarchDiscards(String name, Reader in) {
            discards.addAll(PetrarchDiscards.read(name, in, this));
            return this;
        }

        void problem(String p) {
            problems.add(p);
        }

        void note(String n) {
            notes.add(n);
        }

        /** Defines (or extends) a class; its members are phrases of one or more words. */
        void defineClass(String name, List<List<String>> members) {
            classes.computeIfAbsent(name, k -> new ArrayList<>()).addAll(members);
        }

        boolean hasClass(String name) {
            return classes.containsKey(name);
        }

        void add(Spec s) {
            specs.add(s);
        }

        Set<String> words(String cls) {
            Set<String> out = new HashSet<>();
            for (List<String> phrase : expandClass(cls, new HashSet<>())) {
                if (phrase.size() == 1) {
                    out.add(phrase.get(0));
                }
            }
            return Set.copyOf(out);
        }

        /**
         * The words of a phrase of a pattern or a class ("pull_out", "roadside bomb"), each cut as the tokenizer
         * cuts the text: "sit-in" is the three tokens sit, -, in.
         */
        private static List<String> tokens(String phrase) {
            List<String> out = new ArrayList<>(2);
            for (String part : phrase.split("[_ ]+")) {
                if (!part.isEmpty()) {
                    out.addAll(List.of(Tokenizer.INSTANCE.words(part)));
                }
            }
            return List.copyOf(out);
        }

        private void classes(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                String w = r.get("word").startsWith("{") ? r.get("word") : r.get("word").toLowerCase(Locale.ROOT);
                if (r.get("class").isEmpty() || w.isEmpty()) {
                    problems.add(r.file() + ":" + r.line() + ": a class line needs a class and a word");
                    continue;
                }
                defineClass(r.get("class"), List.of(w.startsWith("{") ? List.of(w) : tokens(w)));
            }
        }

        private void patterns(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                String where = r.file() + ":" + r.line();
                String type = r.get("type");
                String pos = r.get("pos");
                if (!Plover.isCategory(type) && !Pattern.NO_EVENT.equals(type)) {
                    problems.add(where + ": '" + type + "' is not a PLOVER category (nor '-' for no event)");
                    continue;
                }
                if (!pos.equals("V") && !pos.equals("N") && !pos.equals("S")) {
                    problems.add(where + ": pos must be V, N or S, found '" + pos + "'");
                    continue;
                }
                String mode = r.get("mode").isEmpty() ? null : r.get("mode");
                if (mode != null && !Plover.isMode(type, mode)) {
                    problems.add(where + ": '" + mode + "' is not a mode of " + type);
                    continue;
                }
                Pattern.Outcome future = null;
                if (!r.get("future").isEmpty()) {
                    future = outcome(r.get("future"), where + ": future");
                    if (future == null) {
                        continue;
                    }
                }
                Map<String, String> roles = new LinkedHashMap<>();
                for (String kv : r.get("roles").isEmpty() ? new String[0] : r.get("roles").split(",")) {
                    String[] p = kv.split("=", 2);
                    if (p.length == 2) {
                        roles.put(p[0].strip(), p[1].strip());
                    } else {
                        problems.add(where + ": roles: '" + kv + "' is not key=value");
                    }
                }
                if (Stream.of("state", "crowd").anyMatch(k -> roles.containsKey(k)
                        && outcome(roles.get(k), where + ": roles: " + k) == null)) {
                    continue;
                }
                List<String> before = r.get("before").isEmpty() ? List.of() : split(r.get("before"));
                add(new Spec(split(r.get("pattern")), before, pos.equals("N"), pos.equals("S"), type, mode,
                        r.get("cameo"), Map.copyOf(roles), future, null, where));
            }
        }

        /** Reads an outcome ({@code TYPE[/mode] CAMEO}); null, with a problem told, when it is no PLOVER one. */
        private Pattern.Outcome outcome(String text, String where) {
            Pattern.Outcome o;
            try {
                o = Pattern.Outcome.parse(text);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
                return null;
            }
            if (!Plover.isCategory(o.type()) || o.mode() != null && !Plover.isMode(o.type(), o.mode())) {
                problems.add(where + ": '" + text + "' is not a PLOVER category and mode");
                return null;
            }
            return o;
        }

        private static List<String> split(String s) {
            List<String> out = new ArrayList<>();
            for (String e : s.strip().split(" +")) {
                out.add(e.contains("{") ? e : e.toLowerCase(Locale.ROOT));
            }
            return out;
        }

        private void combinations(List<Tsv.Row> rows) {
            for (Tsv.Row r : rows) {
                combinationRows.add(new String[] {r.get("governor"), r.get("complement"), r.get("link"),
                        r.get("result"), r.file() + ":" + r.line(), r.get("target")});
            }
        }

        /** The dictionary; lines that cannot be used are in {@link #problems()}. */
        public PatternDictionary build() {
            Map<String, List<Pattern>> byTrigger = new HashMap<>();
            Map<Pattern, Integer> order = new java.util.IdentityHashMap<>();
            Set<Pattern> fallbacks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Spec s : specs) {
                Pattern p;
                try {
                    p = compile(s);
                } catch (IllegalArgumentException e) {
                    problems.add(s.line() + ": " + e.getMessage());
                    continue;
                }
                order.put(p, order.size());
                if (fallbackSpecs.contains(s)) {
                    fallbacks.add(p);
                }
                for (String t : firstWords(p.body().get(0))) {
                    byTrigger.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
                }
            }
            Map<String, List<Pattern>> frozen = new HashMap<>();
            byTrigger.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return new PatternDictionary(this, frozen, order, fallbacks, new Combinations(combinationRows, problems),
                    Map.copyOf(vocabulary));
        }

        private Pattern compile(Spec s) {
            if (s.elements().isEmpty() || s.elements().get(0).equals("*")) {
                throw new IllegalArgumentException("a pattern starts with its trigger, not a gap");
            }
            List<Pattern.Element> body = new ArrayList<>();
            for (String e : s.elements()) {
                body.add(element(e));
            }
            List<Pattern.Element> pre = new ArrayList<>();
            for (String e : s.before()) {
                pre.add(element(e));
            }
            if (!pre.isEmpty() && pre.get(0) == Pattern.Gap.GAP) {
                pre.remove(0);
            }
            if (body.get(body.size() - 1) == Pattern.Gap.GAP) {
                body.remove(body.size() - 1);
            }
            return Pattern.of(List.copyOf(s.elements()), List.copyOf(s.before()), s.noun(), s.subject(), s.type(),
                    s.mode(),
                    s.cameo(), s.roles(), s.future(), s.reverseCameo(), s.line(), List.copyOf(body),
                    List.copyOf(pre));
        }

        private Pattern.Element element(String e) {
            if (e.equals("*")) {
                return Pattern.Gap.GAP;
            }
            if (e.startsWith(">") && e.length() > 1) {
                Pattern.Element inner = element(e.substring(1));
                if (inner == Pattern.Gap.GAP) {
                    throw new IllegalArgumentException("a lookahead gap (>*) means nothing");
                }
                return new Pattern.Ahead(inner);
            }
            List<List<String>> phrases = new ArrayList<>();
            for (String alt : e.split("\\|")) {
                if (alt.isEmpty()) {
                    throw new IllegalArgumentException("an empty alternative in '" + e + "'");
                }
                if (alt.startsWith("{") && alt.endsWith("}")) {
                    String name = alt.substring(1, alt.length() - 1);
                    if (!classes.containsKey(name)) {
                        throw new IllegalArgumentException("no class " + alt);
                    }
                    phrases.addAll(expandClass(name, new HashSet<>()));
                } else {
                    // "pull_out": the words of a phrase, consecutive
                    phrases.add(tokens(alt));
                }
            }
            boolean single = true;
            Set<String> words = new HashSet<>();
            for (List<String> p : phrases) {
                single &= p.size() == 1;
                words.add(p.get(0));
            }
            if (single) {
                return new Pattern.Words(Set.copyOf(words), Pattern.Ids.sortedSet(ids(words)));
            }
            // longer phrases first, so that the longest spelling is taken
            List<List<String>> sorted = new ArrayList<>(new LinkedHashSet<>(phrases));
            sorted.sort((a, b) -> b.size() - a.size());
            List<Pattern.Ids> ids = new ArrayList<>(sorted.size());
            for (List<String> phrase : sorted) {
                ids.add(Pattern.Ids.sequence(ids(phrase)));
            }
            return new Pattern.Phrases(List.copyOf(sorted), List.copyOf(ids));
        }

        /** The numbers of words in the vocabulary, each new word numbered next. */
        private int[] ids(java.util.Collection<String> words) {
            int[] out = new int[words.size()];
            int i = 0;
            for (String w : words) {
                out[i++] = vocabulary.computeIfAbsent(w, k -> vocabulary.size());
            }
            return out;
        }

        /** The phrases of a class, classes named inside it ({@code {OTHER}}) expanded. */
        private List<List<String>> expandClass(String name, Set<String> seen) {
            List<List<String>> out = new ArrayList<>();
            if (!seen.add(name)) {
                return out;
            }
            for (List<String> member : classes.getOrDefault(name, List.of())) {
                if (member.size() == 1 && member.get(0).startsWith("{") && member.get(0).endsWith("}")) {
                    String inner = member.get(0).substring(1, member.get(0).length() - 1);
                    if (!classes.containsKey(inner)) {
                        throw new IllegalArgumentException("the class {" + name + "} names {" + inner
                                + "}, which is not defined");
                    }
                    out.addAll(expandClass(inner, seen));
                } else {
                    out.add(member);
                }
            }
            return out;
        }

        private static Set<String> firstWords(Pattern.Element e) {
            if (e instanceof Pattern.Ahead a) {
                return firstWords(a.inner());
            }
            if (e instanceof Pattern.Words w) {
                return w.lemmas();
            }
            Set<String> out = new LinkedHashSet<>();
            for (List<String> p : ((Pattern.Phrases) e).phrases()) {
                out.add(p.get(0));
            }
            return out;
        }
    }
}

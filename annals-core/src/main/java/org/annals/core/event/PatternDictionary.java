package org.annals.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;
import org.annals.core.model.Token;

/**
 * The event patterns ({@code patterns.tsv}) and word classes ({@code classes.tsv}), indexed by the lemma of
 * their trigger, and the matcher that finds them in a sentence: at each token the longest pattern whose
 * trigger is one of the token's lemmas and whose other elements follow in order, gaps allowed where the
 * pattern says. Immutable and thread-safe.
 */
public final class PatternDictionary {

    /** How many tokens a {@code *} may skip; it never skips a comma, a semicolon or a colon. */
    static final int GAP = 8;

    /** A pattern found: its trigger token, the tokens its elements matched, the last one. */
    record Found(Pattern pattern, int trigger, int end, List<Integer> matched) {
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that",
            "these", "those", "his", "her", "its", "their", "our", "my", "your", "'s");

    private final Map<String, List<Pattern>> byTrigger = new HashMap<>();
    private final Map<String, List<String>> classes = new HashMap<>();
    private final Lemmas lemmas = Lemmas.BUILTIN;

    private PatternDictionary() {
    }

    /** The built-in dictionary. */
    public static PatternDictionary builtin() {
        return Holder.BUILTIN;
    }

    private static final class Holder {
        static final PatternDictionary BUILTIN = load();
    }

    private static PatternDictionary load() {
        PatternDictionary d = new PatternDictionary();
        d.readClasses(Resources.tsv(PatternDictionary.class, "classes.tsv", "class", "word"));
        d.readPatterns(Resources.tsv(PatternDictionary.class, "patterns.tsv", "pattern", "type"));
        return d;
    }

    private void readClasses(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            classes.computeIfAbsent(r.get("class"), k -> new ArrayList<>()).add(r.get("word").toLowerCase(Locale.ROOT));
        }
    }

    private void readPatterns(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            List<String> elements = new ArrayList<>();
            for (String e : r.get("pattern").split(" +")) {
                elements.add(e.startsWith("{") ? e : e.toLowerCase(Locale.ROOT));
            }
            Map<String, String> roles = new LinkedHashMap<>();
            for (String kv : r.list("roles").isEmpty() ? List.<String>of() : List.of(r.get("roles").split(","))) {
                String[] p = kv.split("=", 2);
                if (p.length == 2) {
                    roles.put(p[0].strip(), p[1].strip());
                }
            }
            Pattern p = new Pattern(List.copyOf(elements), r.get("pos").equals("N"), r.get("type"),
                    r.get("mode").isEmpty() ? null : r.get("mode"), r.get("cameo"), roles, r.file() + ":" + r.line());
            for (String trigger : expand(elements.get(0))) {
                byTrigger.computeIfAbsent(trigger, k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Pattern> ps : byTrigger.values()) {
            ps.sort(Comparator.comparingInt(Pattern::weight).reversed());
        }
    }

    private List<String> expand(String element) {
        if (element.startsWith("{") && element.endsWith("}")) {
            return classes.getOrDefault(element.substring(1, element.length() - 1), List.of());
        }
        return List.of(element);
    }

    /** The patterns found in tokens {@code [from, to)}, left to right, not sharing tokens. */
    List<Found> find(List<Token> ts, int from, int to) {
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[to - from];
        for (int i = from; i < to; i++) {
            if (used[i - from] || !ts.get(i).isWord() && ts.get(i).kind() != Token.Kind.SYMBOL) {
                continue;
            }
            Found best = null;
            // "the meeting", "his visit" read as nouns; ", meeting on the sidelines" and "visited" as verbs
            boolean nounContext = i > from && DETERMINERS.contains(ts.get(i - 1).text().toLowerCase(Locale.ROOT));
            for (String lemma : lemmas.candidates(ts.get(i).text().toLowerCase(Locale.ROOT))) {
                for (Pattern p : byTrigger.getOrDefault(lemma, List.of())) {
                    if (best != null && (p.weight() < best.pattern().weight() || p.weight() == best.pattern().weight()
                            && best.pattern().noun() == nounContext)) {
                        continue;
                    }
                    List<Integer> matched = new ArrayList<>();
                    matched.add(i);
                    if (rest(p.elements(), 1, ts, i + 1, to, matched)) {
                        best = new Found(p, i, matched.get(matched.size() - 1), List.copyOf(matched));
                    }
                }
            }
            if (best != null) {
                for (int m : best.matched()) {
                    used[m - from] = true;
                }
                out.add(best);
            }
        }
        return out;
    }

    private boolean rest(List<String> el, int k, List<Token> ts, int at, int to, List<Integer> matched) {
        if (k == el.size()) {
            return true;
        }
        String e = el.get(k);
        if (e.equals("*")) {
            for (int skip = 0; skip <= GAP && at + skip <= to; skip++) {
                if (skip > 0 && isClauseMark(ts.get(at + skip - 1))) {
                    return false;
                }
                int mark = matched.size();
                if (rest(el, k + 1, ts, at + skip, to, matched)) {
                    return true;
                }
                matched.subList(mark, matched.size()).clear();
            }
            return false;
        }
        if (at >= to || !matches(e, ts.get(at))) {
            return false;
        }
        matched.add(at);
        return rest(el, k + 1, ts, at + 1, to, matched);
    }

    private static boolean isClauseMark(Token t) {
        return t.is(",") || t.is(";") || t.is(":") || t.is(".");
    }

    private boolean matches(String element, Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        List<String> wanted = expand(element);
        for (String c : lemmas.candidates(lower)) {
            if (wanted.contains(c)) {
                return true;
            }
        }
        return false;
    }
}

package org.annals.core.time;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.annals.core.kb.Resources;
import org.annals.core.model.Timex;

/**
 * The rules of {@code patterns.txt}, compiled once: each rule into a list of {@link Rule.Element}s (macros
 * resolved), and all of them into an index from the classes and words a match can start with to the rules
 * worth trying there. Immutable and thread-safe.
 */
final class Grammar {

    /** The default grammar, read from the resource next to this class. */
    static final Grammar DEFAULT = load("patterns.txt");

    private static final TokenClass[] CLASSES = TokenClass.values();

    private final List<Rule> rules;
    private final List<List<Rule>> byClass;
    private final Map<String, List<Rule>> byWord;

    private Grammar(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<List<Rule>> classes = new ArrayList<>();
        for (int c = 0; c < TokenClass.values().length; c++) {
            classes.add(new ArrayList<>());
        }
        Map<String, List<Rule>> words = new HashMap<>();
        for (Rule r : rules) {
            Set<TokenClass> fc = new LinkedHashSet<>();
            Set<String> fw = new LinkedHashSet<>();
            if (first(r.elements(), 0, fc, fw)) {
                throw new IllegalStateException("rule matches nothing: " + r.source());
            }
            fc.forEach(c -> classes.get(c.ordinal()).add(r));
            fw.forEach(w -> words.computeIfAbsent(w, k -> new ArrayList<>()).add(r));
        }
        this.byClass = classes.stream().map(List::copyOf).toList();
        Map<String, List<Rule>> frozen = new HashMap<>();
        words.forEach((k, l) -> frozen.put(k, List.copyOf(l)));
        this.byWord = Map.copyOf(frozen);
    }

    /** All rules, in the order written. */
    List<Rule> rules() {
        return rules;
    }

    /** The rules whose match can start at token {@code i}, in the order written. */
    List<Rule> candidates(TokenView v, int i) {
        List<Rule> words = byWord.getOrDefault(v.lower(i), List.of());
        boolean byClasses = false;
        for (TokenClass c : CLASSES) {
            if (v.has(i, c) && !byClass.get(c.ordinal()).isEmpty()) {
                byClasses = true;
                break;
            }
        }
        if (!byClasses) {
            return words; // most tokens: no class that starts a rule, and words are listed in order already
        }
        boolean[] marked = new boolean[rules.size()];
        for (TokenClass c : CLASSES) {
            if (v.has(i, c)) {
                byClass.get(c.ordinal()).forEach(r -> marked[r.index()] = true);
            }
        }
        words.forEach(r -> marked[r.index()] = true);
        List<Rule> out = new ArrayList<>();
        for (int k = 0; k < marked.length; k++) {
            if (marked[k]) {
                out.add(rules.get(k));
            }
        }
        return out;
    }

    /**
     * Adds to {@code classes} and {@code words} what a match of {@code els[k..]} can start with; returns true
     * when the rest can match no token at all.
     */
    private static boolean first(List<Rule.Element> els, int k, Set<TokenClass> classes, Set<String> words) {
        if (k == els.size()) {
            return true;
        }
        Rule.Element e = els.get(k);
        boolean empty;
        switch (e.kind()) {
            case ATOM -> {
                classes.addAll(e.classes());
                words.addAll(e.literals());
                empty = false;
            }
            case MACRO -> {
                empty = false;
                for (List<Rule.Element> alt : e.alternatives()) {
                    empty |= first(alt, 0, classes, words);
                }
            }
            default -> empty = true;
        }
        return (empty || e.optional()) ? first(els, k + 1, classes, words) : false;
    }

    /** Reads a grammar resource of this package. */
    static Grammar load(String resource) {
        Map<String, List<List<Rule.Element>>> macros = new HashMap<>();
        List<Rule> rules = new ArrayList<>();
        for (Resources.Line line : Resources.lines(Grammar.class, resource)) {
            String s = line.text().strip();
            try {
                if (s.startsWith("@")) {
                    int eq = s.indexOf('=');
                    List<List<Rule.Element>> alts = new ArrayList<>();
                    for (String alt : s.substring(eq + 1).split(" \\| ")) {
                        alts.add(sequence(alt, macros));
                    }
                    macros.put(s.substring(0, eq).strip(), List.copyOf(alts));
                } else {
                    rules.add(rule(rules.size(), s, macros));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ":" + line.number() + ": " + e.getMessage(), e);
            }
        }
        return new Grammar(rules);
    }

    private static Rule rule(int index, String s, Map<String, List<List<Rule.Element>>> macros) {
        String[] headAndBody = s.split("\\s+", 2);
        String[] head = headAndBody[0].split(":", 2);
        Timex.Type type = Timex.Type.valueOf(head[0]);
        boolean anaphoric = false;
        Map<TokenClass, String> presets = new EnumMap<>(TokenClass.class);
        if (head.length > 1) {
            for (String p : head[1].split(",")) {
                if (p.equals("anaphoric")) {
                    anaphoric = true;
                } else {
                    String[] kv = p.split("=", 2);
                    presets.put(TokenClass.valueOf(kv[0]).slot(), kv[1]);
                }
            }
        }
        return new Rule(index, type, anaphoric, Map.copyOf(presets), sequence(headAndBody[1], macros), s);
    }

    private static List<Rule.Element> sequence(String s, Map<String, List<List<Rule.Element>>> macros) {
        List<Rule.Element> out = new ArrayList<>();
        for (String tok : s.strip().split("\\s+")) {
            out.add(element(tok, macros));
        }
        return List.copyOf(out);
    }

    private static Rule.Element element(String tok, Map<String, List<List<Rule.Element>>> macros) {
        Rule.Kind kind = Rule.Kind.ATOM;
        String t = tok;
        if (t.startsWith("<!")) {
            kind = Rule.Kind.NOT_BEHIND;
            t = t.substring(2);
        } else if (t.startsWith("<")) {
            kind = Rule.Kind.BEHIND;
            t = t.substring(1);
        } else if (t.startsWith("!") && t.length() > 1) {
            kind = Rule.Kind.NOT_AHEAD;
            t = t.substring(1);
        }
        boolean optional = t.length() > 1 && t.endsWith("?");
        if (optional) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.startsWith("@")) {
            List<List<Rule.Element>> alts = macros.get(t);
            if (alts == null || kind != Rule.Kind.ATOM) {
                throw new IllegalArgumentException("unknown macro or bad use: " + tok);
            }
            return new Rule.Element(Rule.Kind.MACRO, List.of(), List.of(), alts, optional);
        }
        List<TokenClass> classes = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        for (String choice : t.split("\\|")) {
            if (isClassName(choice)) {
                classes.add(TokenClass.valueOf(choice));
            } else {
                literals.add(choice);
            }
        }
        return new Rule.Element(kind, List.copyOf(classes), List.copyOf(literals), List.of(), optional);
    }

    private static boolean isClassName(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        for (TokenClass c : TokenClass.values()) {
            if (c.name().equals(s)) {
                return true;
            }
        }
        throw new IllegalArgumentException("unknown token class " + s);
    }
}

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
 * worth trying there, as sets of rule numbers in bitmaps (bit {@code r % 64} of word {@code r / 64}). The
 * words the rules name are numbered ({@link #words()}): a token's word is looked up once ({@link Vocabulary})
 * and then compared by its number. Immutable and thread-safe.
 */
final class Grammar {

    private static final TokenClass[] CLASSES = TokenClass.values();

    /** The default grammar, read from the resource next to this class. */
    static final Grammar DEFAULT = load("patterns.txt");

    private final List<Rule> rules;
    /** The words the rules name, by number. */
    private final List<String> words;
    /** By class ordinal: the rules a match of which can start with a token of that class. */
    private final long[][] byClass;
    /** By word number: the rules a match of which can start with that word, or null. */
    private final long[][] byWord;
    /** By rule index: the ways a match of the rule can take its first token ({@link #mayMatch}). */
    private final Start[][] starts;

    /**
     * One way a match of a rule can take its first token: a token of one of {@code classes} (a bit per class
     * ordinal) or one of {@code words} (a bit per word number); unless {@code anyNext}, the token after it must
     * then be of one of {@code nextClasses} or {@code nextWords} (what the rest of the rule can start with).
     */
    private record Start(long classes, long[] words, boolean anyNext, long nextClasses, long[] nextWords) {

        boolean fits(TokenView v, int i) {
            return ((v.classes(i) & classes) != 0 || isSet(words, v.wordId(i)))
                    && (anyNext || (v.classes(i + 1) & nextClasses) != 0 || isSet(nextWords, v.wordId(i + 1)));
        }
    }

    private Grammar(List<Rule> rules, Map<String, Integer> words) {
        this.rules = List.copyOf(rules);
        String[] byNumber = new String[words.size()];
        words.forEach((w, id) -> byNumber[id] = w);
        this.words = List.of(byNumber);
        this.byClass = new long[CLASSES.length][bitmapLength()];
        this.byWord = new long[words.size()][];
        this.starts = new Start[rules.size()][];
        for (Rule r : rules) {
            List<Start> ways = new ArrayList<>();
            starts(r.elements(), 0, ways, words);
            starts[r.index()] = ways.toArray(new Start[0]);
            Set<TokenClass> fc = new LinkedHashSet<>();
            Set<String> fw = new LinkedHashSet<>();
            if (first(r.elements(), 0, fc, fw)) {
                throw new IllegalStateException("rule matches nothing: " + r.source());
            }
            fc.forEach(c -> mark(byClass[c.ordinal()], r.index()));
            for (String w : fw) {
                int id = words.get(w);
                if (byWord[id] == null) {
                    byWord[id] = new long[bitmapLength()];
                }
                mark(byWord[id], r.index());
            }
        }
    }

    private static void mark(long[] bitmap, int bit) {
        bitmap[bit >>> 6] |= 1L << bit;
    }

    /** True when bit {@code bit} of {@code bitmap} is set; false for a negative bit (no word of the grammar). */
    private static boolean isSet(long[] bitmap, int bit) {
        return bit >= 0 && (bit >>> 6) < bitmap.length && (bitmap[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The bitmap of the numbers of {@code words}. */
    private static long[] bitmap(Set<String> words, Map<String, Integer> numbers) {
        long[] bitmap = new long[(numbers.size() + 63) >>> 6];
        for (String w : words) {
            mark(bitmap, numbers.get(w));
        }
        return bitmap;
    }

    /** The words the rules name (literals), by number: the numbers {@link TokenView#wordId} gives. */
    List<String> words() {
        return words;
    }

    /** All rules, in the order written. */
    List<Rule> rules() {
        return rules;
    }

    /** The number of longs of a bitmap of rules. */
    int bitmapLength() {
        return (rules.size() + 63) >>> 6;
    }

    /**
     * Sets in {@code bitmap} ({@link #bitmapLength} longs) the bits of the rules whose match can start at
     * token {@code i}, and clears the others; read in order, they are in the order written (see {@link
     * #rule}). Returns false when there is none.
     */
    boolean candidates(TokenView v, int i, long[] bitmap) {
        int id = v.wordId(i);
        long[] words = id < 0 ? null : byWord[id];
        long any = 0;
        for (int w = 0; w < bitmap.length; w++) {
            bitmap[w] = words == null ? 0 : words[w];
            any |= bitmap[w];
        }
        // most tokens have no class at all
        for (long m = v.classes(i); m != 0; m &= m - 1) {
            long[] rulesOf = byClass[Long.numberOfTrailingZeros(m)];
            for (int w = 0; w < bitmap.length; w++) {
                bitmap[w] |= rulesOf[w];
                any |= rulesOf[w];
            }
        }
        return any != 0;
    }

    /**
     * False when rule {@code r} cannot match from token {@code i}, as far as its first two tokens tell: a
     * necessary condition, so that {@link Matcher#longest} need not be tried there. Of the rules a common word
     * ("the", "a") may start, most want a word of time right after it.
     */
    boolean mayMatch(Rule r, TokenView v, int i) {
        for (Start s : starts[r.index()]) {
            if (s.fits(v, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds to {@code out} the ways a match of {@code els[k..]} can take its first token: a literal of an element,
     * then the rest's first tokens next (unless the rest may match nothing); a class (whose feature may span
     * several tokens, so nothing is asked of the next one); what a macro can start with. Zero-width elements
     * are read as absent and optional ones as taken or skipped, which only widens the ways.
     */
    private static void starts(List<Rule.Element> els, int k, List<Start> out, Map<String, Integer> numbers) {
        if (k == els.size()) {
            return;
        }
        Rule.Element e = els.get(k);
        switch (e.kind()) {
            case ATOM -> {
                if (!e.literals().isEmpty()) {
                    Set<TokenClass> nextClasses = new LinkedHashSet<>();
                    Set<String> nextWords = new LinkedHashSet<>();
                    boolean anyNext = first(els, k + 1, nextClasses, nextWords);
                    out.add(new Start(0, bitmap(new LinkedHashSet<>(e.literals()), numbers), anyNext,
                            mask(nextClasses), bitmap(nextWords, numbers)));
                }
                if (!e.classes().isEmpty()) {
                    out.add(new Start(mask(e.classes()), new long[0], true, 0, new long[0]));
                }
                if (e.optional()) {
                    starts(els, k + 1, out, numbers);
                }
            }
            case MACRO -> {
                Set<TokenClass> classes = new LinkedHashSet<>();
                Set<String> words = new LinkedHashSet<>();
                first(els, k, classes, words);
                out.add(new Start(mask(classes), bitmap(words, numbers), true, 0, new long[0]));
            }
            default -> starts(els, k + 1, out, numbers);
        }
    }

    private static long mask(java.util.Collection<TokenClass> classes) {
        long m = 0;
        for (TokenClass c : classes) {
            m |= 1L << c.ordinal();
        }
        return m;
    }

    /** The rule of bit {@code bit} of word {@code word} of a bitmap of rules. */
    Rule rule(int word, int bit) {
        return rules.get(word * 64 + bit);
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
        // the words of the rules, numbered as they are first read
        Map<String, Integer> words = new HashMap<>();
        for (Resources.Line line : Resources.lines(Grammar.class, resource)) {
            String s = line.text().strip();
            try {
                if (s.startsWith("@")) {
                    int eq = s.indexOf('=');
                    List<List<Rule.Element>> alts = new ArrayList<>();
                    for (String alt : s.substring(eq + 1).split(" \\| ")) {
                        alts.add(sequence(alt, macros, words));
                    }
                    macros.put(s.substring(0, eq).strip(), List.copyOf(alts));
                } else {
                    rules.add(rule(rules.size(), s, macros, words));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(resource + ":" + line.number() + ": " + e.getMessage(), e);
            }
        }
        return new Grammar(rules, words);
    }

    private static Rule rule(int index, String s, Map<String, List<List<Rule.Element>>> macros,
                             Map<String, Integer> words) {
        String[] headAndBody = s.split("\\s+", 2);
        String[] head = headAndBody[0].split(":", 2);
        Timex.Type type = Timex.Type.valueOf(head[0]);
        boolean anaphoric = false;
        EnumMap<TokenClass, Feature> presets = new EnumMap<>(TokenClass.class);
        if (head.length > 1) {
            for (String p : head[1].split(",")) {
                if (p.equals("anaphoric")) {
                    anaphoric = true;
                } else {
                    String[] kv = p.split("=", 2);
                    presets.put(TokenClass.valueOf(kv[0]).slot(), new Feature(kv[1], 0, false));
                }
            }
        }
        return new Rule(index, type, anaphoric, presets, sequence(headAndBody[1], macros, words), s);
    }

    private static List<Rule.Element> sequence(String s, Map<String, List<List<Rule.Element>>> macros,
                                               Map<String, Integer> words) {
        List<Rule.Element> out = new ArrayList<>();
        for (String tok : s.strip().split("\\s+")) {
            out.add(element(tok, macros, words));
        }
        return List.copyOf(out);
    }

    private static Rule.Element element(String tok, Map<String, List<List<Rule.Element>>> macros,
                                        Map<String, Integer> words) {
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
            return new Rule.Element(Rule.Kind.MACRO, List.of(), List.of(), new int[0], alts, optional);
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
        int[] ids = new int[literals.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = words.computeIfAbsent(literals.get(k), w -> words.size());
        }
        return new Rule.Element(kind, List.copyOf(classes), List.copyOf(literals), ids, List.of(), optional);
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

package org.annals.core.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads PETRARCH and TABARI verb dictionaries as they are ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt};
 * the format manual is PETRARCH's {@code dictionaries.rst}) into annals patterns. Pure and deterministic: it
 * takes a {@link Reader} and a name and adds what it read to a {@link PatternDictionary.Builder}, with a problem
 * {@code name:line: reason} for each line it could not read (that line is skipped) and notes for what it read
 * on purpose but does not use.
 *
 * <p><b>Lines.</b> {@code #} starts a comment (outside a {@code [...]} code); XML comments {@code <!-- -->} are
 * removed, also over several lines. A line {@code --- NAME [CODE] ---} opens a verb block whose code is the
 * default of its verbs ({@code [---]}, the null code: the bare verb codes nothing). The lines of a block are
 * verbs, then patterns:
 * <ul>
 *   <li><b>verbs</b>: {@code VERB {IRREGULAR FORMS} [CODE]}, the forms and the code optional; a multi-word verb
 *   marks its verb with {@code +} ({@code +CORDON_OFF {+CORDONED_OFF ...}}, {@code WIRE_+TAP}): the words
 *   after it follow the verb, those before it precede it. Regular forms are annals' own ({@link Lemmas}); the
 *   listed forms are added to them;</li>
 *   <li><b>patterns</b>: {@code - PRE * POST [CODE] # comment}, {@code *} standing for the verb. The words before
 *   it must come before the verb, those after it after, in order; words joined by {@code _} are consecutive,
 *   words apart may have up to {@link PatternDictionary#GAP} words between them (TABARI's reading, which the
 *   validation records rely on). {@code {A B}} (a noun phrase whose head is B) and {@code (PREP X)} (a
 *   prepositional phrase) group words and are read the same way. {@code &NAME} is a synset. The actor markers
 *   {@code $} (source), {@code +} (target), {@code ^} (skip) and {@code %} (compound) stand for words that may
 *   come there; a {@code +} right after a preposition says where the target is ({@code (WITH +)}: the target
 *   follows "with"); a {@code +} before the verb makes the verb's subject the target and the actor after the
 *   verb the source ({@code + * MONEY FROM $}: "Kenya received money from Japan" is Japan's aid to Kenya), the
 *   role {@code order=reversed}; with words before the {@code +} and no {@code $} after the verb, the source is
 *   the subject before those words ({@code NOTED + *}: "X noted that Y regretted"), the role
 *   {@code source=before}; a {@code +} before words before the verb makes the subject of those words the target
 *   ({@code + HOSTING * MAY_DAY $}: "X will be hosting Y to celebrate May Day with Z" is Z's act to X), the role
 *   {@code subject=pattern}; each {@code ^} right before a {@code +} or {@code $} after the verb skips one phrase
 *   (an actor's mention) after the pattern, whatever its preposition ({@code * IFTAR AT ^ +}: "celebrated Iftar
 *   at Lima with Chile" is with Chile), the role {@code skip=N}. A pattern applies to every verb of its
 *   block.</li>
 * </ul>
 * A line {@code &NAME} opens a synset whose members follow on lines starting with {@code +} ({@code _} or blanks
 * between the words of a phrase, which must be consecutive; a member may name another synset). Regular plurals
 * come from annals' lemmas, as for verbs.
 *
 * <p><b>Codes.</b> {@code [CODE]} is the CAMEO code; {@code [A:B]} codes A from source to target and B the other
 * way round (TABARI's paired codes, kept as {@link Pattern#reverseCameo()}); {@code [---]} on a pattern says
 * that wording is no event (it keeps its words from shorter patterns). With a {@link CameoPlover} table, a code
 * takes its PLOVER category and mode; a code without one (CAMEO 01, 02) codes no event. Without a table (the
 * "CAMEO only" reading), every code is kept as it is with the type {@link #CAMEO_ONLY}. Codes that are not
 * letters and digits ({@code [+++]}, {@code [###]}, {@code [025?]}) are reported, and so are {@code [:B]} codes
 * (an event only the other way round) and transformations ({@code ~ ...}): the line is skipped.
 */
public final class PetrarchVerbs {

    /** The type of the patterns of a dictionary read for its CAMEO codes only, without PLOVER categories. */
    public static final String CAMEO_ONLY = "CAMEO";

    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "from", "against", "on", "in", "at",
            "of", "for", "into", "by", "toward", "towards", "over", "about", "upon", "onto");

    private PetrarchVerbs() {
    }

    /** One verb of a block: its forms, the words before and after it, its own code. */
    private record Verb(Set<String> forms, List<String> before, List<String> after, String code, String line) {
    }

    /** One pattern line of a block, translated: elements before and after the verb, roles, code. */
    private record Line(List<String> pre, List<String> post, Map<String, String> roles, String code, String line) {
    }

    /**
     * Reads one verb dictionary into {@code sink}.
     *
     * @param map the CAMEO to PLOVER table, or null to keep the codes only ({@link #CAMEO_ONLY})
     */
    static void read(String name, Reader in, CameoPlover map, PatternDictionary.Builder sink) {
        new Reader0(name, map, sink).read(lines(in));
    }

    private static List<String> lines(Reader in) {
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(in)) {
            String l;
            while ((l = r.readLine()) != null) {
                all.append(l).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // XML comments, also over several lines; their line breaks stay so that line numbers hold
        String text = all.toString();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("<!--", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            int close = text.indexOf("-->", open + 4);
            int end = close < 0 ? text.length() : close + 3;
            for (int k = open; k < end; k++) {
                if (text.charAt(k) == '\n') {
                    out.append('\n');
                }
            }
            i = end;
        }
        return List.of(out.toString().split("\n", -1));
    }

    private static final class Reader0 {
        final String name;
        final CameoPlover map;
        final PatternDictionary.Builder sink;
        String synset;
        String blockCode;
        final List<Verb> verbs = new ArrayList<>();
        final List<Line> patterns = new ArrayList<>();
        int blocks;
        int made;
        int markers;
        int transformations;
        int reverseOnly;

        Reader0(String name, CameoPlover map, PatternDictionary.Builder sink) {
            this.name = name;
            this.map = map;
            this.sink = sink;
        }

        String cls(String synsetName) {
            return "&" + synsetName + "@" + name;
        }

        void read(List<String> lines) {
            for (int n = 1; n <= lines.size(); n++) {
                String raw = stripComment(lines.get(n - 1));
                String s = raw.strip();
                String where = name + ":" + n;
                if (s.isEmpty()) {
                    continue;
                }
                if (s.startsWith("<")) {
                    continue;
                }
                if (s.startsWith("---")) {
                    flush();
                    synset = null;
                    blocks++;
                    blockCode = codeOf(s, where, true);
                    continue;
                }
                if (s.startsWith("&")) {
                    flush();
                    String label = s.split("\\s+")[0].substring(1);
                    synset = label.endsWith("_") ? label.substring(0, label.length() - 1) : label;
                    blockCode = null;
                    sink.defineClass(cls(synset), List.of());
                    continue;
                }
                if (synset != null && s.startsWith("+")) {
                    List<String> phrase = new ArrayList<>();
                    for (String w : s.substring(1).split("[_\\s]+")) {
                        if (w.isEmpty()) {
                            continue;
                        }
                        if (w.startsWith("&")) {
                            String ref = w.substring(1).replaceAll("_$", "");
                            phrase.add("{" + cls(ref) + "}");
                        } else {
                            phrase.add(w.toLowerCase(Locale.ROOT));
                        }
                    }
                    if (!phrase.isEmpty()) {
                        sink.defineClass(cls(synset), List.of(phrase));
                    }
                    continue;
                }
                synset = null;
                if (s.startsWith("~")) {
                    transformations++;
                    continue;
                }
                if (blockCode == null && verbs.isEmpty() && blocks == 0) {
                    sink.problem(where + ": a line outside any verb block");
                    continue;
                }
                if (s.startsWith("-")) {
                    Line l = pattern(s.substring(1), where);
                    if (l != null) {
                        patterns.add(l);
                    }
                } else {
                    Verb v = verb(s, where);
                    if (v != null) {
                        verbs.add(v);
                    }
                }
            }
            flush();
            sink.note(name + ": a PETRARCH verb dictionary: " + blocks + " verb blocks read into " + made
                    + " patterns" + (markers > 0 ? "; the actor markers $ + ^ % of " + markers + " patterns are read"
                    + " as places where words may come (annals finds source and target itself)" : "")
                    + (transformations > 0 ? "; " + transformations + " transformations (~ lines) not read" : "")
                    + (reverseOnly > 0 ? "; " + reverseOnly + " patterns coded [:B] (only the event the other way "
                    + "round) not read" : ""));
        }

        /** Everything after a {@code #} that is not inside a code in brackets. */
        static String stripComment(String l) {
            int depth = 0;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth = Math.max(0, depth - 1);
                } else if (c == '#' && depth == 0) {
                    return l.substring(0, i);
                }
            }
            return l;
        }

        /**
         * The first code in brackets on a line: {@code ---} for the null code, null when there is none or it
         * cannot be read (then reported unless {@code header} and absent).
         */
        String codeOf(String s, String where, boolean header) {
            int open = s.indexOf('[');
            if (open < 0) {
                return null;
            }
            int close = s.indexOf(']', open);
            if (close < 0) {
                sink.problem(where + ": a code without its closing bracket");
                return null;
            }
            String code = s.substring(open + 1, close).strip();
            if (code.equals("---")) {
                return code;
            }
            if (!code.matches("[A-Za-z0-9]*(:[A-Za-z0-9]+)?") || code.isEmpty()) {
                sink.problem(where + ": the code [" + code + "] is not a CAMEO code (nor [A:B], nor [---]); "
                        + (header ? "the block has no default code" : "line skipped"));
                return null;
            }
            return code;
        }

        Verb verb(String s, String where) {
            String code = null;
            int bracket = s.indexOf('[');
            if (bracket >= 0) {
                code = codeOf(s, where, false);
                if (code == null) {
                    return null;
                }
                s = s.substring(0, bracket).strip();
            }
            List<String> forms = new ArrayList<>();
            int brace = s.indexOf('{');
            if (brace >= 0) {
                int close = s.indexOf('}', brace);
                if (close < 0) {
                    sink.problem(where + ": irregular forms without the closing brace");
                    return null;
                }
                for (String f : s.substring(brace + 1, close).strip().split("\\s+")) {
                    if (!f.isEmpty()) {
                        forms.add(f);
                    }
                }
                s = s.substring(0, brace).strip();
            }
            List<String> words = new ArrayList<>(List.of(s.split("[_\\s]+")));
            words.removeIf(String::isEmpty);
            if (words.isEmpty()) {
                sink.problem(where + ": a verb line without a verb");
                return null;
            }
            int at = 0;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).startsWith("+")) {
                    at = i;
                }
            }
            Set<String> all = new LinkedHashSet<>();
            all.add(lower(words.get(at).replace("+", "")));
            for (String f : forms) {
                // "+CORDONED_OFF" or "WIRE_+TAPPED": the verb is the word with the +, else the first
                String[] ws = f.split("_");
                String v = ws[0];
                for (String w : ws) {
                    if (w.startsWith("+")) {
                        v = w;
                    }
                }
                v = lower(v.replace("+", ""));
                if (!v.isEmpty()) {
                    all.add(v);
                }
            }
            List<String> before = new ArrayList<>();
            for (String w : words.subList(0, at)) {
                before.add(lower(w));
            }
            List<String> after = new ArrayList<>();
            for (String w : words.subList(at + 1, words.size())) {
                after.add(lower(w));
            }
            return new Verb(all, before, after, code, where);
        }

        Line pattern(String s, String where) {
            int open = s.indexOf('[');
            if (open < 0) {
                sink.problem(where + ": a pattern without a code");
                return null;
            }
            String code = codeOf(s, where, false);
            if (code == null) {
                return null;
            }
            if (code.startsWith(":")) {
                reverseOnly++;
                return null;
            }
            String text = s.substring(0, open);
            // groups only group: {FINANCIAL AID}, (FOR AID)
            text = text.replace('{', ' ').replace('}', ' ').replace('(', ' ').replace(')', ' ');
            List<String> pre = new ArrayList<>();
            List<String> post = new ArrayList<>();
            Map<String, String> roles = new LinkedHashMap<>();
            boolean verbSeen = false;
            boolean marker = false;
            String lastWord = null;
            String sourceAfter = null;
            int carets = 0;
            for (String chunk : text.strip().split("\\s+")) {
                if (chunk.isEmpty()) {
                    continue;
                }
                // words written apart may have others between them (TABARI), also next to the verb
                if (verbSeen) {
                    post.add("*");
                } else {
                    gap(pre);
                }
                List<String> into;
                // "*SCEPTICAL": the verb written against the next word
                String c0 = chunk.length() > 1 && chunk.startsWith("*") && chunk.charAt(1) != '_'
                        ? "*_" + chunk.substring(1) : chunk;
                for (String piece : c0.split("_", -1)) {
                    if (piece.isEmpty()) {
                        continue;
                    }
                    into = verbSeen ? post : pre;
                    if (piece.equals("*")) {
                        if (verbSeen) {
                            sink.problem(where + ": a pattern with two verbs (*)");
                            return null;
                        }
                        verbSeen = true;
                        continue;
                    }
                    if (piece.equals("$") || piece.equals("+") || piece.equals("^") || piece.equals("%")) {
                        marker = true;
                        if (piece.equals("^") && verbSeen) {
                            carets++;
                        } else if (verbSeen && carets > 0) {
                            // "* IFTAR AT ^ ^ +", "+ HOSTING * TABASKI ^ $": the actor after the pattern comes after
                            // as many phrases as there are ^
                            roles.put("skip", String.valueOf(carets));
                        }
                        if (piece.equals("+") && verbSeen && lastWord != null && PREPOSITIONS.contains(lastWord)
                                && carets == 0) {
                            roles.put("target", lastWord);
                        }
                        // "+ * MONEY FROM $", "+ WAS * DEAD IN $": the target is the verb's subject, the source
                        // comes after it (after the preposition written before $)
                        if (piece.equals("+") && !verbSeen) {
                            roles.put("order", "reversed");
                            if (!pre.stream().allMatch("*"::equals)) {
                                // "NOTED + *": who notes is the source, before the pattern's first word
                                roles.put("source", "before");
                            } else {
                                // "+ HOSTING * MAY_DAY $": the target is the subject of the pattern's first word
                                roles.put("subject", "pattern");
                            }
                        }
                        if (piece.equals("$") && verbSeen && lastWord != null && PREPOSITIONS.contains(lastWord)) {
                            sourceAfter = lastWord;
                        }
                        gap(into);
                        continue;
                    }
                    if (piece.startsWith("&")) {
                        String ref = piece.substring(1);
                        if (!sink.hasClass(cls(ref))) {
                            sink.problem(where + ": the synset &" + ref + " is not defined before; pattern skipped");
                            return null;
                        }
                        into.add("{" + cls(ref) + "}");
                        lastWord = null;
                        continue;
                    }
                    lastWord = lower(piece);
                    carets = 0;
                    into.add(lastWord);
                }
            }
            if (!verbSeen) {
                sink.problem(where + ": a pattern without * for its verb");
                return null;
            }
            if (marker) {
                markers++;
            }
            if (sourceAfter != null && "reversed".equals(roles.get("order"))) {
                // the actor looked for after the pattern is the source here
                roles.put("target", sourceAfter);
                roles.remove("source");
            }
            if (pre.stream().allMatch("*"::equals)) {
                // "+ * MONEY FROM $": no word before the verb, whose subject the target is
                roles.remove("subject");
            }
            trimGap(post);
            return new Line(pre, post, roles, code, where);
        }

        /** A gap between chunks: TABARI lets words come between words written apart. */
        static void gap(List<String> into) {
            if (!into.isEmpty() && !into.get(into.size() - 1).equals("*")) {
                into.add("*");
            }
        }

        static void trimGap(List<String> l) {
            while (!l.isEmpty() && l.get(l.size() - 1).equals("*")) {
                l.remove(l.size() - 1);
            }
        }

        /** Makes the patterns of the block that ends: every verb bare, then every verb with every pattern. */
        void flush() {
            for (Verb v : verbs) {
                String code = v.code() != null ? v.code() : blockCode;
                if (code != null && !code.equals("---")) {
                    add(v, List.of(), List.of(), Map.of(), code, v.line());
                }
            }
            for (Line l : patterns) {
                for (Verb v : verbs) {
                    add(v, l.pre(), l.post(), l.roles(), l.code(), l.line());
                }
            }
            verbs.clear();
            patterns.clear();
            blockCode = null;
        }

        void add(Verb v, List<String> pre, List<String> post, Map<String, String> roles, String code, String line) {
            List<String> elements = new ArrayList<>();
            elements.add(String.join("|", v.forms()));
            elements.addAll(v.after());
            elements.addAll(post);
            List<String> before = new ArrayList<>(pre);
            before.addAll(v.before());
            String cameo = code;
            String reverse = null;
            if (code.startsWith(":")) {
                reverseOnly++;
                return;
            }
            if (code.contains(":")) {
                cameo = code.substring(0, code.indexOf(':'));
                reverse = code.substring(code.indexOf(':') + 1);
            }
            String type;
            String mode = null;
            if (cameo.equals("---")) {
                type = Pattern.NO_EVENT;
            } else if (map == null) {
                type = CAMEO_ONLY;
            } else {
                CameoPlover.Category c = map.of(cameo);
                type = c.type() == null ? Pattern.NO_EVENT : c.type();
                mode = c.mode();
            }
            sink.add(new PatternDictionary.Builder.Spec(collapse(elements), collapse(before), false, false, type, mode,
                    cameo, Map.copyOf(roles), null, reverse, line));
            made++;
        }

        static List<String> collapse(List<String> l) {
            List<String> out = new ArrayList<>();
            for (String e : l) {
                if (e.equals("*") && (out.isEmpty() || out.get(out.size() - 1).equals("*"))) {
                    continue;
                }
                out.add(e);
            }
            return out;
        }

        static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}

package org.annals.core.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the actor and agent dictionaries of PETRARCH, TABARI and Phoenix as they are (the format manual is
 * PETRARCH's {@code dictionaries.rst}). Pure: it takes a {@link Reader} and a name and gives back what it read,
 * with a problem {@code name:line: reason} for every line it could not read (that line is skipped) and a note
 * for whatever it read on purpose but does not use. No file I/O; deterministic.
 *
 * <p><b>Which dictionary.</b> The file name decides when it says ({@code agents}, {@code actors}, {@code verbs},
 * {@code discards}, {@code issues}, in any case: {@code Phoenix.agents.txt}, {@code PETR.Validate.actors.txt});
 * otherwise the content does: a verb block ({@code --- NAME [CODE] ---}) makes a verb dictionary, {@code <ISSUE} an issue list, codes with {@code ~} ({@code [~GOV]}) an agent dictionary, other
 * codes in brackets an actor dictionary, and a file without any code a discard list. Verb, discard and issue
 * files are not read (annals codes events with its own patterns and has no issue layer): a note says so.
 *
 * <p><b>Lines.</b> {@code #} starts a comment anywhere on a line (as in PETRARCH), and so does TABARI's
 * {@code ;} after a blank ({@code JAMES_BYRNES_  ; CountryInfo.txt}, the manual's own example); XML comments
 * {@code <!-- ... -->} are removed, also over several lines, and a line that starts with {@code <!} is skipped.
 * Blank lines are skipped. Underscores and blanks both separate words; a trailing underscore (TABARI's "no
 * stemming" mark) is dropped: annals matches whole words only, as PETRARCH does.
 *
 * <p><b>Actors.</b> A record is a primary phrase with optional codes on its line, then synonyms on lines that
 * start with {@code +}, then code lines that start with {@code [} (indented with a tab in the files; any
 * indentation is accepted), one or more codes per line:
 * <pre>
 * VLADIMIR_PUTIN_
 * +PRESIDENT_PUTIN_
 *     [RUSELI 700101-990809]
 *     [RUSGOV &gt;20000507]
 *     [RUSELI]
 * </pre>
 * A code is {@code [CODE]} (the default, used on dates no restriction covers), {@code [CODE <DATE]} (on and
 * before), {@code [CODE >DATE]} (on and after) or {@code [CODE DATE-DATE]} (both ends included); blanks inside
 * the brackets are allowed ({@code [HOB < 950601]}). A single date without {@code <} or {@code >} ({@code
 * [MNEGOV 20121204]}, which PETRARCH misreads) is read as "on and after". Dates are {@code YYYYMMDD} or {@code
 * YYMMDD}, where {@code YY} up to 30 is 20YY and above it 19YY (PETRARCH's rule). When several dated codes hold
 * on a date, the narrowest range wins (a range inside another overrides it, as the validation dictionary
 * expects), and among equally wide ones the first; the default holds where none does. A second default is
 * reported and ignored. {@code [---]} is the null code: the phrase is known and codes nothing. Codes are read
 * in upper case ({@code [pse]} is PSE); a name of several actors has their codes joined by {@code /} ({@code
 * [BEL/NLD/LUX]}), kept so ({@link org.annals.core.model.Actor#codes()} splits them); any other code that is not
 * letters and digits ({@code [+++]}) is reported. A record whose codes could not be read is reported and skipped. Primary phrases without any code line that
 * run straight into another record ({@code LEONID_BREZHNEV_}, {@code LEONID_ILYICH_BREZHNEV}, {@code
 * SECRETARY_BREZHNEV}, then the codes) are read as spellings of the record below them, which is what their
 * authors meant (PETRARCH itself leaves them uncoded); a note counts them. A record at the end of a file without
 * any code is reported.
 *
 * <p><b>Agents.</b> {@code PHRASE {PLURALS} [~CODE]}: the code follows the actor's ({@code ~GOVFRM}: RUS +
 * GOVFRM) or, written {@code CODE~}, precedes it ({@code IGO~}). Regular plurals are made as the manual says
 * (+S; +ES after S, X, CH or SH; Y to IES after a consonant, which the manual's rule leaves to the author);
 * {@code {}} means no plural and {@code {FORMS}} gives irregular ones. Substitution sets {@code !PERSON! = MAN,
 * MEN, WOMAN, WOMEN, PERSON} are defined on their own line and expand a marker in later phrases ({@code
 * CONGRESS!PERSON!}), without further plurals. In an agent phrase a blank means "words may come between" in
 * PETRARCH; annals reads the words as consecutive.
 */
public final class PetrarchDictionaries {

    /** What a dictionary file holds. */
    public enum Kind {
        ACTORS, AGENTS, VERBS, DISCARDS, ISSUES
    }

    /**
     * A code and the dates it holds on.
     *
     * @param code the code in upper case ({@code RUSGOV}, {@code IGOUNO}, or {@code ---} for the null code)
     * @param from first day, or {@code null} for "since ever"
     * @param to last day, or {@code null} for "for ever"
     * @param dated false for a default code, which holds where no dated code does
     */
    public record Code(String code, LocalDate from, LocalDate to, boolean dated) {

        /** True when this is the null code {@code ---}: the phrase is known and gets no code. */
        public boolean isNull() {
            return code.equals(NULL_CODE);
        }

        /** True when a dated code holds on {@code date} (both ends included). A default is not "dated". */
        public boolean holdsOn(LocalDate date) {
            return dated && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        long width() {
            return from == null || to == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(from, to);
        }
    }

    /**
     * An actor record.
     *
     * @param phrase the primary phrase, words separated by one blank, in the case written ({@code VLADIMIR
     *     PUTIN})
     * @param synonyms the phrases of its {@code +} lines, in order
     * @param codes its codes, dated ones and the default, in the order written
     * @param line the line of the primary phrase
     */
    public record Actor(String phrase, List<String> synonyms, List<Code> codes, int line) {

        public Actor {
            synonyms = List.copyOf(synonyms);
            codes = List.copyOf(codes);
        }

        /** The primary phrase and then the synonyms. */
        public List<String> phrases() {
            List<String> all = new ArrayList<>(synonyms.size() + 1);
            all.add(phrase);
            all.addAll(synonyms);
            return all;
        }

        /** The default code (the undated one), or {@code null}. */
        public String defaultCode() {
            for (Code c : codes) {
                if (!c.dated()) {
                    return c.code();
                }
            }
            return null;
        }

        /** True when at least one code is bounded by dates. */
        public boolean dated() {
            return codes.stream().anyMatch(Code::dated);
        }

        /**
         * The code on {@code date}: of the dated codes that hold, the narrowest (the first of equally wide
         * ones); else the default; else {@code null}.
         */
        public String codeOn(LocalDate date) {
            Code best = null;
            for (Code c : codes) {
                if (c.holdsOn(date) && (best == null || c.width() < best.width())) {
                    best = c;
                }
            }
            return best != null ? best.code() : defaultCode();
        }

        /**
         * The codes as consecutive periods that do not overlap, oldest first: the time line cut at every date
         * of the record, each piece coded by {@link #codeOn}, neighbours with the same code joined. A period
         * may start "since ever" ({@code from == null}) or last "for ever" ({@code to == null}); where no code
         * holds there is no period. An entry with only a default gives one period without dates.
         */
        public List<Code> periods() {
            TreeSet<LocalDate> cuts = new TreeSet<>();
            for (Code c : codes) {
                if (c.dated()) {
                    if (c.from() != null) {
                        cuts.add(c.from());
                    }
                    if (c.to() != null && !c.to().equals(LocalDate.MAX)) {
                        cuts.add(c.to().plusDays(1));
                    }
                }
            }
            List<Code> out = new ArrayList<>();
            if (cuts.isEmpty()) {
                String d = defaultCode();
                if (d != null) {
                    out.add(new Code(d, null, null, false));
                }
                return out;
            }
            List<LocalDate> starts = new ArrayList<>();
            starts.add(null);
            starts.addAll(cuts);
            String open = null;
            LocalDate openFrom = null;
            for (int i = 0; i < starts.size(); i++) {
                LocalDate start = starts.get(i);
                LocalDate probe = start == null ? cuts.first().minusDays(1) : start;
                String code = codeOn(probe);
                if (i > 0 && java.util.Objects.equals(code, open)) {
                    continue;
                }
                if (open != null) {
                    out.add(new Code(open, openFrom, start.minusDays(1), true));
                }
                open = code;
                openFrom = start;
            }
            if (open != null) {
                out.add(new Code(open, openFrom, null, true));
            }
            return out;
        }
    }

    /**
     * An agent: a role noun and the code it adds to the code of the actor it goes with.
     *
     * @param phrase the singular phrase in the case written ({@code FOREIGN MINISTER})
     * @param plurals its plural forms (made or given; empty when {@code {}} said none)
     * @param code the agent code without {@code ~} ({@code GOVFRM})
     * @param before true for {@code CODE~}: the code goes before the actor's ({@code IGO~}); false for the
     *     usual {@code ~CODE}, which goes after it
     * @param line where it was read
     */
    public record Agent(String phrase, List<String> plurals, String code, boolean before, int line) {

        public Agent {
            plurals = List.copyOf(plurals);
        }
    }

    /**
     * What one dictionary file held.
     *
     * @param name the name it was read under (a file name or path), used in messages
     * @param kind what it is
     * @param actors the actor records in file order (empty unless {@code kind} is ACTORS)
     * @param agents the agents in file order, substitution sets expanded (empty unless AGENTS)
     * @param problems lines that could not be read, as {@code name:line: reason}; each was skipped
     * @param notes what was read on purpose but not used, as {@code name: note}
     */
    public record Dictionary(String name, Kind kind, List<Actor> actors, List<Agent> agents, List<String> problems,
                             List<String> notes) {

        public Dictionary {
            actors = List.copyOf(actors);
            agents = List.copyOf(agents);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    /** The null code: the phrase is known and codes nothing. */
    public static final String NULL_CODE = "---";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:/[A-Z0-9]+)*");
    /** The head of a verb block, {@code --- CONSULT [040] ---}: only verb dictionaries have it. */
    private static final Pattern VERB_BLOCK = Pattern.compile("---+\\s.*---+");
    private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");
    private static final Pattern DATE_SPEC = Pattern.compile("([<>]?)(\\d+)(?:-(\\d+))?");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "ben", "de", "del",
            "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "van", "von", "y", "of", "the", "and",
            "for", "on", "in", "at", "to", "a", "an");
    private static final Pattern ROMAN = Pattern.compile("(?i)(I|II|III|IV|VI|VII|VIII|IX|XI|XII)");

    private PetrarchDictionaries() {
    }

    /** Reads one dictionary, deciding its kind from {@code name} or else from its content. */
    public static Dictionary read(String name, Reader in) {
        List<String> lines = lines(in, name);
        Kind kind = kindOf(name, lines);
        return switch (kind) {
            case ACTORS -> new Lines(name, lines).actors();
            case AGENTS -> new Lines(name, lines).agents();
            case VERBS -> skipped(name, kind, "a PETRARCH verb dictionary: not read (annals codes events with its "
                    + "own patterns, event/patterns.tsv)");
            case DISCARDS -> skipped(name, kind, "a PETRARCH discard list: not read (annals does not void "
                    + "sentences by phrase)");
            case ISSUES -> skipped(name, kind, "a PETRARCH issue list: not read (annals has no issue layer)");
        };
    }

    /** Reads {@code in} as an actor dictionary, whatever its name. */
    public static Dictionary readActors(String name, Reader in) {
        return new Lines(name, lines(in, name)).actors();
    }

    /** Reads {@code in} as an agent dictionary, whatever its name. */
    public static Dictionary readAgents(String name, Reader in) {
        return new Lines(name, lines(in, name)).agents();
    }

    /** The kind of dictionary {@code name} says it is, else the one its lines look like. */
    static Kind kindOf(String name, List<String> lines) {
        String file = name.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (file.contains("agent")) {
            return Kind.AGENTS;
        }
        if (file.contains("actor")) {
            return Kind.ACTORS;
        }
        if (file.contains("verb")) {
            return Kind.VERBS;
        }
        if (file.contains("discard")) {
            return Kind.DISCARDS;
        }
        if (file.contains("issue")) {
            return Kind.ISSUES;
        }
        int agents = 0;
        int actors = 0;
        for (String l : lines) {
            String s = l.strip();
            if (s.startsWith("#") || s.isEmpty()) {
                continue;
            }
            if (s.startsWith("<ISSUE")) {
                return Kind.ISSUES;
            }
            if (VERB_BLOCK.matcher(s).matches()) {
                return Kind.VERBS;
            }
            int b = s.indexOf('[');
            int c = s.indexOf('#');
            if (b >= 0 && (c < 0 || b < c)) {
                if (s.indexOf('~', b) > 0) {
                    agents++;
                } else {
                    actors++;
                }
            }
        }
        if (agents == 0 && actors == 0) {
            return Kind.DISCARDS;
        }
        return agents > actors ? Kind.AGENTS : Kind.ACTORS;
    }

    private static Dictionary skipped(String name, Kind kind, String why) {
        return new Dictionary(name, kind, List.of(), List.of(), List.of(), List.of(name + ": " + why));
    }

    private static List<String> lines(Reader in, String name) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String l;
            while ((l = r.readLine()) != null) {
                out.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    /**
     * A dictionary phrase in the case news writes names: {@code VLADIMIR PUTIN} is {@code Vladimir Putin},
     * {@code AL-QAEDA} {@code Al-Qaeda}, {@code BASHAR AL-ASSAD} {@code Bashar al-Assad}, {@code MR. OBAMA}
     * {@code Mr. Obama}, {@code ABDULLAH II} {@code Abdullah II}, {@code U.N.} stays. Particles after the first
     * word are lower case (al, bin, de, van, of, the, ...), a letter after a hyphen, apostrophe or period is
     * upper case, Mc is McX, Roman numerals and words without a vowel ({@code PKK}) stay upper case. Used for
     * the names annals shows and to cut phrases into words as the tokenizer cuts text; matching ignores case.
     */
    public static String titleCase(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        StringBuilder sb = new StringBuilder(phrase.length());
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            if (k > 0) {
                sb.append(' ');
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (ROMAN.matcher(w).matches() && k > 0) {
                sb.append(w.toUpperCase(Locale.ROOT));
                continue;
            }
            if (w.length() >= 2 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT))
                    && lower.chars().noneMatch(ch -> "aeiouy".indexOf(ch) >= 0)) {
                sb.append(w);
                continue;
            }
            if (k > 0 && PARTICLES.contains(lower)) {
                sb.append(lower);
                continue;
            }
            int dash = lower.indexOf('-');
            if (k > 0 && dash > 0 && PARTICLES.contains(lower.substring(0, dash))) {
                sb.append(lower, 0, dash + 1).append(capitalise(lower.substring(dash + 1)));
                continue;
            }
            sb.append(capitalise(lower));
        }
        return sb.toString();
    }

    private static String capitalise(String lower) {
        StringBuilder sb = new StringBuilder(lower);
        boolean up = true;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (Character.isLetter(c)) {
                if (up) {
                    sb.setCharAt(i, Character.toUpperCase(c));
                }
                up = false;
            } else {
                up = c == '-' || c == '.' || c == '\'' || c == '(' || c == '/';
            }
        }
        if (sb.length() > 3 && sb.charAt(0) == 'M' && sb.charAt(1) == 'c' && Character.isLetter(sb.charAt(2))) {
            sb.setCharAt(2, Character.toUpperCase(sb.charAt(2)));
        }
        return sb.toString();
    }

    /** The regular plural of a phrase's last word, as the manual makes agent plurals (see the class comment). */
    static String plural(String phrase) {
        String p = phrase;
        String up = p.toUpperCase(Locale.ROOT);
        if (up.endsWith("S") || up.endsWith("X") || up.endsWith("CH") || up.endsWith("SH")) {
            return p + (p.equals(up) ? "ES" : "es");
        }
        if (up.endsWith("Y") && up.length() > 1 && "AEIOU".indexOf(up.charAt(up.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + (p.equals(up) ? "IES" : "ies");
        }
        return p + (p.equals(up) ? "S" : "s");
    }

    /** Reads the lines of one file; keeps the problems and notes. */
    private static final class Lines {
        final String name;
        final List<String> lines;
        final List<String> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Lines(String name, List<String> lines) {
            this.name = name;
            this.lines = lines;
        }

        void problem(int line, String reason) {
            problems.add(name + ":" + line + ": " + reason);
        }

        /** The lines without comments: index i is line i + 1; a line that holds nothing is null. */
        List<String> content() {
            List<String> out = new ArrayList<>(lines.size());
            boolean inComment = false;
            for (String raw : lines) {
                String l = raw;
                if (inComment) {
                    int end = l.indexOf("-->");
                    if (end < 0) {
                        out.add(null);
                        continue;
                    }
                    inComment = false;
                    l = l.substring(end + 3);
                }
                if (l.stripLeading().startsWith("<!")) {
                    if (l.stripLeading().startsWith("<!--") && !l.contains("-->")) {
                        inComment = true;
                    }
                    out.add(null);
                    continue;
                }
                int open;
                while ((open = l.indexOf("<!--")) >= 0) {
                    int end = l.indexOf("-->", open + 4);
                    if (end < 0) {
                        l = l.substring(0, open);
                        inComment = true;
                        break;
                    }
                    l = l.substring(0, open) + l.substring(end + 3);
                }
                int hash = l.indexOf('#');
                if (hash >= 0) {
                    l = l.substring(0, hash);
                }
                int semi = semicolonComment(l);
                if (semi >= 0) {
                    l = l.substring(0, semi);
                }
                out.add(l.isBlank() ? null : l.strip());
            }
            return out;
        }

        /** TABARI's comment: a {@code ;} after a blank (or at the start of the line). */
        private static int semicolonComment(String l) {
            for (int i = 0; i < l.length(); i++) {
                if (l.charAt(i) == ';' && (i == 0 || Character.isWhitespace(l.charAt(i - 1)))) {
                    return i;
                }
            }
            return -1;
        }

        // ---- actors -----------------------------------------------------------------------------------

        Dictionary actors() {
            List<String> content = content();
            List<Actor> actors = new ArrayList<>();
            Record r = null;
            Record carried = null;
            int joined = 0;
            int nulls = 0;
            for (int i = 0; i < content.size(); i++) {
                String l = content.get(i);
                int n = i + 1;
                if (l == null) {
                    continue;
                }
                char first = l.charAt(0);
                if (first == '+' || first == '[') {
                    if (r == null) {
                        problem(n, first == '+' ? "a synonym (+) before any actor; line skipped"
                                : "a code before any actor; line skipped");
                        continue;
                    }
                    if (r.skipped) {
                        continue;
                    }
                    if (first == '+') {
                        int b = l.indexOf('[');
                        String s = phrase(b < 0 ? l.substring(1) : l.substring(1, b));
                        String bad = badPhrase(s);
                        if (bad != null) {
                            problem(n, bad + "; line skipped");
                        } else {
                            r.phrases.add(s);
                        }
                        if (b >= 0) {
                            r.codeLines++;
                            codes(l.substring(b), n, r.codes);
                        }
                    } else {
                        r.codeLines++;
                        codes(l, n, r.codes);
                    }
                    continue;
                }
                // a primary phrase: the record before it is complete
                if (r != null) {
                    if (r.codeLines == 0 && !r.skipped) {
                        // no code line at all: its phrases are spellings of the record below (see the class comment)
                        carried = carried == null ? r : carried.join(r);
                        joined++;
                    } else {
                        nulls += finish(carried == null ? r : carried.join(r), actors);
                        carried = null;
                    }
                }
                r = new Record(n);
                int b = l.indexOf('[');
                String p = phrase(b < 0 ? l : l.substring(0, b));
                String bad = badPhrase(p);
                if (bad != null) {
                    problem(n, bad + "; the record is skipped");
                    r.skipped = true;
                    continue;
                }
                r.phrases.add(p);
                if (b >= 0) {
                    r.codeLines++;
                    codes(l.substring(b), n, r.codes);
                }
            }
            if (r != null) {
                nulls += finish(carried == null ? r : carried.join(r), actors);
            }
            if (joined > 0) {
                notes.add(name + ": " + joined + " phrase line(s) without codes of their own read as spellings of "
                        + "the record below them");
            }
            if (nulls > 0) {
                notes.add(name + ": " + nulls + " record(s) with the null code [---] read as known phrases that "
                        + "code nothing");
            }
            return new Dictionary(name, Kind.ACTORS, actors, List.of(), problems, notes);
        }

        /** An actor record being read. */
        private static final class Record {
            final int line;
            final List<String> phrases = new ArrayList<>();
            final List<Code> codes = new ArrayList<>();
            int codeLines;
            boolean skipped;

            Record(int line) {
                this.line = line;
            }

            /** This record's phrases, then {@code next}'s, with {@code next}'s codes. */
            Record join(Record next) {
                Record j = new Record(line);
                j.phrases.addAll(phrases);
                for (String p : next.phrases) {
                    if (!j.phrases.contains(p)) {
                        j.phrases.add(p);
                    }
                }
                j.codes.addAll(next.codes);
                j.codeLines = next.codeLines;
                j.skipped = next.skipped;
                return j;
            }
        }

        /** Adds a complete record; returns 1 when it has the null code only. */
        private int finish(Record r, List<Actor> out) {
            if (r.skipped || r.phrases.isEmpty()) {
                return 0;
            }
            if (r.codes.isEmpty()) {
                problem(r.line, "'" + r.phrases.get(0) + "' has no code" + (r.codeLines > 0 ? " that could be read"
                        : "") + "; the record is skipped");
                return 0;
            }
            out.add(new Actor(r.phrases.get(0), r.phrases.subList(1, r.phrases.size()), r.codes, r.line));
            return r.codes.stream().allMatch(Code::isNull) ? 1 : 0;
        }

        /** Reads the bracketed codes of {@code s} (one or more {@code [...]}) into {@code codes}. */
        private void codes(String s, int line, List<Code> codes) {
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (c != '[') {
                    problem(line, "'" + s.substring(i).strip() + "' outside the brackets of a code; ignored");
                    return;
                }
                int close = s.indexOf(']', i);
                if (close < 0) {
                    problem(line, "'" + s.substring(i).strip() + "' has no closing ]; code skipped");
                    return;
                }
                Code code = code(s.substring(i + 1, close), line);
                if (code != null) {
                    if (!code.dated() && codes.stream().anyMatch(x -> !x.dated())) {
                        problem(line, "a second default code [" + code.code() + "]; the first is kept");
                    } else {
                        codes.add(code);
                    }
                }
                i = close + 1;
            }
        }

        private Code code(String inside, int line) {
            String t = inside.strip();
            if (t.isEmpty()) {
                problem(line, "an empty code []; skipped");
                return null;
            }
            String[] parts = t.split("\\s+", 2);
            String code = parts[0].toUpperCase(Locale.ROOT);
            if (!code.equals(NULL_CODE) && !CODE.matcher(code).matches()) {
                problem(line, "'" + parts[0] + "' is not an actor code (letters and digits); skipped");
                return null;
            }
            if (parts.length == 1) {
                return new Code(code, null, null, false);
            }
            String spec = parts[1].replaceAll("\\s+", "");
            var m = DATE_SPEC.matcher(spec);
            if (!m.matches() || (!m.group(1).isEmpty() && m.group(3) != null)) {
                problem(line, "'" + parts[1].strip() + "' is not a date restriction (<DATE, >DATE or DATE-DATE); "
                        + "code skipped");
                return null;
            }
            LocalDate a = date(m.group(2), line);
            LocalDate b = m.group(3) == null ? null : date(m.group(3), line);
            if (a == null || (m.group(3) != null && b == null)) {
                return null;
            }
            if (m.group(3) != null) {
                if (b.isBefore(a)) {
                    problem(line, "the range " + spec + " ends before it starts; code skipped");
                    return null;
                }
                return new Code(code, a, b, true);
            }
            return m.group(1).equals("<") ? new Code(code, null, a, true) : new Code(code, a, null, true);
        }

        private LocalDate date(String d, int line) {
            if (!DATE.matcher(d).matches()) {
                problem(line, "'" + d + "' is not a date (YYMMDD or YYYYMMDD); code skipped");
                return null;
            }
            int year;
            int rest;
            if (d.length() == 8) {
                year = Integer.parseInt(d.substring(0, 4));
                rest = 4;
            } else {
                int yy = Integer.parseInt(d.substring(0, 2));
                year = yy <= 30 ? 2000 + yy : 1900 + yy;
                rest = 2;
            }
            try {
                return LocalDate.of(year, Integer.parseInt(d.substring(rest, rest + 2)),
                        Integer.parseInt(d.substring(rest + 2, rest + 4)));
            } catch (DateTimeException e) {
                problem(line, "'" + d + "' is not a date (no such day); code skipped");
                return null;
            }
        }

        // ---- agents -----------------------------------------------------------------------------------

        Dictionary agents() {
            List<String> content = content();
            List<Agent> agents = new ArrayList<>();
            Map<String, List<String>> sets = new HashMap<>();
            for (int i = 0; i < content.size(); i++) {
                String l = content.get(i);
                int n = i + 1;
                if (l == null) {
                    continue;
                }
                if (l.startsWith("!") && l.contains("=") && l.indexOf('!', 1) > 0
                        && l.indexOf('!', 1) < l.indexOf('=')) {
                    int close = l.indexOf('!', 1);
                    String marker = l.substring(1, close).strip();
                    List<String> items = new ArrayList<>();
                    for (String item : l.substring(l.indexOf('=') + 1).split(",")) {
                        if (!item.isBlank()) {
                            items.add(item.strip());
                        }
                    }
                    if (marker.isEmpty() || items.isEmpty()) {
                        problem(n, "a substitution set needs !NAME! = ITEM, ITEM...; line skipped");
                    } else {
                        sets.put(marker, items);
                    }
                    continue;
                }
                int b = l.indexOf('[');
                if (b < 0) {
                    problem(n, "an agent needs a code in brackets; line skipped");
                    continue;
                }
                int close = l.indexOf(']', b);
                if (close < 0) {
                    problem(n, "the code has no closing ]; line skipped");
                    continue;
                }
                String raw = l.substring(b + 1, close).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
                boolean before = raw.endsWith("~") && !raw.startsWith("~");
                String code = raw.replace("~", "");
                if (!raw.contains("~") || raw.indexOf('~') != raw.lastIndexOf('~')
                        || !CODE.matcher(code).matches()) {
                    problem(n, "'" + l.substring(b, close + 1) + "' is not an agent code ([~CODE] or [CODE~]); "
                            + "line skipped");
                    continue;
                }
                String head = l.substring(0, b);
                List<String> plurals = null;
                int brace = head.indexOf('{');
                if (brace >= 0) {
                    int shut = head.indexOf('}', brace);
                    if (shut < 0) {
                        problem(n, "'{' without '}'; line skipped");
                        continue;
                    }
                    plurals = new ArrayList<>();
                    for (String f : head.substring(brace + 1, shut).strip().split("\\s+")) {
                        if (!f.isEmpty()) {
                            plurals.add(phrase(f));
                        }
                    }
                    head = head.substring(0, brace);
                }
                if (head.contains("!")) {
                    int a = head.indexOf('!');
                    int z = head.indexOf('!', a + 1);
                    if (z < 0) {
                        problem(n, "a substitution marker without its closing !; line skipped");
                        continue;
                    }
                    List<String> items = sets.get(head.substring(a + 1, z).strip());
                    if (items == null) {
                        problem(n, "the substitution set !" + head.substring(a + 1, z) + "! is not defined above; "
                                + "line skipped");
                        continue;
                    }
                    for (String item : items) {
                        String p = phrase(head.substring(0, a) + item + head.substring(z + 1));
                        if (badPhrase(p) == null) {
                            agents.add(new Agent(p, plurals == null ? List.of() : plurals, code, before, n));
                        }
                    }
                    continue;
                }
                String p = phrase(head);
                String bad = badPhrase(p);
                if (bad != null) {
                    problem(n, bad + "; line skipped");
                    continue;
                }
                agents.add(new Agent(p, plurals == null ? List.of(plural(p)) : plurals, code, before, n));
            }
            return new Dictionary(name, Kind.AGENTS, List.of(), agents, problems, notes);
        }
    }

    /** Underscores and runs of blanks to one blank, without a trailing underscore. */
    static String phrase(String s) {
        return s.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    /** Why a phrase cannot be read, or null when it can. */
    private static String badPhrase(String p) {
        if (p.isEmpty()) {
            return "an empty phrase";
        }
        for (int i = 0; i < p.length(); i++) {
            if (Character.isISOControl(p.charAt(i))) {
                return "a control character (U+" + String.format("%04X", (int) p.charAt(i)) + ") in '"
                        + p.replaceAll("\\p{Cntrl}", "?") + "'";
            }
        }
        if (!p.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return "'" + p + "' has no letters";
        }
        return null;
    }
}

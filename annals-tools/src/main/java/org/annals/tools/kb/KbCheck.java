package org.annals.tools.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lints the knowledge-base folder: every table has its comment block and the expected header, rows are sorted and
 * unique, cells are trimmed, codes and country codes exist, dates parse and periods do not overlap.
 *
 * <p>Usage: {@code KbCheck --kb DIR}; prints one line per problem and exits with 1 if there is any.
 */
public final class KbCheck {

    /** The tables of the folder and their headers, exactly. */
    static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

    static {
        HEADERS.put("countries.tsv", Countries.HEADER);
        HEADERS.put("former-countries.tsv", List.of("iso3", "name", "aliases", "adjectives", "until", "successor",
                "note"));
        HEADERS.put("places.tsv", Places.HEADER);
        HEADERS.put("regions.tsv", List.of("name", "aliases", "country", "kind", "adjectives"));
        HEADERS.put("organizations.tsv", List.of("name", "aliases", "code", "country", "type", "note"));
        HEADERS.put("media.tsv", List.of("name", "aliases", "code", "country", "type", "note"));
        HEADERS.put("groups.tsv", List.of("name", "aliases", "code", "country", "type", "note", "from", "to"));
        HEADERS.put("metonyms.tsv", List.of("phrase", "code", "type", "note"));
        HEADERS.put("people.tsv", List.of("name", "aliases", "country", "role", "code", "from", "to", "title",
                "note"));
        HEADERS.put("roles.tsv", List.of("phrase", "role", "type", "alone", "note"));
        HEADERS.put("given-names.tsv", List.of("name", "note"));
        HEADERS.put("successions.tsv", List.of("country", "part_of", "from", "note"));
    }

    /** Sector codes a role or a code suffix may use (PLOVER and CAMEO, plus HLH for health and IGO for officials). */
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM", "REB", "UAF", "UNK",
            "OPP", "PTY", "CVL", "REF", "BUS", "LAB", "AGR", "EDU", "REL", "CRM", "ELI", "SOC", "MED", "HLH", "PRE",
            "JRN");

    /** Non-state "country" parts of a code. */
    static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "ISM");

    static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    static final Set<String> REGION_KINDS = Set.of("region", "territory", "sea", "continent", "area",
            "former-state");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}([A-Z]{3}){0,3}");

    private final Path dir;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> iso3 = new HashSet<>();

    private KbCheck(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[0].equals("--kb")) {
            System.err.println("usage: KbCheck --kb KB_DIR");
            System.exit(2);
        }
        List<String> problems = check(Path.of(args[1]));
        problems.forEach(System.out::println);
        System.out.println(problems.isEmpty() ? "kb: ok" : "kb: " + problems.size() + " problem(s)");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** All problems found in the folder; empty when it is clean. */
    public static List<String> check(Path dir) throws IOException {
        KbCheck c = new KbCheck(dir);
        c.run();
        return c.problems;
    }

    private void run() throws IOException {
        Map<String, Tsv.Table> tables = new HashMap<>();
        for (Map.Entry<String, List<String>> e : HEADERS.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.exists(file)) {
                problem(e.getKey(), 0, "missing");
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.startsWith("# ")) {
                problem(e.getKey(), 1, "does not start with a comment block");
            }
            if (text.contains("\r")) {
                problem(e.getKey(), 0, "has carriage returns");
            }
            Tsv.Table t;
            try {
                t = Tsv.read(file);
            } catch (IllegalArgumentException ex) {
                problem(e.getKey(), 0, ex.getMessage());
                continue;
            }
            if (!t.header().equals(e.getValue())) {
                problem(e.getKey(), 0, "header " + t.header() + ", expected " + e.getValue());
                continue;
            }
            tables.put(e.getKey(), t);
            checkGeneric(e.getKey(), t);
        }
        for (String table : List.of("countries.tsv", "former-countries.tsv")) {
            Tsv.Table countries = tables.get(table);
            if (countries != null) {
                countries.rows().forEach(r -> iso3.add(r.get(0)));
            }
        }
        for (Map.Entry<String, Tsv.Table> e : tables.entrySet()) {
            checkSpecific(e.getKey(), e.getValue());
        }
    }

    private void checkGeneric(String file, Tsv.Table t) {
        List<String> previous = null;
        int nameColumn = Math.max(0, t.header().indexOf("name"));
        int aliasColumn = t.header().indexOf("aliases");
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            int line = i + 1;
            if (previous != null && Tsv.ROW_ORDER.compare(previous, row) >= 0) {
                problem(file, line, "not sorted or duplicate: " + row.get(0));
            }
            previous = row;
            if (row.get(0).isEmpty() || row.get(nameColumn).isEmpty()) {
                problem(file, line, "empty first column");
            }
            for (String cell : row) {
                if (!cell.equals(cell.strip())) {
                    problem(file, line, "cell with surrounding spaces: '" + cell + "'");
                }
            }
            if (aliasColumn >= 0 && !row.get(aliasColumn).isEmpty()) {
                List<String> values = List.of(row.get(aliasColumn).split("\\|", -1));
                Set<String> seen = new HashSet<>();
                for (String v : values) {
                    if (v.isEmpty() || !v.equals(v.strip())) {
                        problem(file, line, "empty or padded alias in " + row.get(aliasColumn));
                    } else if (!seen.add(v)) {
                        problem(file, line, "repeated alias " + v);
                    } else if (v.equals(row.get(nameColumn))) {
                        problem(file, line, "alias equals the name: " + v);
                    }
                }
            }
        }
    }

    private void checkSpecific(String file, Tsv.Table t) {
        List<String> h = t.header();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = t.rows().get(i);
            int line = i + 1;
            if (h.contains("country") && !file.equals("countries.tsv")) {
                String country = row.get(t.column("country"));
                if (!country.isEmpty() && !iso3.contains(country)) {
                    problem(file, line, "unknown country " + country);
                }
            }
            if (h.contains("code")) {
                checkCode(file, line, row.get(t.column("code")));
            }
            if (h.contains("type") && !TYPES.contains(row.get(t.column("type")))) {
                problem(file, line, "unknown type " + row.get(t.column("type")));
            }
            if (h.contains("alone") && !Set.of("", "home", "title").contains(row.get(t.column("alone")))) {
                problem(file, line, "alone must be empty, \"home\" or \"title\", not " + row.get(t.column("alone")));
            }
            if (h.contains("from") && h.contains("to")) {
                checkPeriod(file, line, row.get(t.column("from")), row.get(t.column("to")));
            }
            switch (file) {
                case "regions.tsv" -> {
                    if (!REGION_KINDS.contains(row.get(3))) {
                        problem(file, line, "unknown kind " + row.get(3));
                    }
                    if (!row.get(4).isEmpty() && row.get(2).isEmpty()) {
                        problem(file, line, "adjectives for an area of no one country");
                    }
                }
                case "roles.tsv" -> {
                    if (!row.get(0).equals(row.get(0).toLowerCase(java.util.Locale.ROOT))) {
                        problem(file, line, "phrase not lower case: " + row.get(0));
                    }
                    if (!SECTORS.contains(row.get(1))) {
                        problem(file, line, "unknown role " + row.get(1));
                    }
                }
                case "people.tsv" -> checkPerson(file, line, row);
                case "former-countries.tsv" -> {
                    if (!row.get(0).matches("[A-Z]{3}") || !iso3.contains(row.get(5))) {
                        problem(file, line, "iso3 " + row.get(0) + " or successor " + row.get(5) + " is not a code");
                    }
                    checkPeriod(file, line, "", row.get(4));
                }
                case "successions.tsv" -> {
                    if (!iso3.contains(row.get(1))) {
                        problem(file, line, "unknown country " + row.get(1));
                    }
                    checkPeriod(file, line, row.get(2), "");
                }
                case "groups.tsv", "organizations.tsv", "media.tsv" -> {
                    String country = row.get(3);
                    String code = row.get(2);
                    if (!country.isEmpty() && !code.startsWith(country) && !code.startsWith("NGO")
                            && !code.startsWith("IGO")) {
                        problem(file, line, "code " + code + " does not start with country " + country);
                    }
                }
                default -> {
                }
            }
        }
        if (file.equals("people.tsv")) {
            checkOverlaps(file, t, List.of(0, 7));
        } else if (file.equals("groups.tsv")) {
            checkOverlaps(file, t, List.of(0));
        }
    }

    private void checkPerson(String file, int line, List<String> row) {
        String country = row.get(2);
        String role = row.get(3);
        String code = row.get(4);
        if (row.get(7).isEmpty()) {
            problem(file, line, "no title");
        }
        if (role.equals("IGO")) {
            if (!country.isEmpty() || !code.startsWith("IGO")) {
                problem(file, line, "IGO official needs an empty country and an IGO code");
            }
        } else if (!SECTORS.contains(role)) {
            problem(file, line, "unknown role " + role);
        } else if (!code.equals(country + role)) {
            problem(file, line, "code " + code + " is not country + role " + country + role);
        }
    }

    private void checkCode(String file, int line, String code) {
        if (!CODE.matcher(code).matches()) {
            problem(file, line, "malformed code " + code);
            return;
        }
        String head = code.substring(0, 3);
        if (!iso3.contains(head) && !NON_STATE.contains(head)) {
            problem(file, line, "code " + code + " starts with neither a country nor " + NON_STATE);
        }
        if (!NON_STATE.contains(head) && code.length() >= 6 && !SECTORS.contains(code.substring(3, 6))) {
            problem(file, line, "code " + code + " has an unknown sector");
        }
    }

    private void checkPeriod(String file, int line, String from, String to) {
        LocalDate f = date(file, line, from);
        LocalDate t = date(file, line, to);
        if (f != null && t != null && f.isAfter(t)) {
            problem(file, line, "from " + from + " after to " + to);
        }
    }

    private LocalDate date(String file, int line, String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            if (s.length() != 10) {
                throw new DateTimeParseException("not YYYY-MM-DD", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(file, line, "bad date " + s);
            return null;
        }
    }

    /** Rows with the same key columns must not share more than one day (the day of a handover). */
    private void checkOverlaps(String file, Tsv.Table t, List<Integer> keyColumns) {
        int from = t.column("from");
        int to = t.column("to");
        Map<List<String>, List<List<String>>> byKey = new HashMap<>();
        for (List<String> row : t.rows()) {
            List<String> key = keyColumns.stream().map(row::get).toList();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<List<String>, List<List<String>>> e : byKey.entrySet()) {
            List<List<String>> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                for (int j = i + 1; j < rows.size(); j++) {
                    LocalDate a0 = parseOr(rows.get(i).get(from), LocalDate.MIN);
                    LocalDate a1 = parseOr(rows.get(i).get(to), LocalDate.MAX);
                    LocalDate b0 = parseOr(rows.get(j).get(from), LocalDate.MIN);
                    LocalDate b1 = parseOr(rows.get(j).get(to), LocalDate.MAX);
                    LocalDate start = a0.isAfter(b0) ? a0 : b0;
                    LocalDate end = a1.isBefore(b1) ? a1 : b1;
                    if (start.isBefore(end)) {
                        problem(file, 0, "overlapping periods for " + e.getKey() + ": " + rows.get(i).get(from)
                                + ".." + rows.get(i).get(to) + " and " + rows.get(j).get(from) + ".."
                                + rows.get(j).get(to));
                    }
                }
            }
        }
    }

    private static LocalDate parseOr(String s, LocalDate fallback) {
        try {
            return s.isEmpty() ? fallback : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private void problem(String file, int row, String message) {
        problems.add(file + (row > 0 ? " row " + row : "") + ": " + message);
    }
}

package org.annals.core.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The combination table ({@code combinations.tsv}): what a pattern (the governor) and the pattern of its
 * complement make together. A rule is keyed by the governor's category and the complement's category, or the
 * complement's category and mode ({@code COERCE/arrest}), the more precise key first.
 */
final class Combinations {

    /** Which of the two stands. */
    enum Keep {
        /** The governor, with the rule's outcome when it has one; the complement is not coded apart. */
        GOVERNOR,
        /** The complement; the governor is not coded ("deployed troops to attack" is the attack). */
        COMPLEMENT
    }

    /**
     * One line of the table.
     *
     * @param links the words that link the two ({@code to}, {@code that}, {@code of}, ...)
     * @param keep which stands
     * @param outcome the governor's new category, mode and code, or null to keep its own; a mode written
     *                {@code *} takes the complement's mode
     * @param targetAfterComplement true when the target is looked for after the complement ("threatened to cut
     *                              ties with Russia"), false when after the governor ("urged Israel to withdraw")
     */
    record Rule(Set<String> links, Keep keep, Pattern.Outcome outcome, boolean targetAfterComplement) {

        /** The governor's outcome, its mode taken from the complement where the rule says {@code *}. */
        Pattern.Outcome outcome(Pattern governor, Pattern complement) {
            if (outcome == null) {
                return new Pattern.Outcome(governor.type(), governor.mode(), governor.cameo());
            }
            if ("*".equals(outcome.mode())) {
                String mode = complement.mode() != null && Plover.isMode(outcome.type(), complement.mode())
                        ? complement.mode() : null;
                return new Pattern.Outcome(outcome.type(), mode, outcome.cameo());
            }
            return outcome;
        }
    }

    /** The governor of the rules that say what an event told in the future becomes. */
    static final String FUTURE = "FUTURE";

    private final Map<String, Rule> rules = new HashMap<>();

    Combinations(List<String[]> rows, List<String> problems) {
        for (String[] r : rows) {
            String governor = r[0];
            String complement = r[1];
            String where = r[4];
            String complementType = complement.contains("/") ? complement.substring(0, complement.indexOf('/'))
                    : complement;
            if (!(Plover.isCategory(governor) || governor.equals(FUTURE))
                    || !(Plover.isCategory(complementType) || complement.equals("*"))) {
                problems.add(where + ": the governor must be a PLOVER category or FUTURE, the complement a PLOVER "
                        + "category (perhaps with /mode) or *");
                continue;
            }
            Set<String> links = Set.of(r[2].split("\\|"));
            if (!r[5].isEmpty() && !r[5].equals("governor") && !r[5].equals("complement")) {
                problems.add(where + ": target must be governor or complement, not '" + r[5] + "'");
                continue;
            }
            boolean after = r[5].equals("complement");
            String result = r[3].strip();
            Rule rule;
            if (result.equals("complement")) {
                rule = new Rule(links, Keep.COMPLEMENT, null, false);
            } else if (result.equals("governor")) {
                rule = new Rule(links, Keep.GOVERNOR, null, after);
            } else {
                Pattern.Outcome o;
                try {
                    o = Pattern.Outcome.parse(result);
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": result: " + e.getMessage());
                    continue;
                }
                if (!Plover.isCategory(o.type()) || o.mode() != null && !o.mode().equals("*")
                        && !Plover.isMode(o.type(), o.mode())) {
                    problems.add(where + ": result: '" + result + "' is not a PLOVER category and mode");
                    continue;
                }
                rule = new Rule(links, Keep.GOVERNOR, o, after);
            }
            if (governor.equals(FUTURE) && rule.outcome() == null) {
                problems.add(where + ": a FUTURE rule needs an outcome (TYPE[/mode] CAMEO)");
                continue;
            }
            // a later line overrides an earlier one
            rules.put(governor + ">" + complement, rule);
        }
    }

    /** The rule for a governor and its complement, or null: by mode, then by category, then for any. */
    Rule rule(Pattern governor, Pattern complement) {
        return lookup(governor.type(), complement);
    }

    /** What an event of this pattern becomes when told in the future, or null when it stays what it is. */
    Pattern.Outcome future(Pattern p) {
        Rule r = lookup(FUTURE, p);
        return r == null ? null : r.outcome(p, p);
    }

    private Rule lookup(String governor, Pattern complement) {
        Rule r = null;
        if (complement.mode() != null) {
            r = rules.get(governor + ">" + complement.type() + "/" + complement.mode());
        }
        if (r == null) {
            r = rules.get(governor + ">" + complement.type());
        }
        return r != null ? r : rules.get(governor + ">*");
    }
}

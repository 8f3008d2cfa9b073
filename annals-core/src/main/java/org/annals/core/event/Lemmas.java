package org.annals.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;

/**
 * The possible lemmas of an English word form, enough to match patterns by lemma: the irregular verbs of
 * {@code irregular-verbs.tsv}, and the regular endings by rule ({@code -s}, {@code -es}, {@code -ies},
 * {@code -ed}, {@code -ied}, {@code -ing}, doubled consonants). A form may give several candidates; the
 * pattern dictionary decides which one is a word it knows.
 */
final class Lemmas {

    private final Map<String, String> irregular = new HashMap<>();

    static final Lemmas BUILTIN = load();

    private static Lemmas load() {
        Lemmas l = new Lemmas();
        for (Tsv.Row r : Resources.tsv(Lemmas.class, "irregular-verbs.tsv", "lemma", "forms")) {
            for (String f : r.list("forms")) {
                l.irregular.putIfAbsent(f, r.get("lemma"));
            }
        }
        return l;
    }

    /** True for an irregular form that may be a past participle ("held", "taken", "shot"). */
    boolean isIrregularParticiple(String lower) {
        return irregular.containsKey(lower);
    }

    /** The lower-case form itself first, then the lemmas it may have; "reimposed" also as "imposed". */
    List<String> candidates(String lower) {
        List<String> out = base(lower);
        boolean again = lower.length() > 6 && lower.startsWith("re") && lower.charAt(2) != '-';
        boolean againHyphen = lower.length() > 6 && lower.startsWith("re-");
        if (again || againHyphen) {
            // "reimposed", "re-opened": the verb again
            for (String c : base(lower.substring(againHyphen ? 3 : 2))) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private List<String> base(String lower) {
        List<String> out = new ArrayList<>(4);
        out.add(lower);
        String irr = irregular.get(lower);
        if (irr != null) {
            out.add(irr);
        }
        int n = lower.length();
        if (n > 4 && lower.endsWith("ies")) {
            out.add(lower.substring(0, n - 3) + "y");
        } else if (n > 3 && lower.endsWith("es")) {
            String stem = lower.substring(0, n - 2);
            // "-es" after a hissing sound or o ("reaches", "taxes", "vetoes"); else the "e" is the verb's own
            // ("releases"), and "departes" is no form of "depart"
            if (stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch")
                    || stem.endsWith("sh") || stem.endsWith("o")) {
                out.add(stem);
            }
            out.add(lower.substring(0, n - 1));
        } else if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            out.add(lower.substring(0, n - 1));
        } else if (n > 4 && lower.endsWith("ied")) {
            out.add(lower.substring(0, n - 3) + "y");
        } else if (n > 3 && lower.endsWith("ed")) {
            String stem = lower.substring(0, n - 2);
            out.add(lower.substring(0, n - 1));
            out.add(stem);
            if (doubled(stem)) {
                out.add(stem.substring(0, stem.length() - 1));
            }
        } else if (n > 4 && lower.endsWith("ing")) {
            String stem = lower.substring(0, n - 3);
            out.add(stem);
            out.add(stem + "e");
            if (doubled(stem)) {
                out.add(stem.substring(0, stem.length() - 1));
            }
        }
        return out;
    }

    private static boolean doubled(String s) {
        int n = s.length();
        return n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "aeiou".indexOf(s.charAt(n - 1)) < 0;
    }
}

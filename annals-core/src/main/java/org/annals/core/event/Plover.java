package org.annals.core.event;

import java.util.List;
import java.util.Map;

/**
 * The 16 PLOVER categories of the current manual and their modes, as {@code ../shared/PLOVER.md} lists them
 * (our restatement of the PLOVER manual): used to check the pattern tables.
 */
public final class Plover {

    /** Each category with its modes (AGREE, CONSULT's reciprocal, SUPPORT, CONCEDE, COOPERATE, AID have few). */
    static final Map<String, List<String>> MODES = Map.ofEntries(
            Map.entry("AGREE", List.of()),
            Map.entry("CONSULT", List.of("visit", "third-party", "multilateral", "phone")),
            Map.entry("SUPPORT", List.of()),
            Map.entry("CONCEDE", List.of()),
            Map.entry("COOPERATE", List.of()),
            Map.entry("AID", List.of()),
            Map.entry("RETREAT", List.of("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
            Map.entry("REQUEST", List.of("assist", "change", "yield", "meet")),
            Map.entry("ACCUSE", List.of("disapprove", "investigate", "allege")),
            Map.entry("REJECT", List.of("assist", "change", "yield", "meet")),
            Map.entry("THREATEN", List.of("restrict", "arrest", "relations", "expel", "territory", "violence")),
            Map.entry("PROTEST", List.of("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
            Map.entry("SANCTION", List.of("convict", "expel", "withdraw", "discontinue")),
            Map.entry("MOBILIZE", List.of("troops", "weapons", "police", "militia")),
            Map.entry("COERCE", List.of("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                    "withhold", "misinformation", "cyber")),
            Map.entry("ASSAULT", List.of("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                    "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                    "unconventional")));

    private Plover() {
    }

    /** True for one of the 16 categories. */
    public static boolean isCategory(String type) {
        return MODES.containsKey(type);
    }

    /** True when {@code mode} is a mode of {@code type}. */
    public static boolean isMode(String type, String mode) {
        return MODES.getOrDefault(type, List.of()).contains(mode);
    }
}

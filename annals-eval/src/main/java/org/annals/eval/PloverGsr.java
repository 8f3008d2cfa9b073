package org.annals.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The PLOVER gold-standard records (PLOVER_GSR, a JSON array): one coded event per record, with the sentence
 * it was coded from. Categories of PLOVER 0.5b1 are mapped to the 16 of the current manual: DEMAND to REQUEST,
 * DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT; and the three kinds of events the current manual moved to
 * another category are scored where 0.5b1 put them ({@link #as05b1}).
 */
public final class PloverGsr {

    /** The 0.5b1 categories that the current PLOVER renamed or merged. */
    public static final Map<String, String> TO_CURRENT = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /**
     * The CAMEO codes whose events the current manual files under another category than 0.5b1 did, each with the
     * category 0.5b1 gave them (as {@link #TO_CURRENT} names it). 0.5b1 followed CAMEO's roots: an intention to
     * yield (CAMEO 035, "will release the hostages") was AGREE, an apology (055) SUPPORT, an embargo (163)
     * SANCTION. The current manual codes a retreat announced for the future and an apology as CONCEDE, and an
     * embargo as COERCE.
     */
    public static final Map<String, String> MOVED_SINCE_05B1 = Map.of("035", "AGREE", "055", "SUPPORT",
            "163", "SANCTION");

    /**
     * The category a PLOVER 0.5b1 coder gives an event coded today as {@code category} with CAMEO code
     * {@code cameo} (null for none), named as the current manual names it.
     */
    public static String as05b1(String category, String cameo) {
        if (cameo != null) {
            for (var m : MOVED_SINCE_05B1.entrySet()) {
                if (cameo.startsWith(m.getKey())) {
                    return m.getValue();
                }
            }
        }
        return category;
    }

    /**
     * One gold record.
     *
     * @param id the record's id
     * @param text the sentence
     * @param category the PLOVER category, mapped to the current 16
     * @param source the countries (or IGO, NGO, ...) of the source actors
     * @param target the countries of the target actors
     * @param reciprocal true when the actors are marked as both source and target (SRC/TAR)
     * @param dead the dead it reports, or -1
     * @param injured the injured it reports, or -1
     */
    public record Record(String id, String text, String category, Set<String> source, Set<String> target,
                         boolean reciprocal, int dead, int injured) {
    }

    private PloverGsr() {
    }

    /** The event records of a file (the documentation record is left out). */
    public static List<Record> read(Reader in, String name) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IOException(name + ": not a JSON array of PLOVER records: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(name + ": not a JSON array of PLOVER records");
        }
        List<Record> out = new ArrayList<>();
        int index = 0;
        for (JsonNode r : root) {
            index++;
            String event = r.path("event").asText("");
            if (event.isEmpty() || event.equals("DOCUMENT")) {
                continue;
            }
            String text = r.path("text").asText(null);
            if (text == null) {
                throw new IOException(name + ": record " + index + " (" + r.path("id").asText("?") + ") has no text");
            }
            String markup = r.path("textInfo").path("markup").asText("");
            out.add(new Record(r.path("id").asText(), text, TO_CURRENT.getOrDefault(event, event),
                    codes(r.path("source")), codes(r.path("target")), markup.contains("SRC/TAR"),
                    number(r.path("dead")), number(r.path("injured"))));
        }
        return out;
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new TreeSet<>();
        for (JsonNode a : actors) {
            String code = a.path("code").asText("").toUpperCase(Locale.ROOT);
            if (code.length() >= 3) {
                out.add(code.substring(0, 3));
            }
        }
        return out;
    }

    private static int number(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return -1;
        }
        try {
            return Integer.parseInt(n.asText().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

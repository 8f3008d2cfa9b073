package org.annals.core.event;

import java.util.HashMap;
import java.util.Map;

import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;

/**
 * CAMEO codes to PLOVER categories and modes ({@code cameo-plover.tsv}): the line of the longest code that
 * starts the given one decides. Codes are read by their leading digits ({@code 174K} as {@code 174}).
 */
public final class CameoPlover {

    /**
     * What a CAMEO code is in PLOVER.
     *
     * @param type the PLOVER category, or null when the code has no PLOVER event
     * @param mode the PLOVER mode, or null
     */
    public record Category(String type, String mode) {
    }

    private final Map<String, Category> byPrefix = new HashMap<>();

    private CameoPlover() {
    }

    /** The built-in table. */
    public static CameoPlover builtin() {
        return Holder.BUILTIN;
    }

    private static final class Holder {
        static final CameoPlover BUILTIN = load();
    }

    private static CameoPlover load() {
        CameoPlover m = new CameoPlover();
        for (Tsv.Row r : Resources.tsv(CameoPlover.class, "cameo-plover.tsv", "cameo", "type", "mode")) {
            String type = r.get("type").isEmpty() ? null : r.get("type");
            String mode = r.get("mode").isEmpty() ? null : r.get("mode");
            if (type != null && !Plover.isCategory(type) || mode != null && !Plover.isMode(type, mode)) {
                throw new IllegalStateException("cameo-plover.tsv:" + r.line() + ": not a PLOVER category and mode");
            }
            m.byPrefix.put(r.get("cameo"), new Category(type, mode));
        }
        return m;
    }

    /** The PLOVER category of a CAMEO code; a category with a null type when PLOVER has no event for it. */
    public Category of(String cameo) {
        int digits = 0;
        while (digits < cameo.length() && Character.isDigit(cameo.charAt(digits))) {
            digits++;
        }
        for (int n = digits; n >= 2; n--) {
            Category c = byPrefix.get(cameo.substring(0, n));
            if (c != null) {
                return c;
            }
        }
        return new Category(null, null);
    }
}

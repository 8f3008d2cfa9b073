package org.annals.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Coordinates of the places of the built-in knowledge base. A place's knowledge-base id ends with the line of
 * {@code kb/places.tsv} it came from ({@code capitals/KEN/nairobi/13839}); that line gives its latitude and
 * longitude. Read once, on first use.
 */
final class Places {

    private static final String TABLE = "/org/annals/core/kb/places.tsv";
    private static List<String[]> lines;
    private static int lat = -1;
    private static int lon = -1;

    private Places() {
    }

    /** {@code [lat, lon]} of the place a knowledge-base id names, or {@code null} when it is no place of the table. */
    static synchronized String[] coordinates(String kb) {
        if (kb == null || !(kb.startsWith("places/") || kb.startsWith("capitals/"))) {
            return null;
        }
        int slash = kb.lastIndexOf('/');
        int line;
        try {
            line = Integer.parseInt(kb.substring(slash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        List<String[]> all = load();
        if (line < 1 || line > all.size() || lat < 0) {
            return null;
        }
        String[] f = all.get(line - 1);
        return f.length > Math.max(lat, lon) ? new String[] {f[lat], f[lon]} : null;
    }

    private static List<String[]> load() {
        if (lines != null) {
            return lines;
        }
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Places.class.getResourceAsStream(TABLE)) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String s = r.readLine(); s != null; s = r.readLine()) {
                    String[] f = s.split("\t", -1);
                    if (lat < 0 && !s.startsWith("#") && s.startsWith("name\t")) {
                        lat = List.of(f).indexOf("lat");
                        lon = List.of(f).indexOf("lon");
                    }
                    out.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines = out;
        return out;
    }
}

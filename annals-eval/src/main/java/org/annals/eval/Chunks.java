package org.annals.eval;

import java.util.ArrayList;
import java.util.List;

import org.annals.core.tag.NerTagger.Entity;

/**
 * Entity spans from IOB tags, read the way conlleval reads them: {@code B-X} opens an entity of type X;
 * {@code I-X} goes on with an open entity of type X and opens a new one otherwise (so IOB1, where entities
 * open with {@code I-}, and IOB2 read alike); {@code O} closes.
 */
public final class Chunks {

    private Chunks() {
    }

    /** True for {@code O}, {@code B-TYPE} and {@code I-TYPE} with a non-empty type. */
    public static boolean isTag(String tag) {
        return tag.equals("O") || (tag.length() > 2 && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I')
                && tag.charAt(1) == '-');
    }

    /** The entities of one sentence's tags, as token ranges {@code [start, end)} shifted by {@code offset}. */
    public static List<Entity> of(List<String> tags, int offset) {
        List<Entity> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            if (!isTag(tag)) {
                throw new IllegalArgumentException("'" + tag + "' is not a tag");
            }
            String t = tag.equals("O") ? null : tag.substring(2);
            boolean goesOn = t != null && tag.charAt(0) == 'I' && t.equals(type);
            if (goesOn) {
                continue;
            }
            if (type != null) {
                out.add(new Entity(offset + start, offset + i, type));
            }
            start = i;
            type = t;
        }
        return out;
    }
}

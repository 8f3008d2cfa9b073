package org.annals.core.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.EntityType;
import org.annals.core.model.Mention;
import org.annals.core.model.Span;

/**
 * Look-ups over a document's mention layer (in text order) for the stages that attach actors to what they
 * find: the mention inside a phrase, the nearest mention before an offset. A mention is of the type of its actor
 * ("Kherson reported ..." may read as an organisation in its sentence; the actor is still a place). Every
 * look-up tolerates an empty layer (the entity stage did not run) and skips mentions with no actor.
 */
public final class Mentions {

    /** What separates the words of a mention. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Mention> mentions;
    private final Map<String, EntityType> actorTypes = new HashMap<>();
    /** The largest end of the mentions up to each index: a look-up by end is a binary search over it. */
    private final int[] maxEnd;

    /** Look-ups over the mentions and actors of an analysis. */
    public Mentions(Analysis analysis) {
        this.mentions = analysis.mentions();
        for (Actor a : analysis.actors()) {
            actorTypes.put(a.id(), a.type());
        }
        maxEnd = new int[mentions.size()];
        for (int i = 0; i < maxEnd.length; i++) {
            maxEnd[i] = Math.max(i == 0 ? Integer.MIN_VALUE : maxEnd[i - 1], mentions.get(i).span().end());
        }
    }

    /** The type of what a mention refers to: its actor's, else its own. */
    public EntityType typeOf(Mention m) {
        return actorTypes.getOrDefault(m.actor(), m.type());
    }

    /** True when there are no mentions at all. */
    public boolean isEmpty() {
        return mentions.isEmpty();
    }

    /**
     * The mention with an actor that overlaps {@code span}, preferring persons, then organisations, then
     * locations, and the first in text order among equals; {@code null} if none.
     */
    public Mention best(Span span) {
        Mention best = null;
        if (span.isEmpty()) {
            return null;
        }
        for (int i = firstEndingAfter(span.start()); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().start() >= span.end()) {
                break;
            }
            if (m.actor() != null && m.span().overlaps(span)
                    && (best == null || typeOf(m).ordinal() < typeOf(best).ordinal())) {
                best = m;
            }
        }
        return best;
    }

    /** True when a mention of one of {@code types}, with an actor, overlaps {@code span}. */
    public boolean any(Span span, EntityType... types) {
        for (int i = firstEndingAfter(span.start()); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().start() >= span.end()) {
                break;
            }
            if (m.actor() != null && m.span().overlaps(span)) {
                for (EntityType t : types) {
                    if (typeOf(m) == t) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The last mention of {@code type} with an actor that ends at or before {@code offset} and lies in none of
     * the {@code excluded} spans; {@code null} if none.
     */
    public Mention lastBefore(int offset, EntityType type, List<Span> excluded) {
        // (the mentions before the first that ends after the offset, from the last back)
        for (int i = firstEndingAfter(offset) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (typeOf(m) == type && m.actor() != null && !inAny(m.span(), excluded)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The last mention of {@code type} with an actor that ends at or before {@code offset} and whose words hold
     * {@code word} (in any case): the body that "the ministry" or "the council" takes up; {@code null} if none.
     */
    public Mention lastHolding(int offset, EntityType type, String word) {
        for (int i = firstEndingAfter(offset) - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (typeOf(m) == type && m.actor() != null && holdsWord(m.text(), word)) {
                return m;
            }
        }
        return null;
    }

    private static boolean holdsWord(String text, String word) {
        for (String w : NON_WORD.split(text)) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** The mentions of {@code type} with an actor that lie inside {@code span}, in text order. */
    public List<Mention> inside(Span span, EntityType type) {
        // in text order: none that starts before the span or after its end lies inside it
        List<Mention> out = new ArrayList<>(2);
        for (int i = firstFrom(span.start()); i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.span().start() > span.end()) {
                break;
            }
            if (typeOf(m) == type && m.actor() != null && span.contains(m.span())) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The index of the first mention that ends after {@code offset}, or the number of mentions. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first mention that starts at or after {@code offset} (the mentions are in text order). */
    private int firstFrom(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean inAny(Span s, List<Span> spans) {
        for (Span x : spans) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }
}

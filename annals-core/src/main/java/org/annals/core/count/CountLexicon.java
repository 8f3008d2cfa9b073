package org.annals.core.count;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.kb.PhraseIndex;
import org.annals.core.kb.Resources;
import org.annals.core.kb.Tsv;
import org.annals.core.model.Token;
import org.annals.core.text.Tokenizer;

/**
 * The words of {@code count-words.tsv}, one phrase trie per class, compiled once. Immutable once loaded.
 */
public final class CountLexicon {

    /** The classes of {@code count-words.tsv}; see its header. */
    public enum Role {
        NUMBER, SCALE, SUFFIX, VAGUE, QUALIFIER, KIND_AFTER, KIND_BEFORE, KIND_OF, TOLL, PEOPLE, UNIT,
        CURRENCY_BEFORE, CURRENCY_AFTER, AID, AUX, STOP, ASIDE, LINK, JOIN, PLACE_BEFORE, NOT_BEFORE, NOT_AFTER, MONTH,
        YEAR_BEFORE
    }

    /**
     * A phrase of one class found in the text.
     *
     * @param start its first token
     * @param end one past its last token
     * @param value the value column ({@code ""} when the class has none)
     */
    public record Hit(int start, int end, String value) {

        /** The value as a number. */
        public double number() {
            return Double.parseDouble(value);
        }
    }

    /** The longest phrase of any class, in tokens (bounds the backward look-ups). */
    private static final int MAX_WORDS = 6;

    private static final CountLexicon STANDARD =
            of(Resources.tsv(CountLexicon.class, "count-words.tsv", "phrase", "class", "value"));

    private final Map<Role, PhraseIndex<String>> byRole;

    private CountLexicon(Map<Role, PhraseIndex<String>> byRole) {
        this.byRole = byRole;
    }

    /** The lexicon shipped with annals ({@code org/annals/core/count/count-words.tsv}). */
    public static CountLexicon standard() {
        return STANDARD;
    }

    /**
     * A lexicon from rows in the format of {@code count-words.tsv} (columns {@code phrase}, {@code class},
     * {@code value}, {@code note}).
     *
     * @throws IllegalArgumentException when a class is unknown
     */
    public static CountLexicon of(List<Tsv.Row> rows) {
        Map<Role, PhraseIndex<String>> byRole = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            byRole.put(r, new PhraseIndex<>(true));
        }
        for (Tsv.Row row : rows) {
            Role role = Role.valueOf(row.get("class").toUpperCase(Locale.ROOT).replace('-', '_'));
            String[] words = Tokenizer.INSTANCE.words(row.get("phrase"));
            if (words.length > MAX_WORDS) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": longer than " + MAX_WORDS + " tokens");
            }
            byRole.get(role).add(words, row.get("value"));
        }
        return new CountLexicon(byRole);
    }

    /** The longest phrase of {@code role} that starts at token {@code i} and ends by {@code limit}, or null. */
    public Hit at(Role role, List<Token> tokens, int i, int limit) {
        if (i < 0 || i >= limit) {
            return null;
        }
        PhraseIndex.Match<String> m = byRole.get(role).longest(tokens, i, limit);
        return m == null ? null : new Hit(m.start(), m.end(), m.values().get(0));
    }

    /** The longest phrase of {@code role} that ends just before token {@code end} and starts at or after
     * {@code floor}, or null. */
    public Hit endingAt(Role role, List<Token> tokens, int end, int floor) {
        for (int start = Math.max(floor, end - MAX_WORDS); start < end; start++) {
            Hit h = at(role, tokens, start, end);
            if (h != null && h.end() == end) {
                return h;
            }
        }
        return null;
    }

    /** True when a phrase of {@code role} starts at token {@code i} (within {@code limit}). */
    public boolean startsAt(Role role, List<Token> tokens, int i, int limit) {
        return at(role, tokens, i, limit) != null;
    }

    /** The value of a phrase of {@code role} that is exactly {@code word}, or {@code null}. */
    public String valueOf(Role role, String word) {
        List<String> v = byRole.get(role).get(new String[] {word});
        return v.isEmpty() ? null : v.get(0);
    }
}

package org.annals.core.kb;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Unmodifiable sets and maps for the look-ups of hot paths (a word list asked of every token), where {@code
 * Set.of} and {@code Map.copyOf} would do: those find a slot by the remainder of a division and compare the
 * word with every key they probe, while a hash set masks the hash and compares the keys' hashes first, which
 * most words, held by no list, fail at once. Like those, they refuse null elements and keys; iteration order is
 * not to be relied on.
 */
public final class Lookups {

    private Lookups() {
    }

    /** The set of {@code elements}, which must be distinct. */
    @SafeVarargs
    public static <E> Set<E> set(E... elements) {
        Set<E> s = new HashSet<>(elements.length * 2);
        for (E e : elements) {
            if (!s.add(Objects.requireNonNull(e))) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** An unmodifiable copy of {@code elements}. */
    public static <E> Set<E> copyOf(Collection<? extends E> elements) {
        Set<E> s = new HashSet<>(elements.size() * 2);
        for (E e : elements) {
            s.add(Objects.requireNonNull(e));
        }
        return Collections.unmodifiableSet(s);
    }

    /** An unmodifiable copy of {@code map}. */
    public static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        Map<K, V> m = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> m.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return Collections.unmodifiableMap(m);
    }
}

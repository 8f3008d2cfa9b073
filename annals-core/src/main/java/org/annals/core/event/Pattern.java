package org.annals.core.event;

import java.util.List;
import java.util.Map;

/**
 * One line of the pattern dictionary: the elements to match and what the event is.
 *
 * @param elements words (lemmas), {@code *} gaps and {@code {CLASS}} classes; the first is the trigger
 * @param noun true when the trigger is a noun
 * @param type PLOVER category
 * @param mode PLOVER mode, or null
 * @param cameo CAMEO code
 * @param roles how the participants are found (see {@code patterns.tsv})
 * @param line where it is defined, for messages
 */
record Pattern(List<String> elements, boolean noun, String type, String mode, String cameo,
               Map<String, String> roles, String line) {

    /** The number of words and classes it requires: longer patterns win. */
    int weight() {
        int w = 0;
        for (String e : elements) {
            if (!e.equals("*")) {
                w++;
            }
        }
        return w;
    }
}

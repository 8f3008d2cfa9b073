package org.annals.core.time;

import java.util.List;
import java.util.Map;

import org.annals.core.model.Timex;

/**
 * One compiled rule of the grammar ({@code patterns.txt}).
 *
 * @param index its position in the grammar: among equally long matches the lower index wins
 * @param type the TIMEX3 type of what it finds
 * @param anaphoric true when the expression counts from a date in the text, not from the writer's now
 * @param presets slot values the words imply without a token giving them, as features of no tokens (an {@link
 *     java.util.EnumMap}, so that a match's slots start as a copy of it: not to be changed)
 * @param elements what it matches, in order
 * @param source the rule as written, for messages
 */
record Rule(int index, Timex.Type type, boolean anaphoric, Map<TokenClass, Feature> presets, List<Element> elements,
            String source) {

    /**
     * One element of a rule or macro.
     *
     * @param kind what the element does
     * @param classes the token classes it accepts (for {@link Kind#ATOM} and assertions)
     * @param literals the lower-case token texts it accepts (for {@link Kind#ATOM} and assertions)
     * @param literalIds the numbers of the literals among the grammar's words ({@link Grammar#words()})
     * @param alternatives the sequences of a macro (for {@link Kind#MACRO})
     * @param optional true when it may be skipped
     */
    record Element(Kind kind, List<TokenClass> classes, List<String> literals, int[] literalIds,
                   List<List<Element>> alternatives, boolean optional) {

        /** True when the token at {@code i} is one of this element's classes or literals. */
        boolean accepts(TokenView v, int i) {
            for (TokenClass c : classes) {
                if (v.has(i, c)) {
                    return true;
                }
            }
            return isLiteral(v.wordId(i));
        }

        /** True when the grammar's word of number {@code wordId} is one of this element's literals. */
        boolean isLiteral(int wordId) {
            for (int id : literalIds) {
                if (id == wordId) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What an element does. */
    enum Kind {
        /** consumes one token (a literal) or a feature's length of tokens (a class), capturing classes */
        ATOM,
        /** matches one of several sequences */
        MACRO,
        /** zero-width: the next token is not accepted */
        NOT_AHEAD,
        /** zero-width: the token before is accepted */
        BEHIND,
        /** zero-width: the token before is not accepted */
        NOT_BEHIND
    }
}

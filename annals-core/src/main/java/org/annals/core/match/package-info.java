/**
 * Helpers shared by the stages that match word lists and patterns over tokens:
 * {@link org.annals.core.match.TokenView} (the tokens as lower-cased arrays with their sentences and blocks) and
 * {@link org.annals.core.match.Mentions} (look-ups in the mention layer). Word lists themselves are read with
 * {@link org.annals.core.kb.Tsv} and compiled into {@link org.annals.core.kb.PhraseIndex} tries.
 */
package org.annals.core.match;

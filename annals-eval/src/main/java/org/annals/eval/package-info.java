/**
 * Scoring annals against gold data: {@link org.annals.eval.ConllReader} reads CoNLL column files,
 * {@link org.annals.eval.Chunks} turns IOB tags into entity spans and {@link org.annals.eval.NerScorer}
 * scores predicted entities against gold ones, conlleval-style (exact span and type, micro-averaged).
 * {@link org.annals.eval.TimeMl} reads TimeML documents (the creation time, the text with its gold
 * {@code TIMEX3} extents) and {@link org.annals.eval.TimexScorer} scores temporal expressions as TempEval-3
 * does (strict and relaxed extents, value and type over relaxed matches).
 */
package org.annals.eval;

/**
 * Scoring annals against gold data: {@link org.annals.eval.ConllReader} reads CoNLL column files,
 * {@link org.annals.eval.Chunks} turns IOB tags into entity spans and {@link org.annals.eval.NerScorer}
 * scores predicted entities against gold ones, conlleval-style (exact span and type, micro-averaged).
 */
package org.annals.eval;

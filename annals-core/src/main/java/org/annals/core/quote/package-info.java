/**
 * The quote stage: {@link org.annals.core.quote.QuoteFinder} finds direct, partial and indirect quotes,
 * transcript turns and embedded posts, with their cues ({@link org.annals.core.quote.CueLexicon}, from
 * {@code cues.tsv}) and speakers.
 */
package org.annals.core.quote;

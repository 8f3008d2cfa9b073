/**
 * The count stage: {@link org.annals.core.count.CountFinder} reads the numbers of people killed, wounded,
 * missing, arrested, displaced or abducted and the amounts of aid, with the words of {@code count-words.tsv}
 * ({@link org.annals.core.count.CountLexicon}).
 */
package org.annals.core.count;

/**
 * Sources into documents. {@link org.annals.ingest.Sources} is the way in: it reads files, folders, archives
 * and URLs, tells each input's format by its content (plain text, HTML, JSON lines, WARC, RSS/Atom, gzip, zip),
 * and gives {@link org.annals.ingest.SourceItem}s lazily: a document, or the reason an input could not be read.
 * Limits and field names are {@link org.annals.ingest.SourceOptions}; languages are
 * {@link org.annals.ingest.Languages}. Bad input is reported, never thrown.
 */
package org.annals.ingest;

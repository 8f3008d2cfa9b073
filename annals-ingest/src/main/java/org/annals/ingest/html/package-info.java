/**
 * Web pages: {@link org.annals.ingest.html.HtmlArticle} reads a page's article and metadata;
 * {@link org.annals.ingest.html.ArticleExtractor} is the boilerplate removal (prune, score, widen, gather,
 * emit), measured by {@code annals eval extraction}.
 */
package org.annals.ingest.html;

package org.annals.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An article read from a web page: its body (boilerplate removed, paragraphs separated by blank lines) and what
 * the page's metadata says of it.
 *
 * @param title the headline, or {@code ""}
 * @param author the author, or {@code ""}
 * @param published the publication date, or {@code null}
 * @param url the canonical URL, or {@code ""}
 * @param language the language the page declares ({@code <html lang>}), or {@code ""}
 * @param body the article's text, or {@code ""} when the page holds none
 */
public record HtmlArticle(String title, String author, LocalDate published, String url, String language,
                          String body) {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    /**
     * Parses a page's bytes, decoded by the charset its byte-order mark or {@code <meta>} declares, else as UTF-8;
     * bytes that are not UTF-8 although read as such (an old page that declares nothing, or declares wrongly) are
     * read as windows-1252 instead.
     */
    public static HtmlArticle parse(byte[] bytes, String baseUri) {
        String base = baseUri == null ? "" : baseUri;
        try {
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, base);
            if (page.charset().equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
                page = Jsoup.parse(new ByteArrayInputStream(bytes), "windows-1252", base);
            }
            return of(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Parses a page already decoded. */
    public static HtmlArticle parse(String html, String baseUri) {
        return of(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /** The text of an HTML fragment known to be content (a feed item's body), as paragraphs. */
    public static String fragmentText(String html) {
        return EXTRACTOR.paragraphs(Jsoup.parseBodyFragment(html).body());
    }

    /** Reads the article and its metadata from a parsed page (the page is left as it was). */
    public static HtmlArticle of(Document page) {
        PageMetadata m = PageMetadata.of(page);
        return new HtmlArticle(m.title(), m.author(), m.published(), m.url(), m.language(),
                withoutHeadline(EXTRACTOR.extract(page), m.title()));
    }

    /** The body without a first line that repeats the headline: the title is kept apart, and put first by text(). */
    private static String withoutHeadline(String body, String title) {
        int end = body.indexOf("\n\n");
        String first = end < 0 ? body : body.substring(0, end);
        if (!title.isEmpty() && words(first).equals(words(title))) {
            return end < 0 ? "" : body.substring(end + 2);
        }
        return body;
    }

    private static String words(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The text handed to the pipeline: the title line, a blank line, the body. */
    public String text() {
        if (title.isEmpty()) {
            return body;
        }
        if (body.isEmpty()) {
            return title;
        }
        return title + "\n\n" + body;
    }

    /** The metadata fields that are known, by name: title, author, url, html-lang. */
    public Map<String, String> fields() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "title", title);
        put(out, "author", author);
        put(out, "url", url);
        put(out, "html-lang", language);
        return out;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null && !v.isBlank()) {
            m.put(k, v);
        }
    }
}

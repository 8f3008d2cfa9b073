package org.annals.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annals.ingest.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a page says about its article in its metadata: Open Graph and {@code article:*} properties, JSON-LD
 * {@code NewsArticle}/{@code Article} objects, {@code <meta name>} fields, {@code <time datetime>},
 * {@code <link rel=canonical>}. The first source that gives a value wins, in the order of each method.
 */
record PageMetadata(String title, String author, LocalDate published, String url, String language) {

    private static final ObjectMapper JSON = new ObjectMapper();
    static PageMetadata of(Document page) {
        List<JsonNode> ld = jsonLd(page);
        String title = first(meta(page, "og:title"), ld(ld, "headline"), meta(page, "twitter:title"),
                text(page.selectFirst("h1")), page.title());
        String author = first(meta(page, "author"), meta(page, "article:author"), ldAuthor(ld),
                meta(page, "byl"), meta(page, "dc.creator"), text(page.selectFirst("[rel=author]")),
                text(page.selectFirst("[itemprop=author]")));
        if (author.startsWith("http")) {
            author = "";
        }
        author = author.replaceFirst("(?i)^by\\s+", "");
        LocalDate published = date(meta(page, "article:published_time"), ld(ld, "datePublished"),
                meta(page, "datePublished"), attr(page, "[itemprop=datePublished]", "content"),
                attr(page, "[itemprop=datePublished]", "datetime"), meta(page, "pubdate"),
                meta(page, "publishdate"), meta(page, "publish-date"), meta(page, "date"), meta(page, "dc.date"),
                meta(page, "dc.date.issued"), meta(page, "sailthru.date"), meta(page, "parsely-pub-date"),
                attr(page, "time[datetime]", "datetime"), meta(page, "og:updated_time"),
                ld(ld, "dateCreated"), ld(ld, "dateModified"));
        String url = first(attr(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"), ld(ld, "url"));
        Element html = page.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").trim();
        return new PageMetadata(clean(title), clean(author), published, url.trim(), lang);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String text(Element e) {
        return e == null ? "" : e.text();
    }

    private static String attr(Document page, String css, String attr) {
        Element e = page.selectFirst(css);
        return e == null ? "" : e.attr(attr);
    }

    /** The content of {@code <meta property=KEY>} or {@code <meta name=KEY>} or {@code <meta itemprop=KEY>}. */
    private static String meta(Document page, String key) {
        for (Element m : page.getElementsByTag("meta")) {
            String k = m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return "";
    }

    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(s.data()), out, 0);
            } catch (Exception e) {
                // a page's broken JSON-LD is no reason to fail the page
            }
        }
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 5) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collect(c, out, depth + 1));
        } else if (n.isObject()) {
            JsonNode type = n.get("@type");
            String t = type == null ? "" : type.isArray() ? type.toString() : type.asText();
            if (t.matches("(?s).*(Article|BlogPosting|Report|NewsArticle|WebPage).*")) {
                out.add(n);
            }
            collect(n.get("@graph"), out, depth + 1);
        }
    }

    private static String ld(List<JsonNode> ld, String field) {
        for (boolean articlesOnly : new boolean[] {true, false}) {
            for (JsonNode n : ld) {
                boolean article = !n.path("@type").toString().contains("WebPage");
                if (article != articlesOnly) {
                    continue;
                }
                JsonNode v = n.get(field);
                if (v != null && v.isTextual() && !v.asText().isBlank()) {
                    return v.asText();
                }
            }
        }
        return "";
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a == null) {
                continue;
            }
            if (a.isArray() && a.size() > 0) {
                List<String> names = new ArrayList<>();
                a.forEach(x -> names.add(x.isTextual() ? x.asText() : x.path("name").asText()));
                return String.join(", ", names);
            }
            String name = a.isTextual() ? a.asText() : a.path("name").asText();
            if (!name.isBlank()) {
                return name;
            }
        }
        return "";
    }

    /** The first value that reads as a date. */
    static LocalDate date(String... values) {
        for (String v : values) {
            LocalDate d = Dates.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}

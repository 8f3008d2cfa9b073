package org.annals.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link Sources} reads: limits that keep bad input from exhausting the machine, the field names of JSON
 * lines, and whether to detect languages. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param maxBytes the largest single document (a file, an archive entry, a WARC record, a JSON line, a page
 *        fetched from a URL)
 * @param maxExpandedBytes the most bytes one archive (zip or gzip) may expand to, all entries together
 * @param maxEntries the most entries read from one zip archive
 * @param maxDepth the deepest folder nesting, and (divided by 16, at least 2) the deepest archive nesting
 * @param detectFormats read every input by its content (HTML, WARC, feeds, JSON lines, archives, text); when
 *        false every file is plain text, as {@link TextFiles} reads it
 * @param detectLanguage detect each document's language into {@code extra["language"]}
 * @param jsonFields for each role of a JSON-lines field ({@link #JSON_ROLES}), the field names that may hold it,
 *        the first present wins
 * @param httpTimeout how long to wait for a page or feed named by an http(s) URL
 */
public record SourceOptions(long maxBytes, long maxExpandedBytes, int maxEntries, int maxDepth,
                            boolean detectFormats, boolean detectLanguage, Map<String, List<String>> jsonFields,
                            Duration httpTimeout) {

    /** The default largest document: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** The roles of JSON-lines fields. */
    public static final List<String> JSON_ROLES = List.of("text", "date", "title", "url", "id", "author",
            "language");

    public SourceOptions {
        if (maxBytes < 1 || maxExpandedBytes < 1 || maxEntries < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String role : JSON_ROLES) {
            copy.put(role, List.copyOf(jsonFields.getOrDefault(role, List.of())));
        }
        jsonFields = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(httpTimeout, "httpTimeout");
    }

    /**
     * Every format detected, languages detected, 10 MiB a document, 1 GiB an archive, 100,000 entries, 64
     * levels, 30 seconds for a URL, JSON fields named as common news dumps name them (news-please, Common
     * Crawl news extracts, newspaper exports).
     */
    public static SourceOptions defaults() {
        Map<String, List<String>> json = new LinkedHashMap<>();
        json.put("text", List.of("text", "content", "body", "maintext", "article", "articleBody", "full_text",
                "description"));
        json.put("date", List.of("date", "published", "publish_date", "date_publish", "published_at", "pubdate",
                "datePublished", "publication_date", "timestamp"));
        json.put("title", List.of("title", "headline"));
        json.put("url", List.of("url", "link", "source_url", "uri"));
        json.put("id", List.of("id", "_id", "uuid", "doc_id"));
        json.put("author", List.of("author", "authors", "byline"));
        json.put("language", List.of("language", "lang"));
        return new SourceOptions(DEFAULT_MAX_BYTES, 1L << 30, 100_000, 64, true, true, json, Duration.ofSeconds(30));
    }

    /** The field names that may hold a role's value, in the order tried. */
    public List<String> jsonFields(String role) {
        return jsonFields.getOrDefault(role, List.of());
    }

    public SourceOptions withMaxBytes(long value) {
        return new SourceOptions(value, maxExpandedBytes, maxEntries, maxDepth, detectFormats, detectLanguage,
                jsonFields, httpTimeout);
    }

    public SourceOptions withLimits(long expandedBytes, int entries, int depth) {
        return new SourceOptions(maxBytes, expandedBytes, entries, depth, detectFormats, detectLanguage,
                jsonFields, httpTimeout);
    }

    /** With {@code formats} false, everything is plain text; with {@code languages} false, no language is set. */
    public SourceOptions withDetection(boolean formats, boolean languages) {
        return new SourceOptions(maxBytes, maxExpandedBytes, maxEntries, maxDepth, formats, languages, jsonFields,
                httpTimeout);
    }

    /**
     * Puts a JSON-lines field first for one role of {@link #JSON_ROLES}; the other names stay behind it.
     *
     * @throws IllegalArgumentException for a role that is not one of them
     */
    public SourceOptions withJsonField(String role, String field) {
        if (!JSON_ROLES.contains(role)) {
            throw new IllegalArgumentException("no JSON field role " + role + " (roles: " + JSON_ROLES + ")");
        }
        Map<String, List<String>> json = new LinkedHashMap<>(jsonFields);
        List<String> names = new ArrayList<>();
        names.add(field);
        jsonFields(role).stream().filter(f -> !f.equals(field)).forEach(names::add);
        json.put(role, names);
        return new SourceOptions(maxBytes, maxExpandedBytes, maxEntries, maxDepth, detectFormats, detectLanguage,
                json, httpTimeout);
    }

    public SourceOptions withHttpTimeout(Duration value) {
        return new SourceOptions(maxBytes, maxExpandedBytes, maxEntries, maxDepth, detectFormats, detectLanguage,
                jsonFields, value);
    }
}

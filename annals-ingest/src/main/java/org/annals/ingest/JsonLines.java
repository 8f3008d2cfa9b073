package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.annals.ingest.html.HtmlArticle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON lines: one article a line (and whole JSON documents: an object, or an array of objects), a JSON object whose fields are found by the names of {@link SourceOptions}
 * ({@code text}, {@code content}, {@code body}, {@code maintext}, ...; {@code date}, {@code published}, ...;
 * {@code title}; {@code url}; {@code id}). A text that is HTML is reduced to its paragraphs. The title, when
 * there is one, is the first line of the document's text. Each line is read on its own, within the size limit:
 * a line too long, not JSON, not an object, or without text is one problem item naming the line, and the next
 * line is read.
 */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    static Iterator<SourceItem> items(Input in, InputStream stream, SourceOptions options) {
        return new Lazy<>() {
            private int line;
            private boolean closed;

            @Override
            protected SourceItem compute() {
                while (!closed) {
                    Line l;
                    try {
                        l = readLine(stream, options.maxBytes());
                    } catch (IOException e) {
                        finish();
                        return SourceItem.failed(in.name() + ":" + (line + 1), Sources.problemOf(in, e));
                    }
                    if (l == null) {
                        finish();
                        return null;
                    }
                    line++;
                    SourceItem item = l.tooLong() ? tooLong(in.name() + ":" + line, options)
                            : line(in.name(), in.shortName(), line, l.bytes(), options);
                    if (item != null) {
                        return item;
                    }
                }
                return null;
            }

            private void finish() {
                closed = true;
                Sources.close(stream);
            }
        };
    }

    /**
     * A whole JSON document: one object is one article, named as the input; an array of objects is one article
     * per element, named {@code file.json#N} (N from 1). A document that is not JSON is one problem.
     */
    static Iterator<SourceItem> document(Input in, byte[] bytes, SourceOptions options) {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return Sources.one(in.name(), "not JSON (" + brief(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            return Sources.one(in.name(), "not JSON (" + e.getMessage() + ")");
        }
        if (node != null && node.isObject()) {
            return List.of(article(in.name(), in.shortName(), node, options)).iterator();
        }
        if (node == null || !node.isArray()) {
            return Sources.one(in.name(), "JSON that is neither an object nor an array of objects");
        }
        java.util.List<SourceItem> out = new java.util.ArrayList<>();
        for (int k = 0; k < node.size(); k++) {
            String name = in.name() + "#" + (k + 1);
            JsonNode e = node.get(k);
            out.add(e.isObject() ? article(name, in.shortName() + "#" + (k + 1), e, options)
                    : SourceItem.failed(name, "not a JSON object"));
        }
        return out.isEmpty() ? Sources.one(in.name(), "empty JSON array") : out.iterator();
    }

    private record Line(byte[] bytes, boolean tooLong) {
    }

    /** The next line (without its end), or null at the end of the stream; a line over the limit is skipped. */
    private static Line readLine(InputStream in, long max) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (!tooLong) {
                if (buf.size() >= max) {
                    tooLong = true;
                    buf = new ByteArrayOutputStream();
                } else {
                    buf.write(b);
                }
            }
        }
        if (!any) {
            return null;
        }
        return new Line(buf.toByteArray(), tooLong);
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Line {@code line} (from 1) of the JSON-lines file {@code file}, whose short name is {@code shortName}: one
     * article named {@code file:line}, with the source {@code shortName:line}; a problem item when the line is
     * too long, not JSON or not an article; {@code null} for a blank line, which is no article.
     */
    static SourceItem line(String file, String shortName, long line, byte[] bytes, SourceOptions options) {
        String name = file + ":" + line;
        if (bytes.length > options.maxBytes()) {
            return tooLong(name, options);
        }
        return isBlank(bytes) ? null : article(name, shortName + ":" + line, bytes, options);
    }

    private static SourceItem tooLong(String name, SourceOptions options) {
        return SourceItem.failed(name, "line too long (more than " + options.maxBytes() + " bytes; the limit is "
                + options.maxBytes() + ")");
    }

    private static SourceItem article(String name, String source, byte[] bytes, SourceOptions options) {
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            return SourceItem.failed(name, "not JSON (" + brief(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            return SourceItem.failed(name, "not JSON (" + e.getMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return SourceItem.failed(name, "not a JSON object");
        }
        return article(name, source, node, options);
    }

    private static SourceItem article(String name, String source, JsonNode node, SourceOptions options) {
        String title = field(node, options.jsonFields("title"));
        String body = field(node, options.jsonFields("text"));
        if (looksLikeHtml(body)) {
            body = HtmlArticle.fragmentText(body);
        }
        String text = title.isBlank() || body.startsWith(title) ? body
                : body.isBlank() ? "" : title + "\n\n" + body;
        LocalDate published = Dates.parse(field(node, options.jsonFields("date")));
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("title", title);
        extra.put("url", field(node, options.jsonFields("url")));
        extra.put("id", field(node, options.jsonFields("id")));
        extra.put("author", field(node, options.jsonFields("author")));
        extra.put("declared-language", field(node, options.jsonFields("language")));
        return Articles.item(name, source, name, text, published, extra, options,
                "no text (none of the fields " + String.join(", ", options.jsonFields("text")) + ")");
    }

    /** Jackson's message without the parser's location details (the line is named already). */
    private static String brief(String message) {
        String m = String.valueOf(message);
        int at = m.indexOf(" (start marker at");
        m = at < 0 ? m : m.substring(0, at);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static boolean looksLikeHtml(String s) {
        return s.indexOf('<') >= 0 && s.matches("(?s).*</?(p|div|br|span|a|em|strong|h[1-6])[ >/].*");
    }

    /** The first of the fields that holds a value: text as it is, numbers as written, arrays of text joined. */
    private static String field(JsonNode node, List<String> names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v == null || v.isNull()) {
                continue;
            }
            String s;
            if (v.isTextual() || v.isNumber()) {
                s = v.asText();
            } else if (v.isArray()) {
                StringBuilder b = new StringBuilder();
                for (JsonNode x : v) {
                    String t = x.isTextual() ? x.asText() : x.path("name").asText("");
                    if (!t.isBlank()) {
                        b.append(b.length() == 0 ? "" : ", ").append(t);
                    }
                }
                s = b.toString();
            } else if (v.isObject() && v.has("name")) {
                s = v.get("name").asText();
            } else {
                continue;
            }
            if (!s.isBlank()) {
                return s;
            }
        }
        return "";
    }
}

package org.annals.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.annals.core.model.Document;
import org.annals.core.model.Metadata;

/** Builds the documents of every source the same way: id from the text, metadata, and the language. */
final class Articles {

    private Articles() {
    }

    /**
     * The document for an article, or an item naming the problem when it has no text.
     *
     * @param name the input's name, for messages
     * @param source the document's short source name
     * @param origin where it came from (path, URL, {@code file.warc.gz#1234})
     * @param extra title, author, url and the like; blank values are left out
     */
    static SourceItem item(String name, String source, String origin, String text, LocalDate published,
                           Map<String, String> extra, SourceOptions options, String emptyProblem) {
        if (text == null || text.isBlank()) {
            return SourceItem.failed(name, emptyProblem);
        }
        Map<String, String> fields = new TreeMap<>();
        extra.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                fields.put(k, v.strip());
            }
        });
        if (options.detectLanguage()) {
            fields.put("language", Languages.detect(text));
        }
        Document d = new Document(DocumentIds.of(text), source, text, new Metadata(published, origin, fields));
        return SourceItem.ok(name, d);
    }
}

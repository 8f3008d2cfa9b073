package org.annals.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;
import org.annals.ingest.Languages;
import org.annals.ingest.SourceOptions;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How the commands that read articles read them: the size limit, JSON-lines field names, languages. */
final class InputOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Skip documents larger than N bytes: a file, an archive entry, a WARC record, a JSON "
                    + "line (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--jsonl-field", paramLabel = "ROLE=FIELD", description = "JSON lines: the field that holds "
            + "a role's value, tried before the usual names (repeatable). Roles and the names tried: text (text, "
            + "content, body, maintext, article, articleBody, full_text, description), date (date, published, "
            + "publish_date, date_publish, published_at, pubdate, datePublished, publication_date, timestamp), "
            + "title (title, headline), url (url, link, source_url, uri), id (id, _id, uuid, doc_id), author "
            + "(author, authors, byline), language (language, lang).")
    Map<String, String> jsonFields = new LinkedHashMap<>();

    @Option(names = "--all-languages", description = "Analyse documents in every language (by default only "
            + "English ones, and those whose language cannot be told, are analysed; the others are written with "
            + "their language and no layers).")
    boolean allLanguages;

    /** True when a document in {@code language} is analysed: English or unknown ones, or all with the option. */
    boolean analyses(String language) {
        return allLanguages || Languages.analysable(language);
    }

    /** The document analysed, or, in a language that is not analysed, the document with no layers. */
    Analysis analyse(Pipeline pipeline, Document d) {
        return analyses(d.metadata().extra().get("language")) ? pipeline.analyze(d) : Analysis.start(d);
    }

    /** The options; an unknown JSON role is an error of the command line. */
    SourceOptions options() {
        SourceOptions o = SourceOptions.defaults().withMaxBytes(maxBytes);
        for (Map.Entry<String, String> e : jsonFields.entrySet()) {
            if (!SourceOptions.JSON_ROLES.contains(e.getKey())) {
                throw new ParameterException(mixee.commandLine(), "--jsonl-field: no role " + e.getKey()
                        + " (roles: " + String.join(", ", SourceOptions.JSON_ROLES) + ")");
            }
            o = o.withJsonField(e.getKey(), e.getValue());
        }
        return o;
    }
}

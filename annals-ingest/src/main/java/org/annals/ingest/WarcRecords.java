package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.annals.ingest.html.HtmlArticle;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC 1.0/1.1, plain or gzipped per record), read with jwarc: each {@code response} record whose
 * HTTP payload is HTML (with a 2xx status), and each {@code resource} record of HTML, is an article, extracted as {@link HtmlArticle} does, named {@code file.warc.gz#OFFSET}
 * (the record's offset in the file) and keeping its target URL ({@code extra["url"]} when the page names no
 * canonical one) and capture date ({@code extra["captured"]}). Other records (requests, metadata, images) are
 * passed over. A record that cannot be parsed ends the file with one problem item naming its offset.
 */
final class WarcRecords {

    private WarcRecords() {
    }

    static Iterator<SourceItem> items(Input in, InputStream stream, SourceOptions options) {
        WarcReader reader;
        try {
            reader = new WarcReader(stream);
        } catch (IOException | RuntimeException e) {
            Sources.close(stream);
            return Sources.one(in.name(), "not a readable WARC file: " + Sources.reason(e));
        }
        return new Lazy<>() {
            private boolean closed;
            private int articles;

            @Override
            protected SourceItem compute() {
                while (!closed) {
                    Optional<WarcRecord> next;
                    long at = reader.position();
                    try {
                        next = reader.next();
                        at = reader.position();
                    } catch (IOException | RuntimeException e) {
                        finish();
                        return SourceItem.failed(in.name() + "#" + at, "broken WARC record: "
                                + Sources.reason(e));
                    }
                    if (next.isEmpty()) {
                        finish();
                        return articles == 0 && at == 0 ? SourceItem.failed(in.name(), "empty WARC file") : null;
                    }
                    if (next.get() instanceof WarcResponse || next.get() instanceof WarcResource) {
                        SourceItem item;
                        try {
                            item = article(in, (WarcCaptureRecord) next.get(), at, options);
                        } catch (IOException | RuntimeException e) {
                            // a record cut short leaves the reader nowhere to resume: the file ends here
                            finish();
                            return SourceItem.failed(in.name() + "#" + at, "broken WARC record: "
                                    + Sources.reason(e));
                        }
                        if (item != null) {
                            articles++;
                            return item;
                        }
                    }
                }
                return null;
            }

            private void finish() {
                closed = true;
                try {
                    reader.close();
                } catch (IOException e) {
                    // read only
                }
            }
        };
    }

    /**
     * The article of an HTML response (or resource) record, a problem item for one too large or empty, null for
     * any other record.
     */
    private static SourceItem article(Input in, WarcCaptureRecord record, long offset, SourceOptions options)
            throws IOException {
        String name = in.name() + "#" + offset;
        String source = in.shortName() + "#" + offset;
        MediaType type;
        if (record instanceof WarcResponse response) {
            if (response.http().status() < 200 || response.http().status() >= 300) {
                return null;
            }
            type = response.http().contentType().base();
        } else {
            type = record.contentType().base();
        }
        String t = type.toString().toLowerCase(Locale.ROOT);
        if (!t.equals("text/html") && !t.equals("application/xhtml+xml")) {
            return null;
        }
        byte[] bytes;
        try (InputStream body = record instanceof WarcResponse response ? response.http().bodyDecoded().stream()
                : record.body().stream()) {
            bytes = Bounded.read(body, options.maxBytes());
        }
        if (bytes == null) {
            return SourceItem.failed(name, "too large (more than " + options.maxBytes() + " bytes; the limit is "
                    + options.maxBytes() + ")");
        }
        String target = record.target();
        HtmlArticle a = HtmlArticle.parse(bytes, target);
        Map<String, String> extra = new java.util.LinkedHashMap<>(a.fields());
        extra.putIfAbsent("url", target);
        extra.put("captured", record.date().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        return Articles.item(name, source, name, a.body().isBlank() ? "" : a.text(), a.published(), extra, options,
                "no article text found in the HTML page " + target);
    }
}

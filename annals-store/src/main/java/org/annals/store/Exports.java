package org.annals.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * What a store exports: its {@code annals/1} JSON lines as stored, its events as a CSV table in the manner of
 * GDELT and ICEWS, and its events as PLOVER records. Every export is in the order the documents arrived, then in
 * text order, so that the same store always gives the same bytes.
 */
public final class Exports {

    /** The columns of {@link #csv}, in order. */
    public static final List<String> CSV_COLUMNS = List.of("event_id", "date", "published", "source_name",
            "source_code", "source_country", "target_name", "target_code", "target_country", "plover_type", "mode",
            "cameo", "quad_class", "negated", "confidence", "place_name", "place_country", "place_lat", "place_lon",
            "story", "document_id", "url", "sentence");

    /**
     * The quad class of each PLOVER category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
     * 4 material conflict.
     */
    static final Map<String, Integer> QUAD = Map.ofEntries(
            Map.entry("AGREE", 1), Map.entry("CONSULT", 1), Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1),
            Map.entry("COOPERATE", 2), Map.entry("AID", 2), Map.entry("RETREAT", 2),
            Map.entry("REQUEST", 3), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3), Map.entry("THREATEN", 3),
            Map.entry("PROTEST", 4), Map.entry("SANCTION", 4), Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4),
            Map.entry("ASSAULT", 4));

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private Exports() {
    }

    /** The stored {@code annals/1} lines, each followed by a newline: the bytes {@code annals analyze} writes. */
    public static long jsonl(Store store, OutputStream out) {
        long[] n = {0};
        store.forEachJson(line -> {
            try {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                n[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return n[0];
    }

    /**
     * The events as CSV (RFC 4180: a header line, fields quoted where they hold a comma, quote or line break),
     * one row per event, in the columns {@link #CSV_COLUMNS}. Several actors on one side are joined with
     * {@code "; "}. Returns the number of rows.
     */
    public static long csv(Store store, Filter filter, Writer out) {
        long[] n = {0};
        try {
            out.write(String.join(",", CSV_COLUMNS) + "\r\n");
            store.forEachEvent(filter, e -> {
                String[] coords = e.place() == null ? null : Places.coordinates(e.place().kb());
                List<String> row = java.util.Arrays.asList(e.globalId(), e.date(), e.published(),
                        join(e.sources(), ActorRef::name), join(e.sources(), ActorRef::code),
                        join(e.sources(), ActorRef::country), join(e.targets(), ActorRef::name),
                        join(e.targets(), ActorRef::code), join(e.targets(), ActorRef::country), e.type(), e.mode(),
                        e.cameo(), quad(e.type()), e.negated() ? "1" : "0", confidence(e.confidence()),
                        e.place() == null ? null : e.place().name(), e.place() == null ? null : e.place().country(),
                        coords == null ? null : coords[0], coords == null ? null : coords[1], e.story(),
                        e.documentId(), e.url(), e.sentence());
                try {
                    for (int i = 0; i < row.size(); i++) {
                        if (i > 0) {
                            out.write(',');
                        }
                        out.write(csvField(row.get(i)));
                    }
                    out.write("\r\n");
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                n[0]++;
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    /**
     * The events as PLOVER records, one JSON object a line: {@code id}, {@code date} (the event's day when the text
     * gives one, else the publication date), {@code actor} and {@code recipient} (lists of entities with
     * {@code code}, {@code sector}, {@code entity_text}), {@code event} (a list of one category), {@code mode},
     * {@code quad_code}, {@code event_loc}, {@code event_text}, {@code text_info} (offsets of the sentence) and
     * {@code cite_info}. Returns the number of records.
     */
    public static long plover(Store store, Filter filter, OutputStream out) {
        long[] n = {0};
        try {
            JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
            g.setRootValueSeparator(null);
            store.forEachEvent(filter, e -> {
                try {
                    ploverRecord(e, g);
                    g.flush();
                    out.write('\n');
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                n[0]++;
            });
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n[0];
    }

    /**
     * Every table of the store as a Parquet file in {@code folder} ({@code documents.parquet},
     * {@code events.parquet}, ...; see {@link Store#TABLES}), Snappy-compressed, every column optional: integers
     * as INT64, decimals as DOUBLE, the rest as UTF-8 strings. Returns the number of rows written.
     */
    public static long parquet(Store store, Path folder) throws IOException {
        Files.createDirectories(folder);
        long rows = 0;
        for (String table : Store.TABLES) {
            rows += ParquetTable.write(store, table, folder.resolve(table + ".parquet"));
        }
        return rows;
    }

    private static void ploverRecord(EventRow e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.globalId());
        String day = e.date() != null && e.date().length() == 10 ? e.date() : e.published();
        nullable(g, "date", day);
        g.writeStringField("date_source", e.date() != null && e.date().length() == 10 ? "text"
                : e.published() != null ? "published" : "unknown");
        entities(g, "actor", e.sources());
        entities(g, "recipient", e.targets());
        g.writeArrayFieldStart("event");
        g.writeString(e.type());
        g.writeEndArray();
        g.writeArrayFieldStart("mode");
        if (e.mode() != null) {
            g.writeString(e.mode());
        }
        g.writeEndArray();
        nullable(g, "cameo", e.cameo());
        Integer quad = QUAD.get(e.type());
        if (quad != null) {
            g.writeNumberField("quad_code", quad);
        }
        if (e.negated()) {
            g.writeArrayFieldStart("aux_mode");
            g.writeString("negation");
            g.writeEndArray();
        }
        if (e.place() != null) {
            g.writeObjectFieldStart("event_loc");
            g.writeStringField("extracted_place", e.place().name());
            nullable(g, "country_code", e.place().country());
            String[] coords = Places.coordinates(e.place().kb());
            if (coords != null) {
                g.writeNumberField("lat", Double.parseDouble(coords[0]));
                g.writeNumberField("lon", Double.parseDouble(coords[1]));
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("event_text");
        g.writeString(e.sentence());
        g.writeEndArray();
        g.writeObjectFieldStart("text_info");
        g.writeNumberField("start", e.spanStart());
        g.writeNumberField("end", e.spanEnd());
        g.writeEndObject();
        g.writeObjectFieldStart("cite_info");
        g.writeStringField("corpus", e.documentId());
        nullable(g, "url", e.url());
        g.writeStringField("citation", e.source());
        g.writeStringField("language", "en");
        g.writeStringField("coder", "annals");
        g.writeStringField("codebook", "plover-2.0-draft");
        g.writeEndObject();
        g.writeNumberField("confidence", Math.round(e.confidence() * 100) / 100.0);
        g.writeEndObject();
    }

    private static void entities(JsonGenerator g, String field, List<ActorRef> actors) throws IOException {
        g.writeArrayFieldStart(field);
        for (ActorRef a : actors) {
            g.writeStartObject();
            String code = a.code();
            nullable(g, "code", a.country() != null ? a.country() : code != null && code.length() >= 3
                    ? code.substring(0, 3) : null);
            nullable(g, "sector", code != null && code.length() > 3 ? code.substring(3) : null);
            g.writeStringField("entity_text", a.name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private static String join(List<ActorRef> actors, Function<ActorRef, String> part) {
        if (actors.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (ActorRef a : actors) {
            if (b.length() > 0) {
                b.append("; ");
            }
            String v = part.apply(a);
            b.append(v == null ? "" : v);
        }
        return b.toString().replace("; ", "").isEmpty() ? null : b.toString();
    }

    private static String quad(String type) {
        Integer q = QUAD.get(type);
        return q == null ? null : q.toString();
    }

    private static String confidence(double c) {
        return String.valueOf(Math.round(c * 100) / 100.0);
    }

    /** A CSV field: empty for null, quoted when it holds a comma, a quote or a line break. */
    static String csvField(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}

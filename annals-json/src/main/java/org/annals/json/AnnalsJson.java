package org.annals.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Count;
import org.annals.core.model.Diagnostic;
import org.annals.core.model.Event;
import org.annals.core.model.Mention;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;
import org.annals.core.model.Timex;
import org.annals.core.story.Story;
import org.annals.core.story.StoryEvent;

/**
 * Writes analyses in the {@code annals/1} contract: one JSON object per document, fields in a fixed order, so
 * that the same analysis always gives the same bytes.
 */
public final class AnnalsJson {

    public static final String SCHEMA = "annals/1";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private AnnalsJson() {
    }

    /** A writer of JSON lines to {@code out}: one object per call to {@link Lines#write}, then a newline. */
    public static Lines lines(OutputStream out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            g.setRootValueSeparator(null);
            return new Lines(g, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON object of one analysis, as a string without a trailing newline. */
    public static String toJson(Analysis a) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator((Writer) w)) {
            write(a, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** How the story fields of an analysis not yet placed in a story read in its JSON. */
    private static final String UNPLACED = "\"story\":null,\"duplicate_of\":null";

    /**
     * A line of {@link #toJson(Analysis)} for an analysis not yet placed in a story, as it reads once the
     * analysis is placed in {@code story} with {@code duplicateOf} (or {@code null}): the same bytes that
     * {@code toJson} gives for the placed analysis, when placing it changes nothing else (it has a publication
     * date of its own, or its story has none). Lets a long run keep its analyses on disk rather than in memory
     * while the stories are made.
     *
     * @throws IllegalArgumentException when the line is no unplaced analysis
     */
    public static String withStory(String line, String story, String duplicateOf) {
        int at = line.indexOf(UNPLACED);
        if (at < 0) {
            throw new IllegalArgumentException("not an annals/1 line of a document without a story");
        }
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator((Writer) w)) {
            g.writeStartObject();
            writeNullable(g, "story", story);
            writeNullable(g, "duplicate_of", duplicateOf);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fields = w.toString();
        return line.substring(0, at) + fields.substring(1, fields.length() - 1)
                + line.substring(at + UNPLACED.length());
    }

    /** The JSON object of one story, as a string without a trailing newline. */
    public static String toJson(Story story) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator((Writer) w)) {
            write(story, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A JSON-lines writer; not thread-safe. */
    public static final class Lines implements AutoCloseable {
        private final JsonGenerator g;
        private final OutputStream out;

        private Lines(JsonGenerator g, OutputStream out) {
            this.g = g;
            this.out = out;
        }

        public void write(Analysis a) {
            try {
                AnnalsJson.write(a, g);
                g.flush();
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes one line made by {@link AnnalsJson#toJson(Analysis)} or {@link AnnalsJson#withStory}. */
        public void write(String line) {
            try {
                g.flush();
                out.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Writes one story object: {@code {"schema":"annals/1","story":{...}}}. */
        public void write(Story story) {
            try {
                AnnalsJson.write(story, g);
                g.flush();
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                g.flush();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void write(Analysis a, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeObjectFieldStart("document");
        g.writeStringField("id", a.document().id());
        g.writeStringField("source", a.document().source());
        writeNullable(g, "published", a.publication().date() == null ? null : a.publication().date().toString());
        writeNullable(g, "published_from", a.publication().from());
        g.writeStringField("language", a.document().metadata().extra().getOrDefault("language", "en"));
        writeNullable(g, "story", a.story());
        writeNullable(g, "duplicate_of", a.duplicateOf());
        writeNullable(g, "origin", a.document().metadata().origin().isEmpty() ? null
                : a.document().metadata().origin());
        g.writeEndObject();

        g.writeArrayFieldStart("mentions");
        for (Mention m : a.mentions()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            span(g, "span", m.span());
            g.writeStringField("text", m.text());
            g.writeStringField("type", m.type().name());
            g.writeStringField("kind", m.kind().label());
            writeNullable(g, "actor", m.actor());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("actors");
        for (Actor ac : a.actors()) {
            g.writeStartObject();
            g.writeStringField("id", ac.id());
            g.writeStringField("name", ac.name());
            g.writeStringField("type", ac.type().name());
            writeNullable(g, "code", ac.code());
            writeNullable(g, "country", ac.country());
            writeNullable(g, "role", ac.role());
            writeNullable(g, "kb", ac.kb());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("times");
        for (Timex t : a.times()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            span(g, "span", t.span());
            g.writeStringField("text", t.text());
            g.writeStringField("type", t.type().name());
            writeNullable(g, "value", t.value());
            if (t.mod() != null) {
                g.writeStringField("mod", t.mod());
            }
            writeNullable(g, "anchored_to", t.anchoredTo());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quotes");
        for (Quote q : a.quotes()) {
            g.writeStartObject();
            g.writeStringField("id", q.id());
            span(g, "span", q.span());
            g.writeStringField("text", q.text());
            writeNullable(g, "speaker", q.speaker());
            spanOrNull(g, "speaker_span", q.speakerSpan());
            if (!q.speakerSpan().isEmpty()) {
                g.writeStringField("speaker_text", a.covered(q.speakerSpan()));
            }
            writeNullable(g, "cue", q.cue());
            spanOrNull(g, "cue_span", q.cueSpan());
            g.writeStringField("kind", q.kind().label());
            if (q.embedded()) {
                g.writeBooleanField("embedded", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (Event e : a.events()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type());
            writeNullable(g, "mode", e.mode());
            writeNullable(g, "cameo", e.cameo());
            ids(g, "source", e.source());
            ids(g, "target", e.target());
            writeNullable(g, "date", e.date());
            writeNullable(g, "place", e.place());
            span(g, "trigger_span", e.trigger());
            g.writeStringField("trigger", a.covered(e.trigger()));
            span(g, "span", e.span());
            if (e.negated()) {
                g.writeBooleanField("negated", true);
            }
            g.writeNumberField("confidence", Math.round(e.confidence() * 100) / 100.0);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("counts");
        for (Count c : a.counts()) {
            g.writeStartObject();
            span(g, "span", c.span());
            g.writeStringField("kind", c.kind());
            if (c.value() == Math.rint(c.value()) && Math.abs(c.value()) < 1e15) {
                g.writeNumberField("value", (long) c.value());
            } else {
                g.writeNumberField("value", c.value());
            }
            writeNullable(g, "qualifier", c.qualifier());
            writeNullable(g, "unit", c.unit());
            writeNullable(g, "place", c.place());
            writeNullable(g, "event", c.event());
            g.writeEndObject();
        }
        g.writeEndArray();

        if (!a.diagnostics().isEmpty()) {
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : a.diagnostics()) {
                g.writeStartObject();
                g.writeStringField("stage", d.stage());
                g.writeStringField("message", d.message());
                spanOrNull(g, "span", d.span());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void write(Story s, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeObjectFieldStart("story");
        g.writeStringField("id", s.id());
        ids(g, "documents", s.documents());
        g.writeNumberField("duplicates", s.duplicates());
        writeNullable(g, "first", s.first());
        writeNullable(g, "last", s.last());
        ids(g, "places", s.places());
        g.writeArrayFieldStart("events");
        for (StoryEvent e : s.events()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("type", e.type());
            writeNullable(g, "mode", e.mode());
            writeNullable(g, "cameo", e.cameo());
            parties(g, "source", e.source());
            parties(g, "target", e.target());
            writeNullable(g, "date", e.date());
            ids(g, "other_dates", e.otherDates());
            writeNullable(g, "place", e.place());
            g.writeNumberField("sources", e.sources());
            g.writeArrayFieldStart("reports");
            for (StoryEvent.Report r : e.reports()) {
                g.writeStartObject();
                g.writeStringField("document", r.document());
                g.writeStringField("event", r.event());
                writeNullable(g, "date", r.date());
                span(g, "trigger_span", r.trigger());
                span(g, "span", r.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void parties(JsonGenerator g, String field, List<StoryEvent.Party> parties) throws IOException {
        g.writeArrayFieldStart(field);
        for (StoryEvent.Party p : parties) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            writeNullable(g, "code", p.code());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private static void span(JsonGenerator g, String field, Span s) throws IOException {
        g.writeArrayFieldStart(field);
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    private static void spanOrNull(JsonGenerator g, String field, Span s) throws IOException {
        if (s.isEmpty()) {
            g.writeNullField(field);
        } else {
            span(g, field, s);
        }
    }

    private static void ids(JsonGenerator g, String field, List<String> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (String id : ids) {
            g.writeString(id);
        }
        g.writeEndArray();
    }
}

package org.annals.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.annals.core.model.Actor;
import org.annals.core.model.Analysis;
import org.annals.core.model.Count;
import org.annals.core.model.Event;
import org.annals.core.model.Mention;
import org.annals.core.model.Quote;
import org.annals.core.model.Span;
import org.annals.core.model.Timex;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The analyses as Parquet tables, one row per record of a layer, each with its document's id: documents,
 * mentions, actors, times, quotes, events, counts. Columns follow the {@code annals/1} field names; a span
 * {@code [start, end)} becomes two columns ({@code start}, {@code end}; {@code speaker_start}, ...), an empty
 * span two nulls.
 */
final class Tables {

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final DataType D = DataTypes.DoubleType;
    private static final DataType B = DataTypes.BooleanType;

    /** A table: its name, its columns, and the rows of one analysis. */
    private record Table(String name, StructType schema, Function<Analysis, List<Row>> rows) {
    }

    private Tables() {
    }

    /** The tables, in this order; built in each JVM (the row makers are not shipped, only the table's index). */
    private static final List<Table> TABLES = tables();

    /** The tables' names. */
    static List<String> names() {
        return TABLES.stream().map(Table::name).toList();
    }

    /** The rows of one analysis, table by table (in the order of {@link #names}). */
    static List<List<Row>> rows(Analysis a) {
        List<List<Row>> out = new ArrayList<>(TABLES.size());
        for (Table t : TABLES) {
            out.add(t.rows().apply(a));
        }
        return out;
    }

    /**
     * The rows of an analysis made before it was placed in a story, as the placed analysis gives them when
     * placing it changes nothing else (it has a publication date of its own, or its story has none): the
     * documents row with its {@code story} and {@code duplicate_of}.
     */
    static List<List<Row>> withStory(List<List<Row>> rows, String story, String duplicateOf) {
        Row doc = rows.get(0).get(0);
        StructType schema = TABLES.get(0).schema();
        Object[] values = new Object[doc.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = doc.get(i);
        }
        values[schema.fieldIndex("story")] = story;
        values[schema.fieldIndex("duplicate_of")] = duplicateOf;
        List<List<Row>> out = new ArrayList<>(rows);
        out.set(0, List.of(RowFactory.create(values)));
        return out;
    }

    /** Writes each table to {@code dir/NAME} (a Parquet folder), from the rows of each document. */
    static void write(SparkSession spark, JavaRDD<List<List<Row>>> rows, String dir) {
        for (int i = 0; i < TABLES.size(); i++) {
            int table = i;
            JavaRDD<Row> tableRows = rows.flatMap(r -> r.get(table).iterator());
            spark.createDataFrame(tableRows, TABLES.get(i).schema()).write().mode(SaveMode.ErrorIfExists)
                    .parquet(dir + "/" + TABLES.get(i).name());
        }
    }

    private static StructType schema(Object... nameType) {
        StructType s = new StructType().add("document_id", S, false);
        for (int i = 0; i < nameType.length; i += 2) {
            s = s.add((String) nameType[i], (DataType) nameType[i + 1], true);
        }
        return s;
    }

    private static Integer start(Span s) {
        return s.isEmpty() ? null : s.start();
    }

    private static Integer end(Span s) {
        return s.isEmpty() ? null : s.end();
    }

    private static <T> List<Row> each(List<T> items, Function<T, Object[]> values, String doc) {
        List<Row> out = new ArrayList<>(items.size());
        for (T item : items) {
            Object[] v = values.apply(item);
            Object[] all = new Object[v.length + 1];
            all[0] = doc;
            System.arraycopy(v, 0, all, 1, v.length);
            out.add(RowFactory.create(all));
        }
        return out;
    }

    private static List<Table> tables() {
        return List.of(
            new Table("documents", schema("source", S, "published", S, "published_from", S, "language", S,
                    "story", S, "duplicate_of", S, "origin", S, "text", S),
                a -> List.of(RowFactory.create(a.document().id(), a.document().source(),
                        a.publication().date() == null ? null : a.publication().date().toString(),
                        a.publication().from(), "en", a.story(), a.duplicateOf(),
                        a.document().metadata().origin().isEmpty() ? null : a.document().metadata().origin(),
                        a.text()))),
            new Table("mentions", schema("id", S, "start", I, "end", I, "text", S, "type", S, "kind", S,
                    "actor", S),
                a -> each(a.mentions(), (Mention m) -> new Object[] {m.id(), m.span().start(), m.span().end(),
                    m.text(), m.type().name(), m.kind().label(), m.actor()}, a.document().id())),
            new Table("actors", schema("id", S, "name", S, "type", S, "code", S, "country", S, "role", S, "kb", S),
                a -> each(a.actors(), (Actor x) -> new Object[] {x.id(), x.name(), x.type().name(), x.code(),
                    x.country(), x.role(), x.kb()}, a.document().id())),
            new Table("times", schema("id", S, "start", I, "end", I, "text", S, "type", S, "value", S, "mod", S,
                    "anchored_to", S),
                a -> each(a.times(), (Timex t) -> new Object[] {t.id(), t.span().start(), t.span().end(), t.text(),
                    t.type().name(), t.value(), t.mod(), t.anchoredTo()}, a.document().id())),
            new Table("quotes", schema("id", S, "start", I, "end", I, "text", S, "speaker", S,
                    "speaker_start", I, "speaker_end", I, "cue", S, "cue_start", I, "cue_end", I, "kind", S,
                    "embedded", B),
                a -> each(a.quotes(), (Quote q) -> new Object[] {q.id(), q.span().start(), q.span().end(),
                    q.text(), q.speaker(), start(q.speakerSpan()), end(q.speakerSpan()), q.cue(),
                    start(q.cueSpan()), end(q.cueSpan()), q.kind().label(), q.embedded()}, a.document().id())),
            new Table("events", schema("id", S, "type", S, "mode", S, "cameo", S,
                    "source", DataTypes.createArrayType(S, false), "target", DataTypes.createArrayType(S, false),
                    "date", S, "place", S, "trigger_start", I, "trigger_end", I, "trigger", S, "start", I,
                    "end", I, "negated", B, "confidence", D),
                a -> each(a.events(), (Event e) -> new Object[] {e.id(), e.type(), e.mode(), e.cameo(),
                    e.source().toArray(String[]::new), e.target().toArray(String[]::new), e.date(), e.place(),
                    e.trigger().start(), e.trigger().end(), a.covered(e.trigger()), e.span().start(),
                    e.span().end(), e.negated(), Math.round(e.confidence() * 100) / 100.0}, a.document().id())),
            new Table("counts", schema("start", I, "end", I, "kind", S, "value", D, "qualifier", S, "unit", S,
                    "place", S, "event", S),
                a -> each(a.counts(), (Count c) -> new Object[] {c.span().start(), c.span().end(), c.kind(),
                    c.value(), c.qualifier(), c.unit(), c.place(), c.event()}, a.document().id())));
    }
}

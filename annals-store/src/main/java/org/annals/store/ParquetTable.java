package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import blue.strategic.parquet.ParquetWriter;

/** One table of a store written as a Parquet file, through parquet-floor (parquet-java without Hadoop). */
final class ParquetTable implements Store.RowSink {

    private final String table;
    private final Path file;
    private List<String> names;
    private ParquetWriter<Object[]> writer;
    private long rows;

    private ParquetTable(String table, Path file) {
        this.table = table;
        this.file = file;
    }

    /** Writes {@code table} to {@code file} (replacing it); returns the number of rows. */
    static long write(Store store, String table, Path file) throws IOException {
        Files.deleteIfExists(file);
        ParquetTable t = new ParquetTable(table, file);
        try {
            store.forEachRow(table, t);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (t.writer != null) {
                t.writer.close();
            }
        }
        return t.rows;
    }

    @Override
    public void columns(List<String> columnNames, List<Class<?>> types) {
        names = List.copyOf(columnNames);
        Types.MessageTypeBuilder schema = Types.buildMessage();
        for (int i = 0; i < names.size(); i++) {
            Class<?> type = types.get(i);
            if (type == Long.class) {
                schema.optional(PrimitiveTypeName.INT64).named(names.get(i));
            } else if (type == Double.class) {
                schema.optional(PrimitiveTypeName.DOUBLE).named(names.get(i));
            } else {
                schema.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(names.get(i));
            }
        }
        MessageType message = schema.named(table);
        try {
            writer = ParquetWriter.writeFile(message, file.toFile(), (row, out) -> {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != null) {
                        out.write(names.get(i), row[i]);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(Object[] values) {
        try {
            writer.write(values);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

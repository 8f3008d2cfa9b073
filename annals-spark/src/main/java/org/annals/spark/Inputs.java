package org.annals.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.annals.ingest.DocumentIds;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceOptions;
import org.annals.ingest.Sources;
import org.annals.ingest.TextFiles;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import scala.Tuple2;

/**
 * The job's inputs, each document with its {@link Position}:
 * <ul>
 * <li>text: files and folders as {@code annals analyze} reads them (annals-ingest's {@link TextFiles}: a
 * folder's {@code .txt} and {@code .text} files in name order, the same ids, sources and problems). The files
 * are listed on the driver and read by the executors, so they must be on a file system every executor sees
 * (local in local mode, a shared mount on a cluster);</li>
 * <li>jsonl: JSON lines, each line read as {@code annals analyze} reads it (the same fields: {@code text} or
 * {@code content}, {@code title}, {@code date} or {@code published}, ...; the same ids, sources and problems);</li>
 * <li>parquet: columns {@code text} and optional {@code id}, {@code published}, {@code source};</li>
 * <li>warc: WARC files (plain or gzipped), each read on an executor as {@code annals analyze} reads it.</li>
 * </ul>
 * JSON lines and Parquet are split and read by Spark itself, from any file system Spark reads (HDFS, S3, ...).
 * A Parquet row without an {@code id} gets the id {@code annals analyze} would give its text (a hash of it).
 */
final class Inputs {

    enum Format {
        TEXT, JSONL, PARQUET, WARC;

        /** The format named, or ({@code auto}) the one the first path's name suggests: text unless it says otherwise. */
        static Format of(String name, List<String> paths) {
            if (!"auto".equalsIgnoreCase(name)) {
                return valueOf(name.toUpperCase(Locale.ROOT));
            }
            String p = paths.get(0).toLowerCase(Locale.ROOT);
            if (p.endsWith(".parquet")) {
                return PARQUET;
            }
            if (isWarcName(p)) {
                return WARC;
            }
            return p.endsWith(".jsonl") || p.endsWith(".json") || p.endsWith(".ndjson") ? JSONL : TEXT;
        }
    }

    private Inputs() {
    }

    static JavaPairRDD<Position, Item> read(SparkSession spark, Format format, List<String> paths, long maxBytes,
                                            int partitions) {
        JavaPairRDD<Position, Item> items = switch (format) {
            case TEXT -> textFiles(spark, paths, maxBytes, partitions);
            case JSONL -> jsonLines(spark, paths, maxBytes);
            case PARQUET -> parquet(spark.read().parquet(paths.toArray(String[]::new)));
            case WARC -> warcFiles(spark, paths, maxBytes);
        };
        if (format == Format.TEXT) {
            return items;
        }
        // a few large files make a few splits; analysis is what costs, so spread the rows over every core
        int wanted = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism() * 4;
        return items.getNumPartitions() == wanted ? items : items.repartition(wanted);
    }

    /** The files {@code annals analyze} would read, in its order, each read on an executor. */
    private static JavaPairRDD<Position, Item> textFiles(SparkSession spark, List<String> roots, long maxBytes,
                                                         int partitions) {
        List<Tuple2<Position, String>> files = new ArrayList<>();
        for (String root : roots) {
            for (String f : list(Path.of(root))) {
                files.add(new Tuple2<>(new Position("", files.size(), 0), f));
            }
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = partitions > 0 ? partitions : Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
        // each listed path is a file (or a missing path): TextFiles reads it, or names the problem, as the CLI does
        return sc.parallelizePairs(files, slices)
                .mapValues(f -> Item.of(new TextFiles(List.of(Path.of(f)), maxBytes).iterator().next()));
    }

    /**
     * The records of WARC files (a folder's {@code .warc} and {@code .warc.gz} files in name order), each file read
     * on an executor by annals-ingest's {@link Sources} as {@code annals analyze} reads it: one document per HTML
     * response, its text extracted, its language detected, the same ids; records in file order.
     */
    private static JavaPairRDD<Position, Item> warcFiles(SparkSession spark, List<String> roots, long maxBytes) {
        List<Tuple2<Integer, String>> files = new ArrayList<>();
        for (String root : roots) {
            for (String f : list(Path.of(root), Inputs::isWarcName)) {
                files.add(new Tuple2<>(files.size(), f));
            }
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return sc.parallelize(files, Math.max(1, files.size())).flatMapToPair(t -> {
            List<Tuple2<Position, Item>> out = new ArrayList<>();
            SourceOptions options = SourceOptions.defaults().withMaxBytes(maxBytes);
            long record = 0;
            for (SourceItem item : Sources.readPaths(List.of(Path.of(t._2())), options)) {
                out.add(new Tuple2<>(new Position("", t._1(), record++), Item.of(item)));
            }
            return out.iterator();
        });
    }

    private static boolean isWarcName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /**
     * What {@link TextFiles} reads under a root, in its order: the root itself when it is a file (or does not
     * exist: reading it names the problem), else the folder's text files in name order.
     */
    static List<String> list(Path root) {
        return list(root, Inputs::isTextName);
    }

    /** The root when it is no folder, else the folder's files whose names {@code wanted} takes, in name order. */
    private static List<String> list(Path root, java.util.function.Predicate<String> wanted) {
        if (!Files.isDirectory(root)) {
            return List.of(root.toString());
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> wanted.test(p.getFileName().toString()))
                    .sorted().map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static boolean isTextName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".text"));
    }

    /**
     * JSON lines split by Spark (any file system, large files over many tasks), each line read by annals-ingest
     * as {@code annals analyze} reads it ({@link Sources#jsonLine}: the same fields, ids, sources and problems).
     * A line's number in its file comes from counting the lines of each split first: one quick pass more.
     */
    private static JavaPairRDD<Position, Item> jsonLines(SparkSession spark, List<String> paths, long maxBytes) {
        Dataset<Row> lines = spark.read().option("lineSep", "\n").text(paths.toArray(String[]::new))
                .select(col("value"), col("_metadata.file_path"), col("_metadata.file_block_start"));
        Map<String, Map<Long, Long>> firstLines = new HashMap<>();
        for (Row r : lines.groupBy("file_path", "file_block_start").count().collectAsList()) {
            firstLines.computeIfAbsent(r.getString(0), f -> new TreeMap<>()).put(r.getLong(1), r.getLong(2));
        }
        for (Map<Long, Long> splits : firstLines.values()) {
            long line = 1;
            for (Map.Entry<Long, Long> e : splits.entrySet()) {
                long count = e.getValue();
                e.setValue(line);
                line += count;
            }
        }
        return lines.toJavaRDD().mapPartitionsToPair(rows -> numbered(rows, firstLines, maxBytes));
    }

    private static Iterator<Tuple2<Position, Item>> numbered(Iterator<Row> rows, Map<String, Map<Long, Long>> first,
                                                            long maxBytes) {
        SourceOptions options = SourceOptions.defaults().withMaxBytes(maxBytes);
        List<Tuple2<Position, Item>> out = new ArrayList<>();
        String uri = null;
        String file = null;
        String shortName = null;
        long block = -1;
        long line = 0;
        while (rows.hasNext()) {
            Row r = rows.next();
            if (!r.getString(1).equals(uri) || r.getLong(2) != block) {
                uri = r.getString(1);
                block = r.getLong(2);
                line = first.get(uri).get(block);
                file = localPath(uri);
                shortName = file.substring(file.lastIndexOf('/') + 1);
            }
            SourceItem item = Sources.jsonLine(file, shortName, line, r.getString(0).getBytes(StandardCharsets.UTF_8),
                    options);
            if (item != null) {
                out.add(new Tuple2<>(new Position(file, 0, line), Item.of(item)));
            }
            line++;
        }
        return out.iterator();
    }

    /** A file URI as Spark names it ({@code file:/tmp/a.jsonl}) as a local path; another file system's as it is. */
    private static String localPath(String uri) {
        return uri.startsWith("file:") ? Path.of(URI.create(uri)).toString() : uri;
    }

    /** Rows of Parquet, each at its file and row. */
    private static JavaPairRDD<Position, Item> parquet(Dataset<Row> df) {
        List<String> columns = Arrays.asList(df.columns());
        if (!columns.contains("text")) {
            throw new IllegalArgumentException("the input has no 'text' column; it has " + columns);
        }
        Column[] select = {
            optional(columns, "id"), col("text").cast("string"), optional(columns, "published"),
            optional(columns, "source"), col("_metadata.file_path"), col("_metadata.row_index")};
        return df.select(select).toJavaRDD().mapToPair(r -> {
            String path = r.getString(4);
            long index = r.getLong(5);
            Position pos = new Position(path, 0, index);
            String text = r.getString(1);
            String name = path + "#row " + index;
            if (text == null || text.isBlank()) {
                return new Tuple2<>(pos, Item.failed(name, "no text"));
            }
            String id = r.isNullAt(0) || r.getString(0).isBlank() ? DocumentIds.of(text) : r.getString(0);
            String source = r.isNullAt(3) ? null : r.getString(3);
            return new Tuple2<>(pos, new Item(name, id, source, text, Item.date(r.getString(2)), path, null));
        });
    }

    private static Column optional(List<String> columns, String name) {
        return (columns.contains(name) ? col(name).cast("string") : lit(null).cast("string")).as(name);
    }
}

package org.annals.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
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
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.Tuple2;

/**
 * The job's inputs, each document with its {@link Position}:
 * <ul>
 * <li>text: files and folders as {@code annals analyze} reads them (annals-ingest's {@link TextFiles}: a
 * folder's {@code .txt} and {@code .text} files in name order, the same ids, sources and problems). The files
 * are listed on the driver and read by the executors, so they must be on a file system every executor sees
 * (local in local mode, a shared mount on a cluster);</li>
 * <li>jsonl: JSON lines with a {@code text} field and optional {@code id}, {@code published}, {@code source};</li>
 * <li>parquet: the same as columns;</li>
 * <li>warc: WARC files (plain or gzipped), each read on an executor as {@code annals analyze} reads it.</li>
 * </ul>
 * JSON lines and Parquet are read by Spark itself, from any file system Spark reads (HDFS, S3, ...). A row
 * without an {@code id} gets the id {@code annals analyze} would give its text (a hash of the text).
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
            case JSONL -> rows(spark.read().schema(new StructType()
                    .add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                    .add("published", DataTypes.StringType).add("source", DataTypes.StringType))
                    .json(paths.toArray(String[]::new)), false);
            case PARQUET -> rows(spark.read().parquet(paths.toArray(String[]::new)), true);
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

    /** Rows of JSON lines or Parquet, each at its file, split and row. */
    private static JavaPairRDD<Position, Item> rows(Dataset<Row> df, boolean parquet) {
        List<String> columns = Arrays.asList(df.columns());
        if (!columns.contains("text")) {
            throw new IllegalArgumentException("the input has no 'text' column; it has " + columns);
        }
        Column[] select = {
            optional(columns, "id"), col("text").cast("string"), optional(columns, "published"),
            optional(columns, "source"), col("_metadata.file_path"),
            parquet ? lit(0L) : col("_metadata.file_block_start"),
            parquet ? col("_metadata.row_index") : lit(-1L)};
        return df.select(select).toJavaRDD().mapPartitionsToPair(Inputs::positioned);
    }

    private static Column optional(List<String> columns, String name) {
        return (columns.contains(name) ? col(name).cast("string") : lit(null).cast("string")).as(name);
    }

    /** Numbers rows within each file split (Parquet rows carry their own index: {@code row >= 0}). */
    private static Iterator<Tuple2<Position, Item>> positioned(Iterator<Row> rows) {
        return new Iterator<>() {
            private String file;
            private long block = -1;
            private long counter;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Tuple2<Position, Item> next() {
                Row r = rows.next();
                String path = r.getString(4);
                long start = r.getLong(5);
                long index = r.getLong(6);
                if (!path.equals(file) || start != block) {
                    file = path;
                    block = start;
                    counter = 0;
                }
                long row = index >= 0 ? index : counter++;
                Position pos = new Position(path, start, row);
                String text = r.getString(1);
                String name = path + "#" + (index >= 0 ? "row " + index : "split " + start + " line " + row);
                if (text == null || text.isBlank()) {
                    return new Tuple2<>(pos, Item.failed(name, "no text"));
                }
                String id = r.isNullAt(0) || r.getString(0).isBlank() ? DocumentIds.of(text) : r.getString(0);
                String source = r.isNullAt(3) ? null : r.getString(3);
                return new Tuple2<>(pos, new Item(name, id, source, text, Item.date(r.getString(2)), path, null));
            }
        };
    }
}

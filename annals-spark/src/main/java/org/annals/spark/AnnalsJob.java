package org.annals.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.model.Analysis;
import org.annals.core.story.Stories;
import org.annals.core.story.StoryBlocks;
import org.annals.core.story.StoryInput;
import org.annals.json.AnnalsJson;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.Row;

import scala.Tuple2;

/**
 * {@code annals analyze --stories} as a Spark job. Reads text files and folders, JSON lines or Parquet
 * ({@link Inputs}), analyses each document with the core pipeline on the executors (one pipeline per JVM),
 * groups the documents into stories exactly as the single-machine run does ({@link StoryJob}), and writes:
 * <ul>
 * <li>{@code OUT/jsonl/part-*}: one {@code annals/1} JSON object per document, byte for byte what
 * {@code annals analyze --stories} writes, in input order (the part files in name order hold the lines in
 * order: {@code cat OUT/jsonl/part-*} is the whole output);</li>
 * <li>{@code OUT/tables/NAME}: Parquet tables documents, mentions, actors, times, quotes, events, counts
 * ({@link Tables}).</li>
 * </ul>
 * An input that cannot be read or analysed is named on stderr with the reason, as the CLI does; the others
 * are analysed, and the exit code is 1.
 */
public final class AnnalsJob {

    /** The job's options; see {@link #usage()}. */
    public record Options(List<String> inputs, String out, String format, boolean stories, boolean jsonl,
                          boolean tables, int partitions, long maxBytes, String master, int blockSize) {

        public static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String out = null;
            String format = "auto";
            String master = null;
            boolean stories = true;
            boolean jsonl = true;
            boolean tables = true;
            int partitions = 0;
            long maxBytes = 10L * 1024 * 1024;
            int blockSize = StoryBlocks.Blocking.BLOCK_SIZE;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--out", "-o" -> out = value(args, ++i, a);
                    case "--format" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--master" -> master = value(args, ++i, a);
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                    case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i, a));
                    case "--block-size" -> blockSize = Integer.parseInt(value(args, ++i, a));
                    case "--no-stories" -> stories = false;
                    case "--no-jsonl" -> jsonl = false;
                    case "--no-tables" -> tables = false;
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (inputs.isEmpty() || out == null) {
                throw new IllegalArgumentException("give at least one input and --out DIR");
            }
            if (!List.of("auto", "text", "jsonl", "parquet", "warc").contains(format)) {
                throw new IllegalArgumentException("--format is one of auto, text, jsonl, parquet, warc: " + format);
            }
            if (blockSize < 1) {
                throw new IllegalArgumentException("--block-size must be at least 1: " + blockSize);
            }
            return new Options(List.copyOf(inputs), out, format, stories, jsonl, tables, partitions, maxBytes,
                    master, blockSize);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    /**
     * What a run did.
     *
     * @param problems one line per input that could not be read or analysed, in input order
     * @param storySteps the seconds of each step of the story grouping, in order
     */
    public record Summary(long documents, List<String> problems, int stories, int duplicates,
                         double analyseSeconds, double storySeconds, double writeSeconds,
                         Map<String, Double> storySteps) {

        public double seconds() {
            return analyseSeconds + storySeconds + writeSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "annals-spark: %d documents, %d failed, %d stories, %d near-copies;"
                    + " analysis %.1f s, stories %.1f s, writing %.1f s; %.1f s in all, %.1f documents/s",
                    documents, problems.size(), stories, duplicates, analyseSeconds, storySeconds, writeSeconds,
                    seconds(), documents / Math.max(seconds(), 1e-9))
                    + (storySteps.isEmpty() ? "" : "\nannals-spark: stories: " + String.join(", ",
                            storySteps.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f s",
                                    e.getKey(), e.getValue())).toList()));
        }
    }

    private AnnalsJob() {
    }

    static String usage() {
        return String.join("\n",
                "Usage: spark-submit --class org.annals.spark.AnnalsJob annals-spark-job.jar [options] PATH...",
                "  PATH...             text files or folders of .txt files, JSON lines, Parquet, or WARC",
                "  -o, --out DIR       output folder (must not exist): DIR/jsonl, DIR/tables/NAME",
                "  --format F          auto (default: by the first path's name), text, jsonl, parquet, warc",
                "  --no-stories        do not group documents into stories",
                "  --block-size N      split weeks of more than N documents into lanes by signature (default: "
                        + StoryBlocks.Blocking.BLOCK_SIZE + ")",
                "  --no-jsonl          do not write annals/1 JSON lines",
                "  --no-tables         do not write Parquet tables",
                "  --partitions N      how many partitions to analyse in (default: 4 a core)",
                "  --max-bytes N       skip documents (text files, JSON lines, WARC records) larger than N bytes (default: 10485760)",
                "  --master URL        Spark master when run without spark-submit (e.g. local[*])");
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("annals-spark: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("annals");
        if (!new SparkConf().contains("spark.driver.maxResultSize")) {
            // the story inputs come to the driver (a few KB a document): its memory is the limit, not 1 GB
            builder = builder.config("spark.driver.maxResultSize", "0");
        }
        if (o.master() != null) {
            builder = builder.master(o.master());
        }
        SparkSession spark = builder.getOrCreate();
        Summary s;
        try {
            s = run(spark, o);
        } finally {
            spark.stop();
        }
        s.problems().forEach(System.err::println);
        System.err.println(s);
        System.exit(s.problems().isEmpty() ? 0 : 1);
    }

    /** Runs the job in a session. */
    public static Summary run(SparkSession spark, Options o) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long t0 = System.nanoTime();
        JavaPairRDD<Position, Item> items = Inputs.read(spark, Inputs.Format.of(o.format(), o.inputs()),
                o.inputs(), o.maxBytes(), o.partitions());
        boolean jsonl = o.jsonl();
        boolean tables = o.tables();
        JavaPairRDD<Position, Outcome> outcomes = items.mapValues(item -> Outcome.of(item, jsonl, tables))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<Tuple2<Position, String>> failed = new ArrayList<>(outcomes.filter(t -> t._2().message() != null)
                .mapValues(Outcome::message).collect());
        failed.sort((x, y) -> x._1().compareTo(y._1()));
        List<String> problems = failed.stream().map(Tuple2::_2).toList();
        JavaPairRDD<Position, Outcome> done = outcomes.filter(t -> t._2().message() == null);
        long documents = done.count();
        long t1 = System.nanoTime();
        int stories = 0;
        int duplicates = 0;
        Map<String, Double> steps = Map.of();
        JavaPairRDD<Position, Outcome> placed = done;
        if (o.stories()) {
            JavaPairRDD<Position, StoryInput> inputs = done.mapValues(Outcome::input)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            StoryJob.Result r = StoryJob.group(sc, inputs, o.blockSize());
            inputs.unpersist(false);
            var placements = r.placements();
            var anchors = r.anchors();
            placed = done.mapToPair(t -> new Tuple2<>(t._1(),
                    t._2().place(placements.value().get(t._1()), anchors.value(), jsonl, tables)));
            stories = r.stories();
            duplicates = r.duplicates();
            steps = r.steps();
        }
        long t2 = System.nanoTime();
        if (jsonl) {
            placed.mapValues(Outcome::line).sortByKey(true).values().saveAsTextFile(o.out() + "/jsonl");
        }
        if (tables) {
            Tables.write(spark, placed.values().map(Outcome::rows), o.out() + "/tables");
        }
        long t3 = System.nanoTime();
        outcomes.unpersist(false);
        return new Summary(documents, problems, stories, duplicates, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, steps);
    }

    /**
     * A document analysed, or why it was not, kept between the job's steps (in memory, or on disk when memory
     * is short): not the analysis, which is large, but what the job writes of it and what grouping needs. The
     * placement in a story changes only {@code story} and {@code duplicate_of}, except for an undated document
     * in a dated story, whose relative dates its story anchors: that one keeps its input to be analysed again
     * (deterministic, so the same analysis).
     *
     * @param line its {@code annals/1} line, or {@code null} when no JSON lines are written
     * @param rows its table rows, or {@code null} when no tables are written
     * @param input what story grouping needs of it
     * @param undated its input when it has no publication date, else {@code null}
     * @param message why there is no analysis, else {@code null}
     */
    record Outcome(String line, List<List<Row>> rows, StoryInput input, Item undated, String message)
            implements java.io.Serializable {

        static Outcome of(Item item, boolean jsonl, boolean tables) {
            if (!item.ok()) {
                return new Outcome(null, null, null, null, "annals: " + item.name() + ": " + item.problem());
            }
            try {
                Analysis a = Analyzer.analyze(item);
                return new Outcome(jsonl ? AnnalsJson.toJson(a) : null, tables ? Tables.rows(a) : null,
                        StoryInput.of(a), a.publication().known() ? null : item, null);
            } catch (RuntimeException e) {
                // a defect of ours, not of the input: report it with the input's name and go on
                return new Outcome(null, null, null, null,
                        "annals: " + item.name() + ": internal error while analysing: " + e);
            }
        }

        /** This document placed in its story, with the stories' anchors ({@link Stories#anchors}). */
        Outcome place(Stories.Placement p, Map<String, LocalDate> anchors, boolean jsonl, boolean tables) {
            LocalDate anchor = anchors.get(p.story());
            if (undated != null && anchor != null) {
                Analysis a = Stories.place(Analyzer.analyze(undated), p, anchor);
                return new Outcome(jsonl ? AnnalsJson.toJson(a) : null, tables ? Tables.rows(a) : null, input,
                        undated, null);
            }
            return new Outcome(line == null ? null : AnnalsJson.withStory(line, p.story(), p.duplicateOf()),
                    rows == null ? null : Tables.withStory(rows, p.story(), p.duplicateOf()), input, undated, null);
        }
    }
}

package org.annals.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.annals.core.Annals;
import org.annals.core.model.Analysis;
import org.annals.core.model.Document;
import org.annals.core.model.Metadata;
import org.annals.core.pipeline.Pipeline;
import org.annals.core.story.Stories;
import org.annals.core.story.StoryBlocks;
import org.annals.core.story.StoryInput;
import org.annals.ingest.DocumentIds;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceOptions;
import org.annals.ingest.Sources;
import org.annals.ingest.TextFiles;
import org.annals.json.AnnalsJson;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode gives what the single-machine run gives ({@code Annals.pipeline()}, then
 * {@code Stories.group}, then {@code AnnalsJson.toJson}, as {@code annals analyze --stories} does): the same
 * JSON lines, byte for byte, in the same order.
 */
class AnnalsJobTest {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Pipeline PIPELINE = Annals.pipeline();
    static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().appName("annals-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                // splits of 64 KB: a file of JSON lines is read in several splits, as a large one is on a cluster
                .config("spark.sql.files.maxPartitionBytes", "65536")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    /** What {@code annals analyze --stories} writes for these documents, in this order. */
    static List<String> singleMachine(List<Document> docs) {
        List<Analysis> analyses = new ArrayList<>();
        for (Document d : docs) {
            analyses.add(PIPELINE.analyze(d));
        }
        return Stories.group(analyses).stream().map(AnnalsJson::toJson).toList();
    }

    static List<String> jsonLines(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    static AnnalsJob.Summary run(String... args) {
        return AnnalsJob.run(spark, AnnalsJob.Options.parse(args));
    }

    /** Runs the job over a folder and checks its lines against the single-machine run's; returns its summary. */
    static AnnalsJob.Summary sameAsSingleMachine(Path folder, Path out) throws IOException {
        AnnalsJob.Summary s = run(folder.toString(), "--out", out.toString());
        List<Document> docs = new ArrayList<>();
        for (SourceItem item : new TextFiles(List.of(folder))) {
            docs.add(item.document());
        }
        assertEquals(singleMachine(docs), jsonLines(out),
                "the job's JSON lines are the single-machine ones, in input order");
        assertEquals(docs.size(), s.documents());
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        return s;
    }

    @Test
    void examplesGiveTheSameDocumentsEventsAndStoriesAsTheSingleMachineRun(@TempDir Path tmp) throws IOException {
        AnnalsJob.Summary s = sameAsSingleMachine(EXAMPLES, tmp.resolve("out"));
        assertTrue(s.stories() < s.documents(), "two outlets of the Jakarta meeting make one story: " + s);
    }

    @Test
    void theSeedArticlesGiveTheSameAsTheSingleMachineRun(@TempDir Path tmp) throws IOException {
        Path seeds = Path.of("..", "..", "shared", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "the shared seed articles are not here");
        sameAsSingleMachine(seeds, tmp.resolve("out"));
    }

    @Test
    void nearCopiesUndatedReportsAndBadFilesAreHandledAsTheCliDoes(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String jakarta = Files.readString(EXAMPLES.resolve("07-jakarta-kishida-widodo-meeting.txt"));
        String malawi = Files.readString(EXAMPLES.resolve("10-malawi-cholera-aid.txt"));
        Files.writeString(in.resolve("a-jakarta.txt"), jakarta);
        // wire copy republished: the date line dropped, so its relative dates resolve through its story
        Files.writeString(in.resolve("b-jakarta-copy.txt"), jakarta.substring(jakarta.indexOf('\n') + 1)
                .replace("Japan and Indonesia pledge", "Japan, Indonesia pledge"));
        Files.writeString(in.resolve("c-malawi.txt"), malawi);
        Files.writeString(in.resolve("d-malawi-again.txt"), malawi + "\nReporting by our correspondent.\n");
        Files.writeString(in.resolve("e-empty.txt"), "");
        Path out = tmp.resolve("out");

        AnnalsJob.Summary s = run(in.toString(), "--out", out.toString(), "--partitions", "3");

        List<Document> docs = new ArrayList<>();
        for (SourceItem item : new TextFiles(List.of(in))) {
            if (item.ok()) {
                docs.add(item.document());
            }
        }
        List<String> lines = jsonLines(out);
        assertEquals(singleMachine(docs), lines);
        assertEquals(List.of("annals: " + in.resolve("e-empty.txt") + ": empty file"), s.problems());
        assertEquals(2, s.duplicates(), "each copy points to its original: " + s);
        assertEquals(2, s.stories());
        assertTrue(lines.get(1).contains("\"duplicate_of\":\"" + docs.get(0).id() + "\""), lines.get(1));
    }

    @Test
    void aWebArchiveGivesWhatTheCliReadsFromIt(@TempDir Path tmp) throws IOException {
        // three responses: two English articles (as HTML pages) and one in German, which is not analysed
        Path warc = tmp.resolve("crawl.warc.gz");
        try (var os = Files.newOutputStream(warc);
             var w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(os),
                     org.netpreserve.jwarc.WarcCompression.GZIP)) {
            String[][] pages = {
                {"https://news.example.org/jakarta", page(Files.readString(
                        EXAMPLES.resolve("07-jakarta-kishida-widodo-meeting.txt")))},
                {"https://zeitung.example.de/berlin", page("Die Regierung in Berlin hat am Montag neue Gespräche "
                        + "mit den Nachbarländern angekündigt. Der Minister sagte, die Verhandlungen würden im "
                        + "Herbst beginnen und bis zum Ende des Jahres dauern.")},
                {"https://news.example.org/ankara", page(Files.readString(
                        EXAMPLES.resolve("04-wire-ankara-fidan-kuleba.txt")))}};
            for (String[] pg : pages) {
                var http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(
                        org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                        pg[1].getBytes(StandardCharsets.UTF_8)).build();
                w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(pg[0]))
                        .date(java.time.Instant.parse("2024-03-16T12:00:00Z")).body(http).build());
            }
        }
        List<String> expected = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        for (SourceItem item : org.annals.ingest.Sources.readPaths(List.of(warc),
                org.annals.ingest.SourceOptions.defaults())) {
            Document d = item.document();
            analyses.add(org.annals.ingest.Languages.analysable(d.metadata().extra().get("language"))
                    ? PIPELINE.analyze(d) : Analysis.start(d));
        }
        Stories.group(analyses).forEach(a -> expected.add(AnnalsJson.toJson(a)));
        assertEquals(3, expected.size());
        assertTrue(expected.get(1).contains("\"language\":\"de\"") && expected.get(1).contains("\"events\":[]"),
                expected.get(1));

        AnnalsJob.Summary s = run(warc.toString(), "--out", tmp.resolve("out").toString(), "--no-tables");
        assertEquals(expected, jsonLines(tmp.resolve("out")));
        assertEquals(3, s.documents());
    }

    /** A news page around the paragraphs of a text. */
    private static String page(String text) {
        StringBuilder b = new StringBuilder("<html><head><title>News</title></head><body><article>");
        for (String para : text.split("\n\\s*\n")) {
            b.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        return b.append("</article></body></html>").toString();
    }

    @Test
    void jsonLinesAndParquetRowsGiveTheSameAsDocumentsBuiltFromThem(@TempDir Path tmp) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> files = Inputs.list(EXAMPLES);
        List<Row> rows = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(Path.of(files.get(i)));
            // every other row names its id and date; the others leave them to annals
            String id = i % 2 == 0 ? "row-" + i : null;
            String published = i % 2 == 0 ? "2024-05-0" + (1 + i % 9) + "T08:00:00Z" : null;
            String source = "feed-" + i;
            rows.add(RowFactory.create(id, text, published, source));
            jsonl.append(json.writeValueAsString(Map.of("text", text, "source", source,
                    "id", id == null ? "" : id, "published", published == null ? "" : published))).append('\n');
            docs.add(new Document(id == null ? DocumentIds.of(text) : id, source, text,
                    Metadata.of(published == null ? null : LocalDate.parse(published.substring(0, 10)), "ORIGIN")));
        }
        // JSON lines as news dumps write them: other field names, a blank line, a line that is no JSON
        jsonl.append(json.writeValueAsString(Map.of("headline", "Port workers end strike in Valdora",
                "content", "Dock workers in Valdora ended a nine-day strike on Monday, the union said.",
                "date", "2024-05-06"))).append("\n\n{\"text\": unquoted}\n");
        Path lines = tmp.resolve("in.jsonl");
        Files.writeString(lines, jsonl);
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("published", DataTypes.StringType).add("source", DataTypes.StringType);
        Dataset<Row> df = spark.createDataFrame(rows, schema).coalesce(1);
        df.write().parquet(tmp.resolve("in.parquet").toString());
        List<String> expected = singleMachine(docs);

        AnnalsJob.Summary fromLines = run(lines.toString(), "--out", tmp.resolve("from-jsonl").toString(),
                "--no-tables");
        List<Document> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (SourceItem item : Sources.readPaths(List.of(lines), SourceOptions.defaults())) {
            if (item.ok()) {
                read.add(item.document());
            } else {
                problems.add(item.name());
            }
        }
        assertEquals(singleMachine(read), jsonLines(tmp.resolve("from-jsonl")),
                "each line is read as annals analyze reads it: its fields, id, source and origin");
        assertEquals(List.of(lines + ":" + (files.size() + 3)), problems);
        assertEquals(1, fromLines.problems().size(), fromLines.problems().toString());
        assertTrue(fromLines.problems().get(0).contains(problems.get(0) + ": not JSON"), fromLines.problems().get(0));
        run(tmp.resolve("in.parquet").toString(), "--out", tmp.resolve("from-parquet").toString(),
                "--partitions", "2");
        assertEquals(expected, withoutOrigin(jsonLines(tmp.resolve("from-parquet"))));

        // the tables hold the same records
        Path tables = tmp.resolve("from-parquet").resolve("tables");
        assertEquals(docs.size(), spark.read().parquet(tables.resolve("documents").toString()).count());
        long events = expected.stream().mapToLong(l -> count(l, "\"trigger_span\"")).sum();
        Dataset<Row> ev = spark.read().parquet(tables.resolve("events").toString());
        assertEquals(events, ev.count());
        Set<String> triggers = new HashSet<>(ev.select("trigger").as(Encoders.STRING()).collectAsList());
        assertTrue(triggers.size() > 3, triggers.toString());
        for (String t : Tables.names()) {
            assertTrue(Files.isDirectory(tables.resolve(t)), t);
        }
        Row first = spark.read().parquet(tables.resolve("mentions").toString()).join(
                spark.read().parquet(tables.resolve("documents").toString())
                        .select(col("document_id").as("doc"), col("text").as("document_text")),
                col("document_id").equalTo(col("doc")))
                .select("start", "end", "text", "document_text").first();
        assertEquals(first.getString(2), first.getString(3).substring(first.getInt(0), first.getInt(1)),
                "a mention's start and end are offsets into its document's text");
    }

    @Test
    void aCorpusOverMonthsGivesTheStoriesOfTheSingleMachineRun(@TempDir Path tmp) throws IOException {
        Path in = corpusOverMonths(tmp);
        List<Document> docs = documents(in);
        List<String> expected = singleMachine(docs);
        ObjectMapper json = new ObjectMapper();

        AnnalsJob.Summary s = run(in.toString(), "--out", tmp.resolve("out").toString(), "--no-tables",
                "--partitions", "3");
        assertEquals(expected, jsonLines(tmp.resolve("out")));
        long copies = expected.stream().filter(l -> !l.contains("\"duplicate_of\":null")).count();
        assertEquals(copies, s.duplicates());
        assertTrue(copies >= 30, "every tenth is a near-copy: " + copies);
        // the case is the one meant: stories whose articles lie in different blocks, and undated ones in them
        Map<String, Set<Long>> blocks = new java.util.HashMap<>();
        Set<String> withUndated = new HashSet<>();
        for (String line : expected) {
            Map<?, ?> doc = (Map<?, ?>) json.readValue(line, Map.class).get("document");
            String story = (String) doc.get("story");
            Object published = doc.get("published");
            if (published == null) {
                withUndated.add(story);
            } else {
                blocks.computeIfAbsent(story, k -> new HashSet<>()).add(Math.floorDiv(
                        LocalDate.parse((String) published).toEpochDay(), StoryBlocks.BLOCK_DAYS));
            }
        }
        assertTrue(blocks.values().stream().anyMatch(b -> b.size() > 1), blocks.toString());
        assertTrue(withUndated.stream().anyMatch(blocks::containsKey), withUndated.toString());
    }

    @Test
    void weeksSplitIntoLanesGiveTheStoriesOfTheSingleMachineRunWithTheSameBlockSize(@TempDir Path tmp)
            throws IOException {
        Path in = corpusOverMonths(tmp);
        List<Analysis> analyses = new ArrayList<>();
        Map<Long, Long> perWeek = new java.util.HashMap<>();
        for (Document d : documents(in)) {
            Analysis a = PIPELINE.analyze(d);
            analyses.add(a);
            perWeek.merge(StoryBlocks.week(StoryInput.of(a)), 1L, Long::sum);
        }
        // blocks of two documents: every week of the corpus (a few articles each) is split into lanes
        assertTrue(StoryBlocks.Blocking.of(perWeek, 2).lanes() > 1, perWeek.toString());
        List<String> expected = Stories.group(analyses, 2).stream().map(AnnalsJson::toJson).toList();

        run(in.toString(), "--out", tmp.resolve("out").toString(), "--no-tables", "--block-size", "2");
        assertEquals(expected, jsonLines(tmp.resolve("out")));
    }

    /**
     * 300 articles over a year (a few a week) as JSON lines, every tenth a near-copy, every seventh without a
     * date: stories run over several blocks of dates, and undated articles join dated ones.
     */
    private static Path corpusOverMonths(Path tmp) throws IOException {
        Path synthetic = tmp.resolve("synthetic.jsonl");
        org.annals.spark.bench.SyntheticInput.main(new String[] {EXAMPLES.toString(), "300", synthetic.toString()});
        ObjectMapper json = new ObjectMapper();
        StringBuilder jsonl = new StringBuilder();
        List<String> lines = Files.readAllLines(synthetic);
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> row = new java.util.LinkedHashMap<>(json.readValue(lines.get(i), Map.class));
            if (i % 7 == 3) {
                row.remove("published");
            }
            jsonl.append(json.writeValueAsString(row)).append('\n');
        }
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, jsonl);
        return in;
    }

    /** The documents the CLI reads from a file. */
    private static List<Document> documents(Path in) {
        List<Document> docs = new ArrayList<>();
        for (SourceItem item : Sources.readPaths(List.of(in), SourceOptions.defaults())) {
            docs.add(item.document());
        }
        return docs;
    }

    private static List<String> withoutOrigin(List<String> lines) {
        return lines.stream().map(l -> l.replaceFirst("\"origin\":\"[^\"]*\"", "\"origin\":\"ORIGIN\""))
                .collect(Collectors.toList());
    }

    private static long count(String s, String part) {
        long n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

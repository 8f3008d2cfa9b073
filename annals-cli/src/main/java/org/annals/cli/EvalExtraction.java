package org.annals.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

import org.annals.eval.ExtractionScorer;
import org.annals.ingest.html.HtmlArticle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals eval extraction}: the article bodies annals finds in web pages, against the true ones. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores the article bodies that annals extracts from web pages against the true bodies of "
                + "an article-extraction benchmark: DIR/ground-truth.json maps a page id to {\"articleBody\", "
                + "\"url\"}, and the page is DIR/html/ID.html.gz (decoded by the page's own charset).",
                "Texts are cut into \\w+ word tokens and 4-token shingles; per page the multiset overlap gives "
                + "TP/FP/FN normalised by their sum; P and R are averaged over pages, F1 comes from the averages. "
                + "Prints extraction: P=… R=… F1=… (n=…) and extraction-accuracy (pages whose shingles are "
                + "exactly the true ones). The title is not part of the body scored.",
                "Pages are taken in the order of their ids. With --hold-out K, the pages whose index i (from 0) "
                + "has i mod K = K-1 are scored apart (lines extraction-held, extraction-held-accuracy)."})
final class EvalExtraction implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "The benchmark folder (ground-truth.json and html/).")
    Path gold;

    @Mixin
    HoldOut holdOut;

    @Option(names = "--show-errors", description = "Print each page's P and R, worst first, to stderr; never for "
            + "the held pages.")
    boolean showErrors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!holdOut.valid(err, "eval extraction")) {
            return 2;
        }
        Map<String, JsonNode> truth = new TreeMap<>();
        try (InputStream in = Files.newInputStream(gold.resolve("ground-truth.json"))) {
            JsonNode root = JSON.readTree(in);
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                truth.put(e.getKey(), e.getValue());
            }
        } catch (NoSuchFileException e) {
            err.println("annals eval extraction: " + e.getFile() + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("annals eval extraction: " + gold.resolve("ground-truth.json") + ": " + e.getMessage());
            return 1;
        }
        ExtractionScorer rest = new ExtractionScorer();
        ExtractionScorer held = new ExtractionScorer();
        List<String> errors = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, JsonNode> e : truth.entrySet()) {
            boolean isHeld = holdOut.held(i++);
            String expected = e.getValue().path("articleBody").asText("");
            String url = e.getValue().path("url").asText("");
            Path page = gold.resolve("html").resolve(e.getKey() + ".html.gz");
            String found;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                found = HtmlArticle.parse(in.readAllBytes(), url).body();
            } catch (IOException ex) {
                err.println("annals eval extraction: " + page + ": " + ex.getMessage());
                found = "";
            }
            ExtractionScorer scorer = isHeld ? held : rest;
            scorer.add(expected, found);
            if (showErrors && !isHeld) {
                ExtractionScorer one = new ExtractionScorer();
                one.add(expected, found);
                errors.add(String.format(java.util.Locale.ROOT, "%.3f %s P=%.3f R=%.3f %s", one.f1(), e.getKey(),
                        one.precision(), one.recall(), url));
            }
        }
        out.println(rest.line("extraction"));
        out.println(rest.accuracyLine("extraction"));
        if (holdOut.active()) {
            out.println(held.line("extraction-held"));
            out.println(held.accuracyLine("extraction-held"));
        }
        errors.sort(null);
        errors.forEach(err::println);
        out.flush();
        err.flush();
        return 0;
    }
}

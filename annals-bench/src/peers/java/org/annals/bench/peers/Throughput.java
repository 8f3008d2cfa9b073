package org.annals.bench.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.annals.core.Annals;
import org.annals.core.model.Document;
import org.annals.core.pipeline.Pipeline;

/**
 * Throughput side by side, in one run on one thread and over the same articles: annals' whole pipeline, Stanford
 * CoreNLP with {@code tokenize,ssplit,pos,lemma,ner} (and with {@code ner.applyFineGrained=false}), and the floor
 * of any dictionary extractor: a hand-written tokenizer and a hash lookup of each lower-cased token in a
 * gazetteer of 100,000 entries. Each is warmed up first; the figure is articles per second on one core, with the
 * ratios to annals.
 *
 * <p>Arguments: the folder of {@code .txt} articles, how many articles annals and the floor analyse (the corpus
 * repeated), and how many CoreNLP does (it is some thousand times slower).
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        int docs = Integer.parseInt(args[1]);
        int corenlpDocs = Integer.parseInt(args[2]);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            System.err.println("throughput: no .txt articles in " + corpus);
            System.exit(2);
        }
        long chars = texts.stream().mapToLong(String::length).sum() / texts.size();
        System.out.printf(Locale.ROOT, "corpus: %d articles of about %,d characters from %s%n", texts.size(), chars,
                corpus);

        Pipeline annals = Annals.pipeline();
        double annalsRate = rate(docs, docs / 4, i -> annals.analyze(
                new Document("d" + i, "d" + i, texts.get(i % texts.size()), null)));
        System.out.printf(Locale.ROOT, "annals (all layers): %,.0f articles/s/core over %,d articles%n", annalsRate,
                docs);

        Map<String, Integer> gazetteer = gazetteer(texts, 100_000);
        long[] sink = new long[1];
        double floorRate = rate(docs, docs / 4, i -> sink[0] += lookups(texts.get(i % texts.size()), gazetteer));
        System.out.printf(Locale.ROOT, "gazetteer floor (tokenizer + hash lookup, 100,000 entries): %,.0f "
                + "articles/s/core (annals %.1fx below it)%n", floorRate, floorRate / annalsRate);

        for (boolean fine : new boolean[] {true, false}) {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            props.setProperty("ner.applyFineGrained", String.valueOf(fine));
            long load = System.nanoTime();
            StanfordCoreNLP nlp = new StanfordCoreNLP(props);
            double loadSeconds = (System.nanoTime() - load) / 1e9;
            double coreRate = rate(corenlpDocs, Math.max(2, corenlpDocs / 8),
                    i -> nlp.annotate(new Annotation(texts.get(i % texts.size()))));
            System.out.printf(Locale.ROOT, "CoreNLP tokenize,ssplit,pos,lemma,ner (fine-grained %s): %.2f "
                    + "articles/s/core over %d articles, %.0f s to load; annals is %,.0fx faster%n", fine, coreRate,
                    corenlpDocs, loadSeconds, annalsRate / coreRate);
        }
        System.out.println(sink[0] == 42 ? "" : "done");
    }

    /** One unit of work: article {@code i}. */
    private interface Work {
        void run(int i);
    }

    /** Articles per second over {@code n} articles after {@code warmup} not counted. */
    private static double rate(int n, int warmup, Work work) {
        for (int i = 0; i < warmup; i++) {
            work.run(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            work.run(i);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** The words of the corpus and made-up ones, up to {@code size} entries. */
    private static Map<String, Integer> gazetteer(List<String> texts, int size) {
        Map<String, Integer> g = new HashMap<>(size * 2);
        for (String t : texts) {
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty() && g.size() < size) {
                    g.put(w, g.size());
                }
            }
        }
        SplittableRandom r = new SplittableRandom(1);
        while (g.size() < size) {
            StringBuilder sb = new StringBuilder();
            for (int k = 4 + r.nextInt(8); k > 0; k--) {
                sb.append((char) ('a' + r.nextInt(26)));
            }
            g.put(sb.toString(), g.size());
        }
        return g;
    }

    /** Tokenizes a text by hand (letters and digits) and looks each lower-cased token up; returns the hits. */
    private static long lookups(String text, Map<String, Integer> gazetteer) {
        long hits = 0;
        int n = text.length();
        int i = 0;
        StringBuilder sb = new StringBuilder(32);
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            sb.setLength(0);
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                sb.append(Character.toLowerCase(text.charAt(i++)));
            }
            if (sb.length() > 0 && gazetteer.containsKey(sb.toString())) {
                hits++;
            }
        }
        return hits;
    }
}

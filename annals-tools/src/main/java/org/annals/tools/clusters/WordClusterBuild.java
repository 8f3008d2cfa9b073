package org.annals.tools.clusters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.annals.core.tag.WordClusters;

/**
 * Makes the word-cluster table of the named-entity tagger ({@code word-clusters.tsv} of
 * {@code org.annals.core.tag}) by {@link BrownClustering} over the text of tokenised corpora, byte for byte
 * reproducibly: the same files and settings give the same table on any machine and with any number of threads.
 *
 * <p>Corpora are read as tokens: a CoNLL file (a token a line, the word first; blank lines end sentences;
 * {@code -DOCSTART-} lines skipped) or, for names ending {@code .conllu}, a CoNLL-U file (the FORM column of
 * the syntactic words; comments, multiword ranges and empty nodes skipped). Only the words are read; tags and
 * every other column are ignored; a file is one stream of words (the bigrams go on across its sentences).
 * Words are kept as {@link WordClusters#form} makes them (normalised, digits as
 * {@code 0}); those seen fewer than {@code --min-count} times are left out (and break the bigrams around them).
 *
 * <p>Usage: {@code WordClusterBuild --corpus FILE [--corpus FILE ...] --out FILE [--clusters C]
 * [--min-count N] [--threads T]}.
 */
public final class WordClusterBuild {

    private WordClusterBuild() {
    }

    /** How to build: the number of clusters and the least count of a word that is clustered. */
    public record Settings(int clusters, int minCount, int threads) {

        public static Settings defaults() {
            return new Settings(500, 3, Runtime.getRuntime().availableProcessors());
        }
    }

    public static void main(String[] args) throws IOException {
        List<Path> corpora = new ArrayList<>();
        Path out = null;
        Settings d = Settings.defaults();
        int clusters = d.clusters();
        int minCount = d.minCount();
        int threads = d.threads();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpora.add(Path.of(value(args, ++i, "--corpus")));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--clusters" -> clusters = Integer.parseInt(value(args, ++i, "--clusters"));
                case "--min-count" -> minCount = Integer.parseInt(value(args, ++i, "--min-count"));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, "--threads"));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (corpora.isEmpty() || out == null) {
            usage();
            System.exit(2);
        }
        long t0 = System.nanoTime();
        List<String> lines = build(corpora, new Settings(clusters, minCount, threads), System.err::println);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(header(corpora, clusters, minCount));
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        System.err.printf(Locale.ROOT, "wrote %s: %,d words; %.0f s%n", out, lines.size(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** The lines {@code word TAB path} of the table, ordered by path, then by falling count, then by word. */
    public static List<String> build(List<Path> corpora, Settings settings, java.util.function.Consumer<String> log)
            throws IOException {
        List<List<String>> texts = new ArrayList<>();
        for (Path p : corpora) {
            List<List<String>> sentences = new ArrayList<>();
            read(p, sentences);
            List<String> text = new ArrayList<>();
            sentences.forEach(text::addAll);
            texts.add(text);
            log.accept(String.format(Locale.ROOT, "%s: %,d sentences, %,d words", p, sentences.size(), text.size()));
        }
        return cluster(texts, settings, log);
    }

    /**
     * The table's lines for texts given as words (as read, not yet in {@link WordClusters#form}); each text is
     * one stream, its sentences one after the other, so that a sentence's last word comes before the next one's
     * first.
     */
    public static List<String> cluster(List<List<String>> sentences, Settings settings,
                                       java.util.function.Consumer<String> log) {
        Map<String, Integer> counts = new HashMap<>();
        List<String[]> formed = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            String[] f = new String[s.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = WordClusters.form(s.get(i));
                counts.merge(f[i], 1, Integer::sum);
            }
            formed.add(f);
        }
        List<String> vocabulary = new ArrayList<>();
        counts.forEach((w, n) -> {
            if (n >= settings.minCount()) {
                vocabulary.add(w);
            }
        });
        Comparator<String> byCount = Comparator.<String>comparingInt(counts::get).reversed()
                .thenComparing(Comparator.naturalOrder());
        vocabulary.sort(byCount);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        List<int[]> ids = new ArrayList<>(formed.size());
        for (String[] f : formed) {
            int[] s = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                s[i] = index.getOrDefault(f[i], -1);
            }
            ids.add(s);
        }
        BrownClustering.Result r = new BrownClustering(settings.clusters(), settings.threads(), log)
                .cluster(vocabulary, ids);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            order.add(i);
        }
        // the words are numbered by falling count, so the number breaks ties within a path
        order.sort(Comparator.<Integer, String>comparing(i -> r.paths()[i]).thenComparingInt(i -> i));
        List<String> lines = new ArrayList<>(order.size());
        for (int i : order) {
            lines.add(vocabulary.get(i) + "\t" + r.paths()[i]);
        }
        return lines;
    }

    /** Adds the sentences of a CoNLL or CoNLL-U file, as lists of words. */
    static void read(Path file, List<List<String>> out) throws IOException {
        boolean conllu = file.getFileName().toString().endsWith(".conllu");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> sentence = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) {
                    if (!sentence.isEmpty()) {
                        out.add(sentence);
                        sentence = new ArrayList<>();
                    }
                    continue;
                }
                String word;
                if (conllu) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t", -1);
                    if (cols.length < 2 || cols[0].contains("-") || cols[0].contains(".")) {
                        continue;
                    }
                    word = cols[1];
                } else {
                    int end = 0;
                    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                        end++;
                    }
                    word = line.substring(0, end);
                    if (word.isEmpty() || word.equals("-DOCSTART-")) {
                        continue;
                    }
                }
                sentence.add(word);
            }
            if (!sentence.isEmpty()) {
                out.add(sentence);
            }
        }
    }

    private static String header(List<Path> corpora, int clusters, int minCount) {
        StringBuilder b = new StringBuilder();
        b.append("# word-clusters.tsv: Brown clusters of words, for the features of the named-entity tagger.\n");
        b.append("# GENERATED by annals-tools (org.annals.tools.clusters.WordClusterBuild); do not edit by hand.\n");
        b.append("# Sources and licences: NOTICE-ner.txt beside this file. Made with --clusters ").append(clusters)
                .append(" --min-count ").append(minCount).append(" from (in this order):\n");
        for (Path p : corpora) {
            b.append("#   ").append(p.getFileName()).append('\n');
        }
        b.append("#\n# COLUMNS: word (digits read as 0) TAB path of bits in the cluster tree. Rows by path, then by\n");
        b.append("# falling count in the corpora.\n");
        return b.toString();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("usage: WordClusterBuild --corpus FILE [--corpus FILE ...] --out FILE [--clusters C] "
                + "[--min-count N] [--threads T]");
        System.err.println("  FILE      CoNLL (word first) or CoNLL-U (.conllu) text to learn the clusters from");
        System.err.println("  C         the number of clusters (default 500)");
        System.err.println("  N         words seen fewer times are left out (default 3)");
    }
}

package org.annals.core.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Span;
import org.annals.core.model.Token;
import org.annals.core.text.Normalizer;

/**
 * Trains a {@link NerModel} from tagged documents with the averaged perceptron: documents are read in an
 * order shuffled by the seed, each sentence is decoded greedily as the tagger would, and every wrong label
 * moves the weights of its features towards the right one. The model is the average of the weights over all
 * steps, quantised. The same data, knowledge base and settings give the same model bytes.
 */
public final class NerTrainer {

    /**
     * How to train.
     *
     * @param iterations passes over the training data
     * @param seed the seed of the order in which documents are read
     * @param hashBits the weight table has {@code 2^hashBits} rows
     * @param scheme the label scheme
     * @param features the feature groups beyond words, shapes, affixes and labels
     * @param prune quantised weights smaller than this (of 32767 for the largest) are dropped
     * @param runs how many perceptrons to train, with seeds {@code seed}, {@code seed + 1}, ..., whose
     *     averaged weights are averaged again into the model (less dependent on the order of the data)
     */
    public record Settings(int iterations, long seed, int hashBits, Scheme scheme, Set<NerModel.Feature> features,
                           int prune, int runs) {

        public Settings {
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be at least 1");
            }
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1");
            }
            features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        }

        /** The settings of the built-in model. */
        public static Settings defaults() {
            return new Settings(12, 1, 20, Scheme.BIO, EnumSet.allOf(NerModel.Feature.class), 4, 3);
        }

        public Settings withIterations(int value) {
            return new Settings(value, seed, hashBits, scheme, features, prune, runs);
        }

        public Settings withSeed(long value) {
            return new Settings(iterations, value, hashBits, scheme, features, prune, runs);
        }

        public Settings withHashBits(int value) {
            return new Settings(iterations, seed, value, scheme, features, prune, runs);
        }

        public Settings withScheme(Scheme value) {
            return new Settings(iterations, seed, hashBits, value, features, prune, runs);
        }

        public Settings withFeatures(Set<NerModel.Feature> value) {
            return new Settings(iterations, seed, hashBits, scheme, value, prune, runs);
        }

        public Settings withPrune(int value) {
            return new Settings(iterations, seed, hashBits, scheme, features, value, runs);
        }

        public Settings withRuns(int value) {
            return new Settings(iterations, seed, hashBits, scheme, features, prune, value);
        }
    }

    private final KnowledgeBase kb;
    private final WordClusters clusters;
    private final Consumer<String> log;

    /**
     * A trainer over the gazetteers of {@code kb} and the built-in {@link WordClusters} that reports its
     * progress, a line at a time, to {@code log}.
     */
    public NerTrainer(KnowledgeBase kb, Consumer<String> log) {
        this(kb, null, log);
    }

    /**
     * A trainer over the gazetteers of {@code kb} and the word clusters {@code clusters} (null for the
     * built-in ones, read only if the settings ask for {@link NerModel.Feature#CLUSTERS}).
     */
    public NerTrainer(KnowledgeBase kb, WordClusters clusters, Consumer<String> log) {
        this.kb = Objects.requireNonNull(kb, "kb");
        this.clusters = clusters;
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Trains a model on {@code train}; after every pass, prints the F1 on {@code dev} (which may be empty) of
     * the averaged weights so far, over all types and over PER, ORG and LOC alone.
     *
     * @throws IllegalArgumentException when a tag is neither {@code O} nor {@code B-TYPE} / {@code I-TYPE}
     */
    public NerModel train(List<TaggedDocument> train, List<TaggedDocument> dev, Settings settings) {
        return train(train, List.of(), dev, settings);
    }

    /**
     * Trains on {@code train} and on {@code auxiliary} data of other styles (other annotation conventions or
     * text), given as lists of documents, one list a style: every feature of auxiliary data has a copy of its
     * style's own, which takes up what is peculiar to that style (frustratingly easy domain adaptation,
     * Daumé 2007), while the shared features learn from all.
     */
    public NerModel train(List<TaggedDocument> train, List<List<TaggedDocument>> auxiliary,
                          List<TaggedDocument> dev, Settings settings) {
        long t0 = System.nanoTime();
        Set<String> typeSet = new TreeSet<>();
        List<TaggedDocument> everything = new ArrayList<>(train);
        auxiliary.forEach(everything::addAll);
        for (TaggedDocument d : everything) {
            for (TaggedSentence s : d.sentences()) {
                for (String tag : s.tags()) {
                    if (!tag.equals("O")) {
                        typeSet.add(typeOf(tag, d.id()));
                    }
                }
            }
        }
        List<String> types = List.copyOf(typeSet);
        WordClusters wc = !settings.features().contains(NerModel.Feature.CLUSTERS) ? WordClusters.empty()
                : clusters != null ? clusters : WordClusters.builtin();
        NerModel.Layout layout = new NerModel.Layout(settings.hashBits(), settings.scheme(), types,
                settings.features(), wc.fingerprint());
        List<Prepared> trainDocs = prepare(train, types, layout.scheme(), 0);
        for (int a = 0; a < auxiliary.size(); a++) {
            trainDocs.addAll(prepare(auxiliary.get(a), types, layout.scheme(), a + 1));
        }
        List<Prepared> devDocs = prepare(dev, types, layout.scheme(), 0);
        int labels = layout.labelCount();
        int size = (1 << settings.hashBits()) * labels;
        float[] w = new float[size];
        double[] u = new double[size];
        long[] step = {1};
        int[] errors = {0};
        Engine.Training update = (buckets, offset, count, gold, predicted) -> {
            if (gold != predicted) {
                long c = step[0];
                for (int k = offset; k < offset + count; k++) {
                    int base = buckets[k] * labels;
                    w[base + gold] += 1;
                    u[base + gold] += c;
                    w[base + predicted] -= 1;
                    u[base + predicted] -= c;
                }
                errors[0]++;
            }
            step[0]++;
        };
        Engine.Weights current = floats(w, labels);
        Engine engine = new Engine(layout, kb, wc);
        Random random = new Random(settings.seed());
        List<Prepared> order = new ArrayList<>(trainDocs);
        int tokens = trainDocs.stream().mapToInt(p -> p.tokens.size()).sum();
        log.accept(String.format(Locale.ROOT, "training on %,d documents, %,d tokens, %d style%s; types %s; %s; "
                        + "2^%d rows; features %s", trainDocs.size(), tokens, 1 + auxiliary.size(),
                auxiliary.isEmpty() ? "" : "s", types, settings.scheme(), settings.hashBits(),
                new TreeSet<>(settings.features())));
        float[] avg = new float[size];
        boolean review = settings.features().contains(NerModel.Feature.REVIEW);
        float[] sum = new float[settings.runs() > 1 ? size : 0];
        for (int run = 0; run < settings.runs(); run++) {
            if (run > 0) {
                Arrays.fill(w, 0f);
                Arrays.fill(u, 0);
                step[0] = 1;
                random = new Random(settings.seed() + run);
                order = new ArrayList<>(trainDocs);
                log.accept("run " + (run + 1) + " of " + settings.runs() + ", seed " + (settings.seed() + run));
            }
            for (int it = 1; it <= settings.iterations(); it++) {
                Collections.shuffle(order, random);
                errors[0] = 0;
                for (Prepared p : order) {
                    run(engine, p, current, update, review, null);
                }
                String line = String.format(Locale.ROOT, "iteration %d: %,d training errors", it, errors[0]);
                if (!devDocs.isEmpty()) {
                    average(w, u, step[0], avg);
                    line += ", dev " + score(engine, devDocs, floats(avg, labels), types, review);
                }
                log.accept(line + String.format(Locale.ROOT, " (%.0f s)", (System.nanoTime() - t0) / 1e9));
            }
            average(w, u, step[0], avg);
            if (settings.runs() > 1) {
                for (int i = 0; i < size; i++) {
                    sum[i] += avg[i] / settings.runs();
                }
            }
        }
        if (settings.runs() > 1) {
            System.arraycopy(sum, 0, avg, 0, size);
        }
        NerModel model = NerModel.quantise(layout, avg, settings.prune());
        String line = String.format(Locale.ROOT, "model: %,d rows of %,d", model.rows(), 1 << settings.hashBits());
        if (!devDocs.isEmpty()) {
            line += ", dev " + score(engine, devDocs, model.weights(), types, review);
        }
        log.accept(line);
        return model;
    }

    private static void average(float[] w, double[] u, long step, float[] out) {
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] - u[i] / step);
        }
    }

    private static Engine.Weights floats(float[] w, int labels) {
        return (buckets, offset, count, scores) -> {
            for (int k = offset; k < offset + count; k++) {
                int base = buckets[k] * labels;
                for (int l = 0; l < labels; l++) {
                    scores[l] += w[base + l];
                }
            }
        };
    }

    /**
     * Decodes a document, training on it when {@code update} is given; with {@link NerModel.Feature#REVIEW}
     * twice, the second pass seeing the first. {@code each} is called after each sentence of the last pass.
     */
    private static void run(Engine engine, Prepared p, Engine.Weights weights, Engine.Training update,
                            boolean review, IntConsumer each) {
        engine.startDocument(p.tokens, p.starts, p.ends, p.starts.length);
        engine.domain(p.domain);
        int passes = review ? 2 : 1;
        int[] gold = new int[0];
        for (int pass = 0; pass < passes; pass++) {
            if (pass == 1) {
                engine.startReview();
            }
            for (int k = 0; k < p.starts.length; k++) {
                int n = p.ends[k] - p.starts[k];
                if (n == 0) {
                    continue;
                }
                if (pass == 1 && update == null && p.domain == 0) {
                    engine.revisit(p.tokens, p.starts[k], p.ends[k]);
                } else {
                    engine.sentence(p.tokens, p.starts[k], p.ends[k]);
                }
                if (update != null) {
                    if (gold.length < n) {
                        gold = new int[n];
                    }
                    System.arraycopy(p.labels, p.starts[k], gold, 0, n);
                    engine.decode(weights, gold, update);
                } else {
                    engine.decode(weights, null, null);
                }
                engine.remember();
                if (pass + 1 < passes) {
                    engine.keepFirstPass();
                } else if (each != null) {
                    each.accept(k);
                }
            }
        }
    }

    /** The F1 of {@code weights} on {@code docs}, over all types and over PER, ORG and LOC. */
    private static String score(Engine engine, List<Prepared> docs, Engine.Weights weights, List<String> types,
                                boolean review) {
        int[] all = new int[3];
        int[] main = new int[3];
        int[][] buffers = {new int[256], new int[256], new int[256]};
        for (Prepared p : docs) {
            run(engine, p, weights, null, review, k -> {
                if (buffers[0].length < engine.size()) {
                    for (int b = 0; b < 3; b++) {
                        buffers[b] = new int[engine.size()];
                    }
                }
                int[] s = buffers[0];
                int[] e = buffers[1];
                int[] t = buffers[2];
                int n = engine.entities(s, e, t);
                Set<Long> predicted = new HashSet<>();
                for (int x = 0; x < n; x++) {
                    predicted.add(key(s[x], e[x], t[x]));
                    count(types.get(t[x]), all, main, 1);
                }
                for (long g : p.gold.get(k)) {
                    String type = types.get((int) (g & 0xFF));
                    count(type, all, main, 0);
                    if (predicted.contains(g)) {
                        count(type, all, main, 2);
                    }
                }
            });
        }
        return "F1=" + f1(all) + " PER/ORG/LOC F1=" + f1(main);
    }

    private static void count(String type, int[] all, int[] main, int which) {
        all[which]++;
        if (!type.equals(NerTagger.MISC)) {
            main[which]++;
        }
    }

    /** F1 of counts {gold, predicted, correct}. */
    private static String f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%.4f", f);
    }

    private static long key(int start, int end, int type) {
        return ((long) start << 36) | ((long) end << 8) | type;
    }

    /** A document ready for the engine: tokens, sentence ranges, gold labels and gold entities. */
    private static final class Prepared {
        final List<Token> tokens;
        final int[] starts;
        final int[] ends;
        final int[] labels;
        final List<long[]> gold = new ArrayList<>();
        final int domain;

        Prepared(List<Token> tokens, int[] starts, int[] ends, int[] labels, int domain) {
            this.domain = domain;
            this.tokens = tokens;
            this.starts = starts;
            this.ends = ends;
            this.labels = labels;
        }
    }

    private static List<Prepared> prepare(List<TaggedDocument> docs, List<String> types, Scheme scheme,
                                          int domain) {
        List<Prepared> out = new ArrayList<>(docs.size());
        for (TaggedDocument d : docs) {
            List<String> words = new ArrayList<>();
            int count = d.sentences().size();
            int[] starts = new int[count];
            int[] ends = new int[count];
            for (int k = 0; k < count; k++) {
                starts[k] = words.size();
                words.addAll(d.sentences().get(k).words());
                ends[k] = words.size();
            }
            Prepared p = new Prepared(tokens(words), starts, ends, new int[words.size()], domain);
            for (int k = 0; k < count; k++) {
                TaggedSentence s = d.sentences().get(k);
                List<int[]> spans = spans(s.tags(), types, d.id());
                int n = spans.size();
                int[] es = new int[n];
                int[] ee = new int[n];
                int[] et = new int[n];
                long[] keys = new long[n];
                for (int x = 0; x < n; x++) {
                    es[x] = spans.get(x)[0];
                    ee[x] = spans.get(x)[1];
                    et[x] = spans.get(x)[2];
                    keys[x] = key(starts[k] + es[x], starts[k] + ee[x], et[x]);
                }
                int[] labels = new int[s.size()];
                scheme.encode(es, ee, et, n, s.size(), labels);
                System.arraycopy(labels, 0, p.labels, starts[k], s.size());
                p.gold.add(keys);
            }
            out.add(p);
        }
        return out;
    }

    /**
     * The entities of a sentence's tags as {@code {start, end, type}}: {@code B-X} opens one, {@code I-X}
     * goes on with an open {@code X} and opens one otherwise (IOB1). Types not in {@code types} are left out.
     */
    static List<int[]> spans(List<String> tags, List<String> types, String where) {
        List<int[]> out = new ArrayList<>();
        int[] open = null;
        String openType = null;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.equals("O")) {
                open = null;
                openType = null;
                continue;
            }
            String type = typeOf(tag, where);
            if (tag.charAt(0) == 'I' && open != null && type.equals(openType)) {
                open[1] = i + 1;
                continue;
            }
            int t = types.indexOf(type);
            openType = type;
            open = new int[] {i, i + 1, t};
            if (t >= 0) {
                out.add(open);
            }
        }
        return out;
    }

    private static String typeOf(String tag, String where) {
        if (tag.length() < 3 || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I') || tag.charAt(1) != '-') {
            throw new IllegalArgumentException(where + ": tag '" + tag + "' is neither O nor B-TYPE / I-TYPE");
        }
        return tag.substring(2);
    }

    /**
     * Tokens for words as written: normalised like the text the pipeline reads, one space apart, so that
     * training and tagging compute the same features.
     */
    public static List<Token> tokens(List<String> words) {
        List<Token> out = new ArrayList<>(words.size());
        int offset = 0;
        for (String w : words) {
            String text = Normalizer.normalize(w);
            char c = text.isEmpty() ? ' ' : text.charAt(0);
            Token.Kind kind = Character.isLetter(c) ? Token.Kind.WORD
                    : Character.isDigit(c) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
            out.add(new Token(new Span(offset, offset + w.length()), text, kind));
            offset += w.length() + 1;
        }
        return out;
    }
}

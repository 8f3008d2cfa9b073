package org.annals.core.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.model.Sentence;
import org.annals.core.model.Token;

/**
 * Finds names in tokens: people (PER), organisations (ORG), places (LOC) and other names (MISC: nationalities,
 * events, products), with the weights of a {@link NerModel} and the gazetteers of a {@link KnowledgeBase}.
 *
 * <p>A tagger keeps working buffers from call to call, so it is cheap to call and not thread-safe: give each
 * thread its own (making one costs a few arrays; the model and the knowledge base are shared). The output
 * depends only on the model, the knowledge base and the tokens.
 */
public final class NerTagger {

    /** Person, as in the CoNLL tag set. */
    public static final String PER = "PER";
    /** Organisation. */
    public static final String ORG = "ORG";
    /** Location: countries, regions, places. */
    public static final String LOC = "LOC";
    /** Other names: nationalities, events, works, products. */
    public static final String MISC = "MISC";

    /**
     * A name found: the tokens {@code [start, end)} (indices into the token list given to the tagger) and its
     * type, one of the model's types ({@link #PER}, {@link #ORG}, {@link #LOC}, {@link #MISC} for the built-in
     * model).
     */
    public record Entity(int start, int end, String type) {

        public Entity {
            Objects.requireNonNull(type, "type");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad entity [" + start + ", " + end + ")");
            }
        }
    }

    private final NerModel model;
    private final Engine engine;
    private final Engine.Weights weights;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] types = new int[16];
    private final int[] one = new int[1];
    private final int[] oneEnd = new int[1];

    /**
     * A tagger with {@code model} and the gazetteers of {@code kb}; a model with {@link
     * NerModel.Feature#CLUSTERS} reads the built-in {@link WordClusters}.
     *
     * @throws IllegalArgumentException when the model was trained with other word clusters
     */
    public NerTagger(NerModel model, KnowledgeBase kb) {
        this(model, kb, model.features().contains(NerModel.Feature.CLUSTERS) ? WordClusters.builtin()
                : WordClusters.empty());
    }

    /**
     * A tagger with {@code model}, the gazetteers of {@code kb} and the word clusters the model was trained
     * with.
     *
     * @throws IllegalArgumentException when the model was trained with other word clusters
     */
    public NerTagger(NerModel model, KnowledgeBase kb, WordClusters clusters) {
        this.model = Objects.requireNonNull(model, "model");
        this.engine = new Engine(model.layout(), Objects.requireNonNull(kb, "kb"),
                Objects.requireNonNull(clusters, "clusters"));
        this.weights = model.weights();
        engine.keepWordScores(weights);
    }

    /** A tagger with the built-in model and knowledge base. */
    public static NerTagger builtin() {
        return new NerTagger(NerModel.builtin(), KnowledgeBase.builtin());
    }

    public NerModel model() {
        return model;
    }

    /**
     * The names in one sentence, the tokens {@code [from, to)} of {@code tokens}, seen alone (without the rest
     * of its document). Entity indices are indices into {@code tokens}.
     */
    public List<Entity> tag(List<Token> tokens, int from, int to) {
        Objects.checkFromToIndex(from, to, tokens.size());
        one[0] = from;
        oneEnd[0] = to;
        return run(tokens, one, oneEnd, 1);
    }

    /**
     * The names in a whole document, sentence by sentence in order, each sentence read with what the document
     * said before it and how its words are written elsewhere in it. Entity indices are indices into {@code
     * tokens}; an entity never crosses a sentence's end.
     */
    public List<Entity> tagDocument(List<Token> tokens, List<Sentence> sentences) {
        int count = sentences.size();
        int[] s = new int[count];
        int[] e = new int[count];
        for (int k = 0; k < count; k++) {
            s[k] = sentences.get(k).firstToken();
            e[k] = sentences.get(k).endToken();
            Objects.checkFromToIndex(s[k], e[k], tokens.size());
        }
        return run(tokens, s, e, count);
    }

    private List<Entity> run(List<Token> tokens, int[] s, int[] e, int count) {
        engine.startDocument(tokens, s, e, count);
        List<Entity> out = new ArrayList<>();
        boolean review = model.features().contains(NerModel.Feature.REVIEW);
        for (int k = 0; k < count; k++) {
            if (e[k] > s[k]) {
                engine.sentence(tokens, s[k], e[k]);
                engine.decode(weights, null, null);
                engine.remember();
                if (review) {
                    engine.keepFirstPass();
                } else {
                    collect(s[k], e[k], out);
                }
            }
        }
        if (review) {
            engine.startReview();
            for (int k = 0; k < count; k++) {
                if (e[k] > s[k]) {
                    engine.revisit(tokens, s[k], e[k]);
                    engine.decode(weights, null, null);
                    engine.remember();
                    collect(s[k], e[k], out);
                }
            }
        }
        return out;
    }

    private void collect(int from, int to, List<Entity> out) {
        if (starts.length < to - from) {
            starts = new int[to - from];
            ends = new int[to - from];
            types = new int[to - from];
        }
        int n = engine.entities(starts, ends, types);
        List<String> names = model.types();
        for (int k = 0; k < n; k++) {
            out.add(new Entity(starts[k], ends[k], names.get(types[k])));
        }
    }
}

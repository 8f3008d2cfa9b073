package org.annals.core.tag;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;

import org.annals.core.kb.KnowledgeBase;
import org.annals.core.kb.PhraseIndex;
import org.annals.core.model.Token;

/**
 * The working part shared by the tagger and the trainer: computes the hashed features of the tokens of a
 * sentence, decodes labels greedily left to right, and remembers within a document how words were tagged.
 * Works on arrays that it reuses from call to call; one per thread.
 *
 * <p>A feature is a template number mixed with its values (hashes of lower-cased words, shapes, affixes,
 * labels, gazetteer kinds, prefixes of word-cluster paths) and reduced to a bucket of the weight table; the
 * score of a label is the sum of the bucket rows' weights for that label. In the tagger's second pass over a
 * document the label-independent part of each score is not computed again but taken from the first.
 */
final class Engine {

    // the templates: their numbers are part of the model, do not renumber
    private static final int T_BIAS = 1;
    private static final int T_WORD = 2;
    private static final int T_SHAPE = 3;
    private static final int T_SHORT_SHAPE = 4;
    private static final int T_PREFIX = 5;
    private static final int T_SUFFIX = 6;
    private static final int T_WORD_AT = 7;
    private static final int T_SHAPE_AT = 8;
    private static final int T_WORD_BIGRAM_LEFT = 9;
    private static final int T_WORD_BIGRAM_RIGHT = 10;
    private static final int T_SHAPE_TRIGRAM = 11;
    private static final int T_FIRST = 12;
    private static final int T_CAPS = 13;
    private static final int T_CAPS_WORD = 14;
    private static final int T_GAZ = 15;
    private static final int T_GAZ_AT = 16;
    private static final int T_GIVEN = 17;
    private static final int T_GIVEN_BEFORE = 18;
    private static final int T_ADJECTIVE = 19;
    private static final int T_ROLE = 20;
    private static final int T_ROLE_BEFORE = 21;
    private static final int T_DOC_CASE = 22;
    private static final int T_PREV = 23;
    private static final int T_PREV2 = 24;
    private static final int T_PREV_WORD = 25;
    private static final int T_HISTORY = 26;
    private static final int T_PREV_SHAPE = 27;
    private static final int T_WORD_EXACT = 28;
    private static final int T_HISTORY_SHAPE = 29;
    private static final int T_REVIEW = 30;
    private static final int T_REVIEW_ALL = 31;
    private static final int T_CLUSTER = 32;
    private static final int T_CLUSTER_AT = 33;
    private static final int T_NO_CLUSTER = 34;
    private static final int T_CLUSTER_BIGRAM = 35;
    private static final int T_LOWER_CLUSTER = 36;
    private static final int T_TABLE = 37;
    private static final int T_RUN_SHAPE = 38;
    private static final int T_RUN_FIRST = 39;
    private static final int T_RUN_LAST = 40;
    private static final int T_RUN_LAST_CLUSTER = 41;
    private static final int T_CONTEXT = 42;

    /** How many other occurrences of a word lend it their neighbours ({@link NerModel.Feature#CONTEXTS}). */
    private static final int CONTEXTS = 8;

    /** The most features a token has (static and label-dependent). */
    static final int MAX_FEATURES = 256;

    /** The distances of the neighbours whose words are features of a token. */
    private static final int[] OFFSETS = {-2, -1, 1, 2};

    private static final int PAD_BEFORE = 0x5EED0001;
    /** A token's cluster not looked up yet. */
    private static final int UNSET = Integer.MIN_VALUE;
    private static final int PAD_AFTER = 0x5EED0002;

    /** Gazetteer kinds: the entry kinds of the knowledge base, then a surname alone. */
    private static final int SURNAME = org.annals.core.kb.Entry.Kind.values().length;

    // document memory: case seen of a word elsewhere in the document
    private static final int SEEN_TITLE = 1;
    private static final int SEEN_LOWER = 2;

    private final NerModel.Layout layout;
    private final KnowledgeBase kb;
    private final WordClusters clusters;
    private final Scheme scheme;
    private final int labelCount;
    private final int mask;

    // per sentence
    private int n;
    private List<Token> tokens = List.of();
    private int from;
    private String[] text = new String[64];
    private int[] lower = new int[64];
    private int[] exact = new int[64];
    private int[] shape = new int[64];
    private int[] shortShape = new int[64];
    private byte[] cap = new byte[64];
    /** The token begins with a lower-case letter. */
    private boolean[] lowerFirst = new boolean[64];
    /** The word cluster of each token, or -1. */
    private int[] cluster = new int[64];
    /** The run of capitalised words each token is in, {@code [runStart, runEnd)}, or -1. */
    private int[] runStart = new int[64];
    private int[] runEnd = new int[64];
    /** A sentence of names and numbers with no lower-case word of more than three letters: a table row. */
    private boolean tableSentence;
    private boolean capsSentence;
    private int[] gazKinds = new int[64];
    private byte[] gazPos = new byte[64];

    private boolean[] given = new boolean[64];
    private byte[] adjPos = new byte[64];
    private byte[] rolePos = new byte[64];
    private int[] features = new int[64 * MAX_FEATURES];
    private int[] featureCount = new int[64];
    private int[] labels = new int[64];
    private final float[] scores;
    private final int[] scratchFeatures = new int[MAX_FEATURES];
    private final float[] scratchScores;
    private Token[] titleCase = new Token[64];
    /**
     * With {@link #wordScores} in use: per token of the sentence, its word's scores ({@link WordScores}) once
     * looked up, and the sum of its word-part features' scores (its own and its neighbours'), {@code
     * labelCount} per token.
     */
    private WordPart[] wordEntries = new WordPart[64];
    private float[] wordPart;
    /** The word-part scores of the weights the tagger decodes with, or null (the trainer's engine). */
    private WordScores wordScores;
    /** The current decoding takes the word part of the static scores from {@link #wordScores}. */
    private boolean useWordScores;
    /**
     * With {@link #wordScores}: the scores of the features of the two labels before a token ({@code T_PREV},
     * {@code T_PREV2}) by those labels, {@code labelCount} for each pair ({@link #transition}).
     */
    private float[] transitions;

    // per document
    /**
     * The token list whose words {@link #startDocument} read, and for each of its tokens in a sentence, the
     * hashes of its word (lower-cased, as written), of its shape and short shape, and its capitalisation:
     * read once for the document's both passes.
     */
    private List<Token> document;
    private int[] docLower = new int[256];
    private int[] docExact = new int[256];
    private int[] docShape = new int[256];
    private int[] docShortShape = new int[256];
    private byte[] docCap = new byte[256];
    private boolean[] docLowerFirst = new boolean[256];
    private final Int2IntOpenHashMap seenCase = new Int2IntOpenHashMap(256);
    private final Int2IntOpenHashMap history = new Int2IntOpenHashMap(256);
    /**
     * The occurrences of capitalised words in the document (outside sentences in capitals), a list per word:
     * the latest occurrence's token index, from which {@code occurrenceNext} leads to the one before; and the
     * hashes of the words left and right of each.
     */
    private final Int2IntOpenHashMap occurrences = new Int2IntOpenHashMap(256);
    private int[] occurrenceNext = new int[256];
    private int[] occurrenceLeft = new int[256];
    private int[] occurrenceRight = new int[256];
    /**
     * With {@link #wordScores} in use: the scores of the context features an occurrence lends the word's other
     * occurrences (its neighbours' words), once computed for the document.
     */
    private boolean[] occurrenceScored = new boolean[256];
    private float[] occurrenceScores;
    /** Second pass: how often each word was given each type (or O) in the first pass. */
    private final Int2IntOpenHashMap tally = new Int2IntOpenHashMap(256);
    /** Second pass: the first pass's label of every token of the document. */
    private int[] firstPass = new int[256];
    private boolean reviewing;
    /**
     * The scores of every label from the label-independent features of every token of the document, kept by
     * the first pass of the tagger so that the second ({@link #revisit}) adds only what changed.
     */
    private float[] staticScores = new float[256];
    /** Per token of the document: true when the first pass labelled it O without scoring it. */
    private boolean[] skipped = new boolean[32];
    /** The current sentence is revisited: its label-independent scores are those kept. */
    private boolean revisiting;
    /** Training on data of another style: every feature also gets a copy of that style's own. */
    private int domain;

    /** The feature groups of the model, by ordinal: read on every token, so a plain array. */
    private final boolean[] groups = new boolean[NerModel.Feature.values().length];

    Engine(NerModel.Layout layout, KnowledgeBase kb, WordClusters clusters) {
        this.layout = layout;
        occurrences.defaultReturnValue(-1); // a word's occurrence list ends in -1
        for (NerModel.Feature f : layout.features()) {
            groups[f.ordinal()] = true;
        }
        this.kb = kb;
        this.clusters = clusters;
        if (has(NerModel.Feature.CLUSTERS) && clusters.fingerprint() != layout.clusters()) {
            throw new IllegalArgumentException("the model was trained with other word clusters than these ("
                    + clusters.size() + " words)");
        }
        this.scheme = layout.scheme();
        this.labelCount = layout.labelCount();
        this.mask = (1 << layout.hashBits()) - 1;
        this.scores = new float[labelCount];
        this.scratchScores = new float[labelCount];
        this.wordPart = new float[64 * labelCount];
        this.occurrenceScores = new float[256 * labelCount];
    }

    private int types() {
        return layout.types().size();
    }

    /** Sets the style of the data decoded next: 0 for the style the model is for, else another's number. */
    void domain(int value) {
        domain = value == 0 ? 0 : 1000 + value;
    }

    /**
     * Keeps, from now on, the scores by {@code weights} of the features of a token that depend on its word alone
     * ({@link WordScores}), so that a word seen before costs one lookup instead of some forty rows of the
     * weight table. Only for weights that do not change (a tagger's model, not the trainer's).
     */
    void keepWordScores(Weights weights) {
        wordScores = new WordScores(weights);
        transitions = new float[(labelCount + 1) * (labelCount + 1) * labelCount];
        int[] f = new int[2];
        for (int prev2 = -1; prev2 < labelCount; prev2++) {
            for (int prev = -1; prev < labelCount; prev++) {
                f[0] = bucket(Hashing.feature(T_PREV, prev));
                f[1] = bucket(Hashing.feature(T_PREV2, prev2, prev));
                float[] row = new float[labelCount];
                weights.score(f, 0, 2, row);
                System.arraycopy(row, 0, transitions, transition(prev2, prev), labelCount);
            }
        }
    }

    /** Where the scores of the labels before a token, {@code prev2} then {@code prev} (-1: none), start. */
    private int transition(int prev2, int prev) {
        return ((prev2 + 1) * (labelCount + 1) + prev + 1) * labelCount;
    }

    /** The label-independent scores of token {@code i} of the document, as the tagger's first pass kept them. */
    float[] keptScores(int i) {
        return Arrays.copyOfRange(staticScores, i * labelCount, (i + 1) * labelCount);
    }

    /** The number of tokens of the current sentence. */
    int size() {
        return n;
    }

    /** The label-independent features of token {@code j} of the current sentence, as buckets. */
    int[] staticFeatures(int j) {
        staticFeaturesOf(j);
        return Arrays.copyOfRange(features, j * MAX_FEATURES, j * MAX_FEATURES + featureCount[j]);
    }

    // ---------------------------------------------------------------------------------------------------
    // documents

    /**
     * Starts a document: forgets the last one, reads the words of its sentences once for both passes, and
     * notes, for every word, whether it is written elsewhere in the document with a capital inside a sentence
     * of mixed case, or in lower case, and where each capitalised word occurs with which neighbours. Sentences
     * are given as {@code [starts[k], ends[k])} token ranges; {@link #sentence} and {@link #revisit} take
     * them from the same list.
     */
    void startDocument(List<Token> doc, int[] starts, int[] ends, int count) {
        empty(history);
        empty(seenCase);
        empty(tally);
        reviewing = false;
        if (firstPass.length < doc.size()) {
            firstPass = new int[Math.max(doc.size(), firstPass.length * 2)];
        }
        if (staticScores.length < doc.size() * labelCount) {
            staticScores = new float[Math.max(doc.size() * labelCount, staticScores.length * 2)];
        }
        if (skipped.length < doc.size()) {
            skipped = new boolean[Math.max(doc.size(), skipped.length * 2)];
        }
        ensureDocument(doc.size());
        for (int k = 0; k < count; k++) {
            for (int i = starts[k]; i < ends[k]; i++) {
                word(i, doc.get(i).text());
            }
        }
        document = doc;
        if (has(NerModel.Feature.CONTEXTS)) {
            empty(occurrences);
            if (occurrenceNext.length < doc.size()) {
                occurrenceNext = new int[Math.max(doc.size(), occurrenceNext.length * 2)];
                occurrenceLeft = new int[occurrenceNext.length];
                occurrenceRight = new int[occurrenceNext.length];
                occurrenceScored = new boolean[occurrenceNext.length];
                occurrenceScores = new float[occurrenceNext.length * labelCount];
            }
            Arrays.fill(occurrenceScored, 0, doc.size(), false);
        }
        for (int k = 0; k < count; k++) {
            if (isCapsSentence(doc, starts[k], ends[k])) {
                continue;
            }
            if (has(NerModel.Feature.CONTEXTS)) {
                occurrences(doc, starts[k], ends[k]);
            }
            if (has(NerModel.Feature.DOCUMENT)) {
                seenCase(doc, starts[k], ends[k]);
            }
        }
    }

    /** The most words a document map keeps room for from one document to the next ({@link #empty}). */
    private static final int DOCUMENT_WORDS = 4096;

    /**
     * Empties a map of the document memory. Emptying costs its capacity (fastutil fills the key table), and a
     * table keeps the capacity its largest document gave it: one of a long document is made small again.
     */
    private static void empty(Int2IntOpenHashMap map) {
        map.clear();
        map.trim(DOCUMENT_WORDS);
    }

    /** Lists the occurrences of the capitalised words of a sentence with the words around them. */
    private void occurrences(List<Token> doc, int start, int end) {
        for (int i = start; i < end; i++) {
            String t = doc.get(i).text();
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                continue;
            }
            int key = docLower[i];
            occurrenceNext[i] = occurrences.put(key, i);
            occurrenceLeft[i] = i > start ? docLower[i - 1] : PAD_BEFORE;
            occurrenceRight[i] = i + 1 < end ? docLower[i + 1] : PAD_AFTER;
        }
    }

    /** Notes how the words of a sentence are written: with a capital (not first in it), in lower case. */
    private void seenCase(List<Token> doc, int start, int end) {
        for (int i = start; i < end; i++) {
            String t = doc.get(i).text();
            if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(t.charAt(0))) {
                if (i > start) {
                    seenCase.mergeInt(docLower[i], SEEN_TITLE, (seen, bit) -> seen | bit);
                }
            } else if (Character.isLowerCase(t.charAt(0))) {
                seenCase.mergeInt(docLower[i], SEEN_LOWER, (seen, bit) -> seen | bit);
            }
        }
    }

    /** Remembers how the capitalised words of the decoded sentence were tagged, for the rest of the document. */
    void remember() {
        if (!has(NerModel.Feature.HISTORY)) {
            return;
        }
        for (int j = 0; j < n; j++) {
            if (cap[j] != 0) {
                history.put(lower[j], 1 + (labels[j] == 0 ? labelCount : scheme.type(labels[j])));
            }
        }
    }

    /**
     * Starts the second pass over the document: the labels of the first pass, tallied per word, become
     * features, and the history starts again.
     */
    void startReview() {
        empty(history);
        reviewing = true;
    }

    /** Keeps the first pass's labels of the decoded sentence. */
    void keepFirstPass() {
        for (int j = 0; j < n; j++) {
            firstPass[from + j] = labels[j];
            if (cap[j] != 0) {
                tally.addTo(tallyKey(lower[j], outcome(labels[j])), 1);
            }
        }
    }

    /** The type of a label, or the number of types for O. */
    private int outcome(int label) {
        return label == 0 ? types() : scheme.type(label);
    }

    private static int tallyKey(int word, int outcome) {
        return Hashing.mix(word) * 31 + outcome;
    }

    private static boolean isCapsSentence(List<Token> doc, int from, int to) {
        int upper = 0;
        for (int i = from; i < to; i++) {
            String t = doc.get(i).text();
            for (int c = 0; c < t.length(); c++) {
                char ch = t.charAt(c);
                if (Character.isLowerCase(ch)) {
                    return false;
                }
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        return upper >= 3;
    }

    // ---------------------------------------------------------------------------------------------------
    // features

    /**
     * Takes the tokens {@code [from, to)} of one sentence: reads their words, clusters, gazetteers and runs; the
     * label-independent features of a token are computed from these when the token is first scored.
     */
    void sentence(List<Token> doc, int start, int end) {
        this.tokens = doc;
        this.from = start;
        this.n = end - start;
        this.revisiting = false;
        ensure(n);
        capsSentence = isCapsSentence(doc, start, end);
        words(doc, start);
        // a token's cluster is looked up when a feature needs it: most lower-case words' are not
        Arrays.fill(cluster, 0, n, UNSET);
        if (has(NerModel.Feature.TABLE)) {
            tableSentence = isTableRow();
        }
        if (has(NerModel.Feature.GAZETTEER)) {
            gazetteers();
        }
        if (has(NerModel.Feature.RUNS)) {
            runs();
        }
        // the features of a token are computed when it is scored: most lower-case words are not
        Arrays.fill(featureCount, 0, n, -1);
        Arrays.fill(wordEntries, 0, n, null);
        tokens = List.of();
    }

    /**
     * Takes up again, in the second pass over a document, a sentence that the first pass decoded without
     * training ({@code decode(weights, null, null)}) with the same weights: the label-independent features are
     * not computed again, their scores are those the first pass kept.
     */
    void revisit(List<Token> doc, int start, int end) {
        this.from = start;
        this.n = end - start;
        this.revisiting = true;
        ensure(n);
        capsSentence = isCapsSentence(doc, start, end);
        words(doc, start);
        Arrays.fill(featureCount, 0, n, 0);
    }

    /**
     * Takes the words of the current sentence, the {@code n} tokens of {@code doc} from {@code start}, from
     * those read for the document; a sentence of another token list has its words read now.
     */
    private void words(List<Token> doc, int start) {
        if (doc != document) {
            document = null; // the words of the document are overwritten
            ensureDocument(start + n);
            for (int i = start; i < start + n; i++) {
                word(i, doc.get(i).text());
            }
        }
        for (int j = 0; j < n; j++) {
            text[j] = doc.get(start + j).text();
        }
        System.arraycopy(docLower, start, lower, 0, n);
        System.arraycopy(docExact, start, exact, 0, n);
        System.arraycopy(docShape, start, shape, 0, n);
        System.arraycopy(docShortShape, start, shortShape, 0, n);
        System.arraycopy(docCap, start, cap, 0, n);
        System.arraycopy(docLowerFirst, start, lowerFirst, 0, n);
    }

    /** Reads the word of token {@code i} of the document: the hashes of its forms and its capitalisation. */
    private void word(int i, String t) {
        int len = t.length();
        int h = Hashing.start();
        int ex = Hashing.start();
        int sh = Hashing.start();
        int ss = Hashing.start();
        char lastClass = 0;
        boolean anyLower = false;
        boolean anyUpper = false;
        for (int c = 0; c < len; c++) {
            char ch = t.charAt(c);
            h = Hashing.add(h, toLowerCase(ch));
            ex = Hashing.add(ex, ch);
            char cl = shapeClass(ch);
            anyLower |= cl == 'x';
            anyUpper |= cl == 'X';
            if (c < 12) {
                sh = Hashing.add(sh, cl);
            }
            if (cl != lastClass) {
                ss = Hashing.add(ss, cl);
                lastClass = cl;
            }
        }
        if (len > 12) {
            sh = Hashing.add(sh, '~');
        }
        docLower[i] = h;
        docExact[i] = ex; // Hashing.exact(t), in the same pass
        docShape[i] = sh;
        docShortShape[i] = ss;
        docCap[i] = (byte) (len > 0 && Character.isUpperCase(t.charAt(0)) ? (anyLower ? 1 : 2) : 0);
        docLowerFirst[i] = len > 0 && Character.isLowerCase(t.charAt(0));
        if (!anyUpper && !anyLower) {
            docCap[i] = 0;
        }
    }

    /** {@link Character#toLowerCase(char)}, with ASCII read without the table of characters. */
    static char toLowerCase(char ch) {
        if (ch < 128) {
            return ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
        }
        return Character.toLowerCase(ch);
    }

    /**
     * How a character stands in a word's shape: X for an upper-case letter, x for a lower-case or other letter, d
     * for a digit, else the character itself; ASCII read without the table of characters.
     */
    static char shapeClass(char ch) {
        if (ch < 128) {
            return ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
        }
        return Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x'
                : Character.isDigit(ch) ? 'd' : Character.isLetter(ch) ? 'x' : ch;
    }

    private void gazetteers() {
        Arrays.fill(gazKinds, 0, n, 0);
        Arrays.fill(gazPos, 0, n, (byte) -1);
        Arrays.fill(given, 0, n, false);
        Arrays.fill(adjPos, 0, n, (byte) -1);
        Arrays.fill(rolePos, 0, n, (byte) -1);
        List<Token> view = tokens;
        List<Token> alt = null;
        if (capsSentence) {
            for (int j = 0; j < n; j++) {
                titleCase[j] = titled(tokens.get(from + j));
            }
            alt = new TitleView(titleCase, from, n);
        }
        int end = from + n;
        for (int i = from; i < end; ) {
            PhraseIndex.Match<KnowledgeBase.Candidate> m = kb.names().longest(view, i, end);
            if (m == null && alt != null) {
                m = kb.names().longest(alt, i, end);
            }
            if (m == null) {
                i++;
                continue;
            }
            int kinds = 0;
            for (KnowledgeBase.Candidate c : m.values()) {
                kinds |= 1 << (c.partial() ? SURNAME : c.entry().kind().ordinal());
            }
            mark(gazPos, m.start(), m.end());
            for (int k = m.start(); k < m.end(); k++) {
                gazKinds[k - from] = kinds;
            }
            i = m.end();
        }
        for (int i = from; i < end; ) {
            PhraseIndex.Match<String> m = kb.adjectives().longest(view, i, end);
            if (m == null && alt != null) {
                m = kb.adjectives().longest(alt, i, end);
            }
            if (m == null) {
                i++;
                continue;
            }
            mark(adjPos, m.start(), m.end());
            i = m.end();
        }
        for (int i = from; i < end; ) {
            var m = kb.roles().longest(view, i, end);
            if (m == null) {
                i++;
                continue;
            }
            mark(rolePos, m.start(), m.end());
            i = m.end();
        }
        for (int j = 0; j < n; j++) {
            String t = capsSentence ? titleCase[j].text() : text[j];
            given[j] = cap[j] != 0 && kb.isGivenName(t);
        }
    }

    /** Marks the tokens {@code [start, end)} as U, or as B, I..., L. */
    private void mark(byte[] pos, int start, int end) {
        if (end - start == 1) {
            pos[start - from] = Scheme.U;
            return;
        }
        for (int k = start; k < end; k++) {
            pos[k - from] = (byte) (k == start ? Scheme.B : k == end - 1 ? Scheme.L : Scheme.I);
        }
    }

    /** The token with its text in title case ({@code LONDON} as {@code London}); acronyms are tried as written. */
    private static Token titled(Token t) {
        String s = t.text();
        if (s.length() < 2 || !Character.isUpperCase(s.charAt(0))) {
            return t;
        }
        char[] c = s.toCharArray();
        for (int k = 1; k < c.length; k++) {
            c[k] = Character.toLowerCase(c[k]);
        }
        return new Token(t.span(), new String(c), t.kind());
    }

    /** A list that shows the title-cased copies of a sentence's tokens at their indices in the document. */
    private static final class TitleView extends AbstractList<Token> {
        private final Token[] titled;
        private final int from;
        private final int n;

        TitleView(Token[] titled, int from, int n) {
            this.titled = titled;
            this.from = from;
            this.n = n;
        }

        @Override
        public Token get(int index) {
            return titled[index - from];
        }

        @Override
        public int size() {
            return from + n;
        }
    }

    /** True when the sentence has a number and no lower-case word of more than three letters. */
    private boolean isTableRow() {
        boolean digit = false;
        for (int j = 0; j < n; j++) {
            String t = text[j];
            if (t.isEmpty()) {
                continue;
            }
            char c = t.charAt(0);
            if (Character.isLowerCase(c) && t.length() > 3) {
                return false;
            }
            digit |= Character.isDigit(c);
        }
        return digit;
    }

    /**
     * The runs of capitalised words of the sentence: for each token, the first and end token of the run it is in
     * (-1 when it is in none). Between two capitalised words a run may hold one lower-case word of up to four
     * letters ("Bank of England", "Trade and Industry"), an {@code &} or an {@code 's}. Sentences in capitals
     * have no runs.
     */
    private void runs() {
        Arrays.fill(runStart, 0, n, -1);
        Arrays.fill(runEnd, 0, n, -1);
        if (capsSentence) {
            return;
        }
        int j = 0;
        while (j < n) {
            if (cap[j] == 0) {
                j++;
                continue;
            }
            int e = j + 1;
            while (e < n) {
                if (cap[e] != 0) {
                    e++;
                } else if (e + 1 < n && cap[e + 1] != 0 && isConnector(text[e])) {
                    e += 2;
                } else {
                    break;
                }
            }
            for (int i = j; i < e; i++) {
                runStart[i] = j;
                runEnd[i] = e;
            }
            j = e;
        }
    }

    private static boolean isConnector(String t) {
        int len = t.length();
        if (len == 0 || len > 4) {
            return false;
        }
        char c = t.charAt(0);
        return c == '&' || c == '\'' || Character.isLowerCase(c);
    }

    /** The word cluster of token {@code j} of the sentence, or -1: as written, else in title case in capitals. */
    private int clusterOf(int j) {
        int c = cluster[j];
        if (c == UNSET) {
            // a word whose scores are kept has its cluster kept with them
            c = useWordScores ? wordEntry(j).cluster() : lookUpCluster(j);
            cluster[j] = c;
        }
        return c;
    }

    private int lookUpCluster(int j) {
        int c = clusters.lookup(text[j], WordClusters.AS_WRITTEN);
        if (c < 0 && capsSentence && cap[j] != 0) {
            c = clusters.lookup(text[j], WordClusters.TITLE_CASE);
        }
        return c;
    }

    private int lowerAt(int j) {
        return j < 0 ? PAD_BEFORE : j >= n ? PAD_AFTER : lower[j];
    }

    private int shortShapeAt(int j) {
        return j < 0 ? PAD_BEFORE : j >= n ? PAD_AFTER : shortShape[j];
    }

    /** Computes the label-independent features of token {@code j} unless they are already there. */
    private void staticFeaturesOf(int j) {
        if (featureCount[j] < 0) {
            computeStaticFeatures(j);
        }
    }

    private void computeStaticFeatures(int j) {
        int base = j * MAX_FEATURES;
        int k = 0;
        int[] f = features;
        int w = lower[j];
        if (useWordScores) {
            wordPart(j);
        } else {
            k = ownWordFeatures(j, f, base, k);
        }
        // a neighbour's word part is kept with its word; the padding beyond the sentence is not a word
        for (int d : OFFSETS) {
            if (!useWordScores || beyond(j + d)) {
                f[base + k++] = bucket(Hashing.feature(T_WORD_AT, d, lowerAt(j + d)));
            }
        }
        for (int d : OFFSETS) {
            if (!useWordScores || beyond(j + d)) {
                f[base + k++] = bucket(Hashing.feature(T_SHAPE_AT, d, shortShapeAt(j + d)));
            }
        }
        f[base + k++] = bucket(Hashing.feature(T_WORD_BIGRAM_LEFT, lowerAt(j - 1), w));
        f[base + k++] = bucket(Hashing.feature(T_WORD_BIGRAM_RIGHT, w, lowerAt(j + 1)));
        f[base + k++] = bucket(Hashing.feature(T_SHAPE_TRIGRAM, shortShapeAt(j - 1), shortShape[j],
                shortShapeAt(j + 1)));
        if (j == 0) {
            f[base + k++] = bucket(Hashing.feature(T_FIRST, shortShape[j]));
        }
        if (capsSentence) {
            f[base + k++] = bucket(Hashing.feature(T_CAPS, 1));
            f[base + k++] = bucket(Hashing.feature(T_CAPS_WORD, w));
        }
        if (has(NerModel.Feature.GAZETTEER)) {
            int kinds = gazKinds[j];
            while (kinds != 0) {
                int kind = Integer.numberOfTrailingZeros(kinds);
                kinds &= kinds - 1;
                f[base + k++] = bucket(Hashing.feature(T_GAZ, gazPos[j], kind));
            }
            if (j > 0 && gazKinds[j - 1] != 0) {
                f[base + k++] = bucket(Hashing.feature(T_GAZ_AT, -1, gazPos[j - 1], gazKinds[j - 1]));
            }
            if (j + 1 < n && gazKinds[j + 1] != 0) {
                f[base + k++] = bucket(Hashing.feature(T_GAZ_AT, 1, gazPos[j + 1], gazKinds[j + 1]));
            }
            if (given[j]) {
                f[base + k++] = bucket(Hashing.feature(T_GIVEN, 1));
            }
            if (j > 0 && given[j - 1]) {
                f[base + k++] = bucket(Hashing.feature(T_GIVEN_BEFORE, cap[j]));
            }
            if (adjPos[j] >= 0) {
                f[base + k++] = bucket(Hashing.feature(T_ADJECTIVE, adjPos[j]));
            }
            if (rolePos[j] >= 0) {
                f[base + k++] = bucket(Hashing.feature(T_ROLE, rolePos[j]));
            }
            if (j > 0 && (rolePos[j - 1] == Scheme.U || rolePos[j - 1] == Scheme.L)) {
                f[base + k++] = bucket(Hashing.feature(T_ROLE_BEFORE, cap[j]));
            }
        }
        if (has(NerModel.Feature.CLUSTERS)) {
            k = clusterFeatures(j, f, base, k);
        }
        if (has(NerModel.Feature.RUNS) && runStart[j] >= 0) {
            int s = runStart[j];
            int e = runEnd[j];
            int position = e - s == 1 ? Scheme.U : j == s ? Scheme.B : j == e - 1 ? Scheme.L : Scheme.I;
            f[base + k++] = bucket(Hashing.feature(T_RUN_SHAPE, position, Math.min(e - s, 4)));
            if (s != j) {
                f[base + k++] = bucket(Hashing.feature(T_RUN_FIRST, lower[s]));
            }
            if (e - 1 != j) {
                f[base + k++] = bucket(Hashing.feature(T_RUN_LAST, lower[e - 1]));
                if (has(NerModel.Feature.CLUSTERS) && clusterOf(e - 1) >= 0) {
                    f[base + k++] = bucket(Hashing.feature(T_RUN_LAST_CLUSTER, clusters.prefix(cluster[e - 1], 1)));
                }
            }
        }
        if (has(NerModel.Feature.CONTEXTS) && cap[j] != 0 && !capsSentence) {
            // the neighbours of the word's other occurrences in the document, the latest first
            int taken = 0;
            for (int o = occurrences.get(w); o >= 0 && taken < CONTEXTS; o = occurrenceNext[o]) {
                if (o != from + j) {
                    if (useWordScores) {
                        addOccurrenceScores(j, o);
                    } else {
                        f[base + k++] = bucket(Hashing.feature(T_CONTEXT, 0, occurrenceLeft[o]));
                        f[base + k++] = bucket(Hashing.feature(T_CONTEXT, 1, occurrenceRight[o]));
                    }
                    taken++;
                }
            }
        }
        if (has(NerModel.Feature.TABLE) && tableSentence) {
            f[base + k++] = bucket(Hashing.feature(T_TABLE, 0));
            f[base + k++] = bucket(Hashing.feature(T_TABLE, 1, shortShape[j]));
            f[base + k++] = bucket(Hashing.feature(T_TABLE, 2, shortShapeAt(j - 1), shortShapeAt(j + 1)));
        }
        if (has(NerModel.Feature.DOCUMENT) && cap[j] != 0) {
            int context = capsSentence ? 2 : j == 0 ? 1 : 0;
            f[base + k++] = bucket(Hashing.feature(T_DOC_CASE, context, seenCase.get(w)));
        }
        featureCount[j] = k;
    }

    /**
     * The word-cluster features of token j, written from {@code f[base + k]} on; returns the new count: the
     * prefixes of its own cluster's path (or that it has none), those of its neighbours' (all prefixes one
     * word away, the middle ones two words away), the cluster bigrams with each neighbour, and for a
     * capitalised word in no cluster, the cluster of its lower-case form.
     */
    private int clusterFeatures(int j, int[] f, int base, int k) {
        int c = clusterOf(j);
        if (!useWordScores) {
            k = ownClusterFeatures(j, f, base, k);
        }
        int mid = c >= 0 ? clusters.prefix(c, 2) : -1;
        for (int d : OFFSETS) {
            int i = j + d;
            if (!useWordScores || beyond(i)) {
                k = clusterAtFeatures(d, beyond(i) ? -1 : clusterOf(i), i < 0 ? PAD_BEFORE : i >= n ? PAD_AFTER : -1,
                        f, base, k);
            }
            if (d == -1 || d == 1) {
                int ci = beyond(i) ? -1 : clusterOf(i);
                int other = ci >= 0 ? clusters.prefix(ci, 2) : -1;
                f[base + k++] = bucket(d < 0 ? Hashing.feature(T_CLUSTER_BIGRAM, 0, other, mid)
                        : Hashing.feature(T_CLUSTER_BIGRAM, 1, mid, other));
            }
        }
        return k;
    }

    /**
     * The features of token {@code j} that depend on its word alone, from {@code f[base + k]} on; returns the
     * new count: the bias, the word (lower-cased and as written), its shapes, prefixes and suffixes.
     */
    private int ownWordFeatures(int j, int[] f, int base, int k) {
        f[base + k++] = bucket(Hashing.feature(T_BIAS, 0));
        f[base + k++] = bucket(Hashing.feature(T_WORD, lower[j]));
        f[base + k++] = bucket(Hashing.feature(T_WORD_EXACT, exact[j]));
        f[base + k++] = bucket(Hashing.feature(T_SHAPE, shape[j]));
        f[base + k++] = bucket(Hashing.feature(T_SHORT_SHAPE, shortShape[j]));
        String t = text[j];
        int len = t.length();
        int ph = Hashing.start();
        for (int c = 0; c < Math.min(4, len); c++) {
            ph = Hashing.add(ph, Character.toLowerCase(t.charAt(c)));
            f[base + k++] = bucket(Hashing.feature(T_PREFIX, c, ph));
        }
        for (int c = 1; c <= Math.min(4, len); c++) {
            f[base + k++] = bucket(Hashing.feature(T_SUFFIX, c, Hashing.lower(t, len - c, len)));
        }
        return k;
    }

    /** The prefixes of token {@code j}'s word-cluster path, or that it has none (and its lower case's). */
    private int ownClusterFeatures(int j, int[] f, int base, int k) {
        int c = clusterOf(j);
        if (c >= 0) {
            for (int p = 0; p < WordClusters.PREFIXES.length; p++) {
                f[base + k++] = bucket(Hashing.feature(T_CLUSTER, p, clusters.prefix(c, p)));
            }
        } else {
            f[base + k++] = bucket(Hashing.feature(T_NO_CLUSTER, cap[j]));
            if (cap[j] != 0) {
                int lc = clusters.lookup(text[j], WordClusters.LOWER_CASE);
                if (lc >= 0) {
                    f[base + k++] = bucket(Hashing.feature(T_LOWER_CLUSTER, 1, clusters.prefix(lc, 1)));
                    f[base + k++] = bucket(Hashing.feature(T_LOWER_CLUSTER, 2, clusters.prefix(lc, 2)));
                }
            }
        }
        return k;
    }

    /**
     * The cluster of the word {@code d} tokens away: the prefixes of its path {@code ci}, or {@code absent}
     * when it has none ({@code -1}) or is beyond the sentence (a padding).
     */
    private int clusterAtFeatures(int d, int ci, int absent, int[] f, int base, int k) {
        if (ci < 0) {
            f[base + k++] = bucket(Hashing.feature(T_CLUSTER_AT, d, absent));
        } else if (d == -1 || d == 1) {
            for (int p = 0; p < WordClusters.PREFIXES.length; p++) {
                f[base + k++] = bucket(Hashing.feature(T_CLUSTER_AT, d * 8 + p, clusters.prefix(ci, p)));
            }
        } else {
            for (int p = 1; p <= 2; p++) {
                f[base + k++] = bucket(Hashing.feature(T_CLUSTER_AT, d * 8 + p, clusters.prefix(ci, p)));
            }
        }
        return k;
    }

    /** True when index {@code i} is beyond the current sentence. */
    private boolean beyond(int i) {
        return i < 0 || i >= n;
    }

    /**
     * Sums into {@link #wordPart} the scores of the word-part features of token {@code j}: its own word's and
     * those of the words up to two tokens away, each as a neighbour at its distance.
     */
    private void wordPart(int j) {
        int o = j * labelCount;
        float[] own = wordEntry(j).scores();
        System.arraycopy(own, 0, wordPart, o, labelCount);
        for (int s = 0; s < OFFSETS.length; s++) {
            int i = j + OFFSETS[s];
            if (!beyond(i)) {
                float[] e = wordEntry(i).scores();
                int from = (s + 1) * labelCount;
                for (int l = 0; l < labelCount; l++) {
                    wordPart[o + l] += e[from + l];
                }
            }
        }
    }

    /**
     * Adds to token {@code j}'s word part the scores of the context features that occurrence {@code o} (a token
     * of the document) lends it, computed once for the document.
     */
    private void addOccurrenceScores(int j, int o) {
        int at = o * labelCount;
        if (!occurrenceScored[o]) {
            int[] f = scratchFeatures;
            f[0] = bucket(Hashing.feature(T_CONTEXT, 0, occurrenceLeft[o]));
            f[1] = bucket(Hashing.feature(T_CONTEXT, 1, occurrenceRight[o]));
            float[] s = scratchScores;
            Arrays.fill(s, 0f);
            wordScores.weights.score(f, 0, 2, s);
            System.arraycopy(s, 0, occurrenceScores, at, labelCount);
            occurrenceScored[o] = true;
        }
        int into = j * labelCount;
        for (int l = 0; l < labelCount; l++) {
            wordPart[into + l] += occurrenceScores[at + l];
        }
    }

    /** The {@link WordScores} entry of token {@code i}'s word, looked up once per sentence. */
    private WordPart wordEntry(int i) {
        WordPart e = wordEntries[i];
        if (e == null) {
            e = wordScores.entry(text[i], capsSentence, i, this);
            wordEntries[i] = e;
        }
        return e;
    }

    /**
     * The scores, by {@code weights}, of the word-part features of token {@code i}: its own (the first {@code
     * labelCount}), then as the neighbour at each distance of {@link #OFFSETS}; and its cluster. They depend
     * only on the token's text and on whether the sentence is in capitals.
     */
    private WordPart scoreWordPart(int i, Weights weights) {
        if (cluster[i] == UNSET) {
            cluster[i] = has(NerModel.Feature.CLUSTERS) ? lookUpCluster(i) : -1;
        }
        float[] e = new float[(1 + OFFSETS.length) * labelCount];
        int[] f = scratchFeatures;
        int k = ownWordFeatures(i, f, 0, 0);
        if (has(NerModel.Feature.CLUSTERS)) {
            k = ownClusterFeatures(i, f, 0, k);
        }
        weights.score(f, 0, k, e);
        float[] s = scratchScores;
        for (int x = 0; x < OFFSETS.length; x++) {
            int d = OFFSETS[x];
            k = 0;
            f[k++] = bucket(Hashing.feature(T_WORD_AT, d, lower[i]));
            f[k++] = bucket(Hashing.feature(T_SHAPE_AT, d, shortShape[i]));
            if (has(NerModel.Feature.CLUSTERS)) {
                k = clusterAtFeatures(d, clusterOf(i), -1, f, 0, k);
            }
            Arrays.fill(s, 0f);
            weights.score(f, 0, k, s);
            System.arraycopy(s, 0, e, (x + 1) * labelCount, labelCount);
        }
        return new WordPart(e, cluster[i]);
    }

    private int bucket(int feature) {
        return feature & mask;
    }

    // ---------------------------------------------------------------------------------------------------
    // decoding

    /**
     * Decodes the current sentence greedily with {@code weights}; when {@code gold} is given, trains on it as
     * it goes (the label history is the predicted one, as when tagging).
     */
    void decode(Weights weights, int[] gold, Training training) {
        float[] s = scores;
        int[] f = features;
        boolean keep = gold == null && domain == 0 && !revisiting;
        useWordScores = wordScores != null && wordScores.weights == weights && gold == null && domain == 0;
        for (int j = 0; j < n; j++) {
            int base = j * MAX_FEATURES;
            int prev = j > 0 ? labels[j - 1] : -1;
            int prev2 = j > 1 ? labels[j - 2] : -1;
            if (gold == null && (revisiting ? skipped[from + j] : prev <= 0 && outside(j))) {
                // a lower-case word no name list knows, after no name: it opens no name, so it is not scored
                if (keep) {
                    skipped[from + j] = true;
                }
                labels[j] = 0;
                continue;
            }
            if (keep) {
                skipped[from + j] = false;
            }
            if (revisiting && cap[j] == 0 && prev == firstPassLabel(j - 1) && prev2 == firstPassLabel(j - 2)) {
                // what the second pass adds (the review, the history) is read of capitalised words only: after
                // the same two labels as in the first pass, this token's scores are the first pass's, and so its
                // label
                labels[j] = firstPass[from + j];
                continue;
            }
            staticFeaturesOf(j);
            int fixed = featureCount[j];
            int k = fixed;
            if (!useWordScores) {
                // else their scores are kept by the labels (transitions)
                f[base + k++] = bucket(Hashing.feature(T_PREV, prev));
                f[base + k++] = bucket(Hashing.feature(T_PREV2, prev2, prev));
            }
            f[base + k++] = bucket(Hashing.feature(T_PREV_WORD, prev, lower[j]));
            f[base + k++] = bucket(Hashing.feature(T_PREV_SHAPE, prev, shortShape[j]));
            if (reviewing && cap[j] != 0) {
                int own = outcome(firstPass[from + j]);
                int seen = 0;
                for (int o = 0; o <= types(); o++) {
                    // the other occurrences of the word: its own first-pass label is not evidence
                    if (tally.get(tallyKey(lower[j], o)) > (own == o ? 1 : 0)) {
                        seen |= 1 << o;
                        f[base + k++] = bucket(Hashing.feature(T_REVIEW, o));
                    }
                }
                f[base + k++] = bucket(Hashing.feature(T_REVIEW_ALL, seen, capsSentence ? 2 : j == 0 ? 1 : 0));
            }
            if (cap[j] != 0 && has(NerModel.Feature.HISTORY)) {
                int h = history.get(lower[j]);
                if (h != 0) {
                    f[base + k++] = bucket(Hashing.feature(T_HISTORY, h));
                    f[base + k++] = bucket(Hashing.feature(T_HISTORY_SHAPE, h, capsSentence ? 2 : j == 0 ? 1 : 0));
                }
            }
            if (domain != 0) {
                for (int x = base, end = base + k; x < end; x++) {
                    f[base + k++] = bucket(Hashing.feature(domain, f[x]));
                }
            }
            if (revisiting) {
                System.arraycopy(staticScores, (from + j) * labelCount, s, 0, labelCount);
                weights.score(f, base, k, s);
                addTransitions(prev2, prev, s);
            } else if (keep) {
                // the same sums as in one call, with the label-independent part kept: the weights are whole
                // numbers far below 2^24, so a float holds every partial sum exactly, in any order
                if (useWordScores) {
                    System.arraycopy(wordPart, j * labelCount, s, 0, labelCount);
                } else {
                    Arrays.fill(s, 0f);
                }
                weights.score(f, base, fixed, s);
                System.arraycopy(s, 0, staticScores, (from + j) * labelCount, labelCount);
                weights.score(f, base + fixed, k - fixed, s);
                addTransitions(prev2, prev, s);
            } else {
                Arrays.fill(s, 0f);
                weights.score(f, base, k, s);
            }
            int best = -1;
            for (int l = 0; l < labelCount; l++) {
                if (scheme.allowed(prev, l) && (best < 0 || s[l] > s[best])) {
                    best = l;
                }
            }
            if (gold != null) {
                training.update(f, base, k, gold[j], best);
            }
            labels[j] = best;
        }
    }

    /** The first pass's label of token {@code j} of the current sentence, or -1 before the sentence. */
    private int firstPassLabel(int j) {
        return j < 0 ? -1 : firstPass[from + j];
    }

    /** With {@link #useWordScores}, adds the kept scores of the labels before a token to its scores. */
    private void addTransitions(int prev2, int prev, float[] s) {
        if (useWordScores) {
            int t = transition(prev2, prev);
            for (int l = 0; l < labelCount; l++) {
                s[l] += transitions[t + l];
            }
        }
    }

    /** True when word {@code j} begins with a lower-case letter and no name of the knowledge base covers it. */
    private boolean outside(int j) {
        return cap[j] == 0 && gazKinds[j] == 0 && lowerFirst[j];
    }

    /** The entities of the decoded sentence as {@code [start, end)} token indices of the document and types. */
    int entities(int[] starts, int[] ends, int[] types) {
        int count = 0;
        int open = -1;
        for (int j = 0; j <= n; j++) {
            int l = j < n ? labels[j] : 0;
            boolean goesOn = l != 0 && scheme.continues(l) && open >= 0 && scheme.type(l) == types[open]
                    && ends[open] == from + j;
            if (goesOn) {
                ends[open] = from + j + 1;
            } else if (l != 0) {
                starts[count] = from + j;
                ends[count] = from + j + 1;
                types[count] = scheme.type(l);
                open = count++;
            } else {
                open = -1;
            }
            if (l != 0 && scheme == Scheme.BILOU && (scheme.position(l) == Scheme.L || scheme.position(l) == Scheme.U)) {
                open = -1;
            }
        }
        return count;
    }

    private void ensure(int size) {
        if (size <= lower.length) {
            return;
        }
        int c = Math.max(size, lower.length * 2);
        text = new String[c];
        lower = new int[c];
        exact = new int[c];
        shape = new int[c];
        shortShape = new int[c];
        cap = new byte[c];
        lowerFirst = new boolean[c];
        cluster = new int[c];
        runStart = new int[c];
        runEnd = new int[c];
        gazKinds = new int[c];
        gazPos = new byte[c];
        given = new boolean[c];
        adjPos = new byte[c];
        rolePos = new byte[c];
        features = new int[c * MAX_FEATURES];
        featureCount = new int[c];
        labels = new int[c];
        titleCase = new Token[c];
        wordEntries = new WordPart[c];
        wordPart = new float[c * labelCount];
    }

    private void ensureDocument(int size) {
        if (size <= docLower.length) {
            return;
        }
        int c = Math.max(size, docLower.length * 2);
        docLower = new int[c];
        docExact = new int[c];
        docShape = new int[c];
        docShortShape = new int[c];
        docCap = new byte[c];
        docLowerFirst = new boolean[c];
    }

    private boolean has(NerModel.Feature group) {
        return groups[group.ordinal()];
    }

    /**
     * A word's kept part: the scores of its word-part features ({@code labelCount} as the token itself, then as
     * the neighbour at each distance of {@link #OFFSETS}) and its word cluster, or -1.
     */
    private record WordPart(float[] scores, int cluster) {
    }

    /**
     * The scores of the word-part features ({@link #scoreWordPart}) of the words a tagger has met, by word and
     * by whether the sentence was in capitals, for one set of weights that does not change. A word's entry is
     * the same whenever it is computed, so the output does not depend on what the cache holds; it is emptied
     * when it reaches {@link #LIMIT} words of a kind, which bounds its memory (about 13 MB for each kind with
     * 17 labels).
     */
    private static final class WordScores {
        static final int LIMIT = 1 << 15;

        final Weights weights;
        private final HashMap<String, WordPart> mixed = new HashMap<>();
        private final HashMap<String, WordPart> capitals = new HashMap<>();

        WordScores(Weights weights) {
            this.weights = weights;
        }

        /** The entry of {@code word}, token {@code i} of {@code engine}'s current sentence. */
        WordPart entry(String word, boolean inCapitals, int i, Engine engine) {
            HashMap<String, WordPart> m = inCapitals ? capitals : mixed;
            WordPart e = m.get(word);
            if (e == null) {
                if (m.size() >= LIMIT) {
                    m.clear();
                }
                e = engine.scoreWordPart(i, weights);
                m.put(word, e);
            }
            return e;
        }
    }

    /** Adds the weights of features to the scores of the labels. */
    interface Weights {
        void score(int[] buckets, int offset, int count, float[] scores);
    }

    /** What the trainer does with a decision: nothing when right, a perceptron update when wrong. */
    interface Training {
        void update(int[] buckets, int offset, int count, int gold, int predicted);
    }
}

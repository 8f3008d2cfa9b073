package org.annals.core.tag;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a named-entity tagger and the layout of its features: which feature groups it uses, the
 * size of its hashed weight table, its label scheme and its entity types. Immutable and safe to share across
 * threads; {@link #builtin()} is the model that ships with annals (see {@code NOTICE-ner.txt} beside it).
 *
 * <p>In memory the rows that hold weights are found through a bitmap of the table's buckets with the count of
 * rows before every 64 buckets (a row's number is the number of used buckets before it), a 32nd of the size
 * of a table of row numbers, so that it stays in the processor's cache.
 *
 * <p>On disk a model is gzip-compressed: a header, then only the rows of the weight table that hold a
 * weight, each as the distance from the previous row and one 16-bit quantised weight per label.
 */
public final class NerModel {

    /** Groups of features a model may use beyond the words, shapes, affixes and labels. */
    public enum Feature {
        /** membership in the knowledge base's names, given names, nationality adjectives and role words */
        GAZETTEER,
        /** how a word is written elsewhere in the document (with a capital, in lower case) */
        DOCUMENT,
        /** how the tagger tagged the same word earlier in the document */
        HISTORY,
        /** a second pass over the document that sees how the first pass tagged the same word anywhere in it */
        REVIEW,
        /** the word clusters ({@link WordClusters}) of the word and its neighbours */
        CLUSTERS,
        /** the run of capitalised words a word is in: its place in it, the run's first and last words */
        RUNS,
        /** sentences of names and numbers without lower-case words (tables of results, lists) */
        TABLE,
        /** the words around the other occurrences of a capitalised word in the document */
        CONTEXTS
    }

    /**
     * What the features and labels of a model are; the tagger must compute them as the trainer did. {@code
     * clusters} is the {@link WordClusters#fingerprint} of the word clusters the model was trained with (0
     * without {@link Feature#CLUSTERS}).
     */
    record Layout(int hashBits, Scheme scheme, List<String> types, Set<Feature> features, int clusters) {

        Layout {
            if (hashBits < 10 || hashBits > 26) {
                throw new IllegalArgumentException("hash bits must be in [10, 26]: " + hashBits);
            }
            types = List.copyOf(types);
            // an EnumSet underneath: has() is on the hot path, and a bit test is all it costs
            features = java.util.Collections.unmodifiableSet(features.isEmpty() ? EnumSet.noneOf(Feature.class)
                    : EnumSet.copyOf(features));
            if (!features.contains(Feature.CLUSTERS)) {
                clusters = 0;
            }
        }

        int labelCount() {
            return scheme.labels(types.size());
        }

        boolean has(Feature f) {
            return features.contains(f);
        }
    }

    private static final byte[] MAGIC = "annals-ner\n".getBytes(StandardCharsets.US_ASCII);
    /** 2: the fingerprint of the word clusters follows the features (version 1, without clusters, is read). */
    private static final int VERSION = 2;

    private final Layout layout;
    /**
     * For each block of 64 buckets of the hashed table, two longs: the bitmap of its buckets that have a row,
     * and the number of rows of the blocks before it.
     */
    private final long[] index;
    /** The rows that hold weights, {@code labelCount} quantised weights each, in the order of their buckets. */
    private final short[] weights;

    /** A model whose buckets with a row are the set bits of {@code used}, bucket {@code b} at bit {@code b}. */
    private NerModel(Layout layout, long[] used, short[] weights) {
        this.layout = layout;
        this.index = new long[2 * used.length];
        long rows = 0;
        for (int block = 0; block < used.length; block++) {
            index[2 * block] = used[block];
            index[2 * block + 1] = rows;
            rows += Long.bitCount(used[block]);
        }
        this.weights = weights;
    }

    /** The bitmap of {@code 2^bits} buckets, none used. */
    private static long[] bitmap(int bits) {
        return new long[(1 << bits) >>> 6];
    }

    /** The row of bucket {@code b}, or -1 when it has none. */
    private static int row(long[] index, int b) {
        int block = (b >>> 6) << 1;
        long used = index[block];
        long bit = 1L << b; // the shift takes b mod 64
        return (used & bit) == 0 ? -1 : (int) index[block + 1] + Long.bitCount(used & (bit - 1));
    }

    private static final class Holder {
        static final NerModel BUILTIN = load();

        private static NerModel load() {
            try (InputStream in = NerModel.class.getResourceAsStream("ner.model")) {
                if (in == null) {
                    throw new IllegalStateException("ner.model is missing from the resources of org.annals.core.tag");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in ner.model", e);
            }
        }
    }

    /** The model that ships with annals, read once. */
    public static NerModel builtin() {
        return Holder.BUILTIN;
    }

    /** The entity types the model tags, e.g. {@code [LOC, MISC, ORG, PER]}. */
    public List<String> types() {
        return layout.types();
    }

    public Scheme scheme() {
        return layout.scheme();
    }

    public Set<Feature> features() {
        return layout.features();
    }

    /** The number of rows of the weight table that hold weights. */
    public int rows() {
        return weights.length / layout.labelCount();
    }

    Layout layout() {
        return layout;
    }

    /** The weights as the engine reads them. */
    Engine.Weights weights() {
        long[] rows = index;
        short[] w = weights;
        int labels = layout.labelCount();
        if (labels == 9) {
            // the built-in model's labels (BIO over four types): the sums are kept in registers over the rows
            // instead of in the array, each label's added in the same order as below
            return (buckets, offset, count, scores) -> {
                float s0 = scores[0], s1 = scores[1], s2 = scores[2], s3 = scores[3], s4 = scores[4];
                float s5 = scores[5], s6 = scores[6], s7 = scores[7], s8 = scores[8];
                for (int k = offset; k < offset + count; k++) {
                    int r = row(rows, buckets[k]);
                    if (r >= 0) {
                        int b = r * 9;
                        s0 += w[b];
                        s1 += w[b + 1];
                        s2 += w[b + 2];
                        s3 += w[b + 3];
                        s4 += w[b + 4];
                        s5 += w[b + 5];
                        s6 += w[b + 6];
                        s7 += w[b + 7];
                        s8 += w[b + 8];
                    }
                }
                scores[0] = s0;
                scores[1] = s1;
                scores[2] = s2;
                scores[3] = s3;
                scores[4] = s4;
                scores[5] = s5;
                scores[6] = s6;
                scores[7] = s7;
                scores[8] = s8;
            };
        }
        return (buckets, offset, count, scores) -> {
            for (int k = offset; k < offset + count; k++) {
                int r = row(rows, buckets[k]);
                if (r >= 0) {
                    int base = r * labels;
                    for (int l = 0; l < labels; l++) {
                        scores[l] += w[base + l];
                    }
                }
            }
        };
    }

    /**
     * The model of trained weights {@code w} ({@code labelCount} per bucket): they are scaled so that the
     * largest becomes 32767 and rounded; weights that round to less than {@code pruneBelow} in absolute value
     * are dropped, and so are rows left empty.
     */
    static NerModel quantise(Layout layout, float[] w, int pruneBelow) {
        int labels = layout.labelCount();
        int buckets = 1 << layout.hashBits();
        float max = 0;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        float scale = max == 0 ? 1 : 32767f / max;
        long[] used = bitmap(layout.hashBits());
        short[] rows = new short[1024 * labels];
        int count = 0;
        short[] row = new short[labels];
        for (int b = 0; b < buckets; b++) {
            boolean any = false;
            for (int l = 0; l < labels; l++) {
                int q = Math.round(w[b * labels + l] * scale);
                row[l] = (short) (Math.abs(q) < pruneBelow ? 0 : q);
                any |= row[l] != 0;
            }
            if (any) {
                if ((count + 1) * labels > rows.length) {
                    rows = Arrays.copyOf(rows, rows.length * 2);
                }
                System.arraycopy(row, 0, rows, count * labels, labels);
                used[b >>> 6] |= 1L << b;
                count++;
            }
        }
        return new NerModel(layout, used, Arrays.copyOf(rows, count * labels));
    }

    /** Writes the model (gzip-compressed); the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.write(MAGIC);
        d.writeInt(VERSION);
        d.writeByte(layout.hashBits());
        d.writeUTF(layout.scheme().name());
        d.writeByte(layout.types().size());
        for (String t : layout.types()) {
            d.writeUTF(t);
        }
        d.writeByte(layout.features().size());
        for (Feature f : Feature.values()) {
            if (layout.has(f)) {
                d.writeUTF(f.name());
            }
        }
        if (layout.has(Feature.CLUSTERS)) {
            d.writeInt(layout.clusters());
        }
        int labels = layout.labelCount();
        d.writeInt(weights.length / labels);
        int last = -1;
        int buckets = 1 << layout.hashBits();
        for (int b = 0; b < buckets; b++) {
            int r = row(index, b);
            if (r < 0) {
                continue;
            }
            writeVarint(d, b - last);
            last = b;
            for (int l = 0; l < labels; l++) {
                int q = weights[r * labels + l];
                writeVarint(d, (q << 1) ^ (q >> 31));
            }
        }
        d.flush();
        gz.finish();
        out.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        byte[] magic = new byte[MAGIC.length];
        d.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not an annals NER model");
        }
        int version = d.readInt();
        if (version != 1 && version != VERSION) {
            throw new IOException("NER model version " + version + ", this annals reads version " + VERSION);
        }
        int bits = d.readByte();
        Scheme scheme;
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        List<String> types = new ArrayList<>();
        try {
            scheme = Scheme.valueOf(d.readUTF());
            int nt = d.readByte();
            for (int k = 0; k < nt; k++) {
                types.add(d.readUTF());
            }
            int nf = d.readByte();
            for (int k = 0; k < nf; k++) {
                features.add(Feature.valueOf(d.readUTF()));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("NER model header: " + e.getMessage(), e);
        }
        int clusters = version >= 2 && features.contains(Feature.CLUSTERS) ? d.readInt() : 0;
        if (version < 2 && features.contains(Feature.CLUSTERS)) {
            throw new IOException("NER model header: CLUSTERS in a version 1 model");
        }
        Layout layout = new Layout(bits, scheme, types, features, clusters);
        int labels = layout.labelCount();
        int count = d.readInt();
        int buckets = 1 << bits;
        if (count < 0 || count > buckets) {
            throw new IOException("NER model: bad row count " + count);
        }
        long[] used = bitmap(bits);
        short[] weights = new short[count * labels];
        int b = -1;
        for (int r = 0; r < count; r++) {
            b += readVarint(d);
            if (b < 0 || b >= buckets) {
                throw new IOException("NER model: row out of the table");
            }
            if ((used[b >>> 6] & (1L << b)) != 0) {
                throw new IOException("NER model: a row given twice");
            }
            used[b >>> 6] |= 1L << b;
            for (int l = 0; l < labels; l++) {
                int z = readVarint(d);
                weights[r * labels + l] = (short) ((z >>> 1) ^ -(z & 1));
            }
        }
        return new NerModel(layout, used, weights);
    }

    private static void writeVarint(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarint(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = d.read();
            if (b < 0) {
                throw new EOFException("NER model cut short");
            }
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("NER model: bad number");
    }
}

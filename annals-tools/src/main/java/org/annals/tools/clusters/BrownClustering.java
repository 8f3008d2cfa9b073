package org.annals.tools.clusters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Brown clustering (Brown et al. 1992, "Class-based n-gram models of natural language") with a window of
 * {@code C} clusters, as Liang (2005) made it practical: words are taken in decreasing frequency; each one
 * enters as a cluster of its own, and whenever there are {@code C + 1} clusters the two whose merge loses the
 * least average mutual information of the class bigram model are merged. When every word is in, the last
 * {@code C} clusters are merged pairwise down to one, and the tree of those merges gives each cluster a path
 * of bits (0 for the left branch, 1 for the right); words of a cluster share its path, and paths of similar
 * clusters share long prefixes.
 *
 * <p>The model: {@code p(c, d)} is the share of the corpus's bigrams whose first word is in cluster {@code c}
 * and second in {@code d}, counting only words already clustered; {@code pl(c)} and {@code pr(d)} are the
 * shares of all bigrams with a word of {@code c} first, or of {@code d} second. The quality of a clustering is
 * the sum over cluster pairs of {@code q(c, d) = p(c, d) log(p(c, d) / (pl(c) pr(d)))}. The loss of merging
 * every pair is kept in a table and updated, after each merge or new cluster, by the terms that changed
 * (each pair's loss is a sum of terms, one for every third cluster), which makes a merge cost {@code O(C^2)}.
 *
 * <p>Deterministic: words of equal frequency are taken in the order given, ties between losses go to the
 * pair of lowest slots, and the work split over threads never changes what is computed (each thread updates
 * its own rows of the tables). Logarithms are {@link StrictMath#log}, the same on every machine.
 */
public final class BrownClustering {

    /** The outcome: every word's cluster path, in the order of the words given. */
    public record Result(List<String> words, String[] paths) {
    }

    private final int window;
    private final int threads;
    private final Consumer<String> log;

    /**
     * @param window the number of clusters {@code C}
     * @param threads how many threads update the tables (the result does not depend on it)
     * @param log progress, a line at a time
     */
    public BrownClustering(int window, int threads, Consumer<String> log) {
        if (window < 2) {
            throw new IllegalArgumentException("need at least 2 clusters");
        }
        this.window = window;
        this.threads = Math.max(1, threads);
        this.log = log;
    }

    // ---------------------------------------------------------------------------------------------------
    // the state

    /** Slots of clusters: {@code window + 1} of them, a slot holds a cluster or is free. */
    private int slots;
    private boolean[] active;
    private int[] activeList;
    private int activeCount;
    private double[] pl;
    private double[] pr;
    /** {@code p[c][d]}: the share of bigrams from cluster c to cluster d. */
    private double[][] p;
    /** {@code q[c][d]}: the term of the pair in the quality. */
    private double[][] q;
    /** The transposes of {@code p} and {@code q}, so that a column is read as fast as a row. */
    private double[][] pT;
    private double[][] qT;
    /** The words of each slot's cluster. */
    private List<List<Integer>> members;
    /** {@code loss[c][d]} for {@code c < d}: what merging c and d would lose. */
    private double[][] loss;

    // the words
    private int[][] rightIds;
    private int[][] rightCounts;
    private int[][] leftIds;
    private int[][] leftCounts;
    private double[] wordLeft;
    private double[] wordRight;
    private int[] slotOfWord;

    private ExecutorService pool;
    /** For tests: after every step, every kept loss is checked against the loss computed in full. */
    private boolean verify;

    /** Checks after every step that the losses kept up to date equal those computed in full (slow; tests). */
    BrownClustering verifying() {
        verify = true;
        return this;
    }

    private void check() {
        for (int i = 0; i < activeCount; i++) {
            for (int j = i + 1; j < activeCount; j++) {
                int c = activeList[i];
                int d = activeList[j];
                double full = fullLoss(c, d);
                if (Math.abs(full - loss[c][d]) > 1e-12 + 1e-9 * Math.abs(full)) {
                    throw new IllegalStateException("loss of (" + c + ", " + d + ") is " + loss[c][d]
                            + ", in full " + full);
                }
            }
        }
    }

    /**
     * Clusters {@code words} (ordered by decreasing frequency, ties in a fixed order) from the bigrams of
     * {@code sentences}, given as word indices (a negative index breaks the sentence: a word left out).
     */
    public Result cluster(List<String> words, List<int[]> sentences) {
        int v = words.size();
        if (v < window) {
            throw new IllegalArgumentException(v + " words is fewer than the " + window + " clusters");
        }
        countBigrams(v, sentences);
        slots = window + 1;
        active = new boolean[slots];
        activeList = new int[slots];
        pl = new double[slots];
        pr = new double[slots];
        p = new double[slots][slots];
        q = new double[slots][slots];
        pT = new double[slots][slots];
        qT = new double[slots][slots];
        members = new ArrayList<>();
        for (int k = 0; k < slots; k++) {
            members.add(new ArrayList<>());
        }
        loss = new double[slots][slots];
        slotOfWord = new int[v];
        Arrays.fill(slotOfWord, -1);
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brown");
            t.setDaemon(true);
            return t;
        });
        try {
            // the first clusters: one word each, losses computed in full
            for (int w = 0; w < window; w++) {
                place(w, w);
            }
            refreshActive();
            parallel(c -> {
                for (int d = c + 1; d < slots; d++) {
                    if (active[d]) {
                        loss[c][d] = fullLoss(c, d);
                    }
                }
            });
            // every further word enters and the best pair is merged
            long t0 = System.nanoTime();
            for (int w = window; w < v; w++) {
                int free = freeSlot();
                add(w, free);
                int[] best = bestPair();
                merge(best[0], best[1]);
                if ((w - window + 1) % 1000 == 0) {
                    log.accept(String.format("%,d of %,d words clustered (%.0f s)", w + 1, v,
                            (System.nanoTime() - t0) / 1e9));
                }
            }
            // the tree over the last clusters
            List<List<Integer>> leaves = new ArrayList<>();
            for (List<Integer> m : members) {
                leaves.add(List.copyOf(m));
            }
            int[] nodeOf = new int[slots];
            List<int[]> children = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                nodeOf[s] = -1;
                if (active[s]) {
                    nodeOf[s] = children.size();
                    children.add(null);
                }
            }
            int[] leafSlot = new int[children.size()];
            for (int s = 0; s < slots; s++) {
                if (nodeOf[s] >= 0) {
                    leafSlot[nodeOf[s]] = s;
                }
            }
            while (activeCount > 1) {
                int[] best = bestPair();
                int node = children.size();
                children.add(new int[] {nodeOf[best[0]], nodeOf[best[1]]});
                merge(best[0], best[1]);
                nodeOf[best[0]] = node;
                nodeOf[best[1]] = -1;
            }
            String[] paths = new String[v];
            String[] nodePath = new String[children.size()];
            nodePath[children.size() - 1] = "";
            for (int node = children.size() - 1; node >= 0; node--) {
                int[] kids = children.get(node);
                if (kids == null) {
                    String path = nodePath[node].isEmpty() ? "0" : nodePath[node];
                    for (int w : leaves.get(leafSlot[node])) {
                        paths[w] = path;
                    }
                } else {
                    nodePath[kids[0]] = nodePath[node] + "0";
                    nodePath[kids[1]] = nodePath[node] + "1";
                }
            }
            return new Result(List.copyOf(words), paths);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // counting

    private void countBigrams(int v, List<int[]> sentences) {
        Map<Long, int[]> pairs = new HashMap<>();
        long total = 0;
        for (int[] s : sentences) {
            for (int i = 0; i + 1 < s.length; i++) {
                if (s[i] < 0 || s[i + 1] < 0) {
                    continue;
                }
                pairs.computeIfAbsent(((long) s[i] << 32) | s[i + 1], k -> new int[1])[0]++;
                total++;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("no bigrams to learn from");
        }
        int[] rightSize = new int[v];
        int[] leftSize = new int[v];
        for (long key : pairs.keySet()) {
            rightSize[(int) (key >>> 32)]++;
            leftSize[(int) key]++;
        }
        rightIds = new int[v][];
        rightCounts = new int[v][];
        leftIds = new int[v][];
        leftCounts = new int[v][];
        for (int w = 0; w < v; w++) {
            rightIds[w] = new int[rightSize[w]];
            rightCounts[w] = new int[rightSize[w]];
            leftIds[w] = new int[leftSize[w]];
            leftCounts[w] = new int[leftSize[w]];
        }
        // a fixed order of the pairs, so that sums are made in the same order on every run
        long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.fill(rightSize, 0);
        Arrays.fill(leftSize, 0);
        wordLeft = new double[v];
        wordRight = new double[v];
        for (long key : keys) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            int n = pairs.get(key)[0];
            rightIds[a][rightSize[a]] = b;
            rightCounts[a][rightSize[a]++] = n;
            leftIds[b][leftSize[b]] = a;
            leftCounts[b][leftSize[b]++] = n;
            wordLeft[a] += n;
            wordRight[b] += n;
        }
        for (int w = 0; w < v; w++) {
            wordLeft[w] /= total;
            wordRight[w] /= total;
        }
        this.total = total;
        log.accept(String.format("%,d words, %,d bigrams (%,d distinct)", v, total, keys.length));
    }

    private long total;

    // ---------------------------------------------------------------------------------------------------
    // the terms

    /** The quality term of a pair with bigram share {@code pxy} and marginals {@code px}, {@code py}. */
    private static double term(double pxy, double px, double py) {
        return pxy > 0 ? pxy * StrictMath.log(pxy / (px * py)) : 0;
    }

    private void setP(int c, int d, double value) {
        p[c][d] = value;
        pT[d][c] = value;
    }

    private void setQ(int c, int d) {
        double value = term(p[c][d], pl[c], pr[d]);
        q[c][d] = value;
        qT[d][c] = value;
    }

    /**
     * The part of the loss of merging c and d that belongs to a third cluster e: what the pair gains from e
     * now, less what their merge would keep of it.
     */
    private double third(int c, int d, int e) {
        double ce = p[c][e] + p[d][e];
        double ec = p[e][c] + p[e][d];
        if (ce == 0 && ec == 0) {
            return 0;
        }
        return q[c][e] + q[e][c] + q[d][e] + q[e][d] - term(ce, pl[c] + pl[d], pr[e])
                - term(ec, pl[e], pr[c] + pr[d]);
    }

    /**
     * Adds {@code sign} times the part of e to the loss of every active pair (c, d) with {@code d > c},
     * leaving out d in {@code skip1}, {@code skip2} and e: the same sums as {@link #third}, in a loop that
     * reads rows only.
     */
    private void addThird(int c, int e, double sign, int skip1, int skip2) {
        double pce = p[c][e];
        double pec = p[e][c];
        double qc = q[c][e] + q[e][c];
        double plc = pl[c];
        double prc = pr[c];
        double ple = pl[e];
        double pre = pr[e];
        double[] colE = pT[e];
        double[] rowE = p[e];
        double[] qColE = qT[e];
        double[] qRowE = q[e];
        double[] out = loss[c];
        int[] list = activeList;
        for (int k = 0; k < activeCount; k++) {
            int d = list[k];
            if (d <= c || d == e || d == skip1 || d == skip2) {
                continue;
            }
            double ce = pce + colE[d];
            double ec = pec + rowE[d];
            if (ce == 0 && ec == 0) {
                continue;
            }
            double part = qc + qColE[d] + qRowE[d] - term(ce, plc + pl[d], pre) - term(ec, ple, prc + pr[d]);
            out[d] += sign * part;
        }
    }

    /** The loss of merging c and d, computed in full. */
    private double fullLoss(int c, int d) {
        double self = p[c][c] + p[c][d] + p[d][c] + p[d][d];
        double sum = q[c][c] + q[d][d] + q[c][d] + q[d][c] - term(self, pl[c] + pl[d], pr[c] + pr[d]);
        for (int k = 0; k < activeCount; k++) {
            int e = activeList[k];
            if (e != c && e != d) {
                sum += third(c, d, e);
            }
        }
        return sum;
    }

    private void refreshTerms(int s) {
        for (int k = 0; k < activeCount; k++) {
            int t = activeList[k];
            setQ(s, t);
            setQ(t, s);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // steps

    /** Puts word w into the free slot s with its bigrams to the clusters there are (no loss update). */
    private void place(int w, int s) {
        pl[s] = wordLeft[w];
        pr[s] = wordRight[w];
        for (int t = 0; t < slots; t++) {
            setP(s, t, 0);
            setP(t, s, 0);
        }
        int[] ids = rightIds[w];
        int[] counts = rightCounts[w];
        for (int k = 0; k < ids.length; k++) {
            int x = ids[k];
            int t = x == w ? s : slotOfWord[x];
            if (t >= 0) {
                setP(s, t, p[s][t] + (double) counts[k] / total);
            }
        }
        ids = leftIds[w];
        counts = leftCounts[w];
        for (int k = 0; k < ids.length; k++) {
            int x = ids[k];
            int t = slotOfWord[x];
            if (x != w && t >= 0) {
                setP(t, s, p[t][s] + (double) counts[k] / total);
            }
        }
        slotOfWord[w] = s;
        members.get(s).add(w);
        active[s] = true;
        refreshActive();
        refreshTerms(s);
    }

    /** A new word enters as a cluster of its own in slot s; every loss is brought up to date. */
    private void add(int w, int s) {
        place(w, s);
        // the pairs there were gain the terms of the new cluster
        parallel(c -> {
            if (c != s) {
                addThird(c, s, 1, s, s);
            }
        });
        fullLossesOf(s);
        if (verify) {
            check();
        }
    }

    /** Merges the clusters of slots a and b into slot a; every loss is brought up to date. */
    private void merge(int a, int b) {
        // the pairs apart from a and b lose the terms of a and b ...
        parallel(c -> {
            if (c != a && c != b) {
                addThird(c, a, -1, b, b);
                addThird(c, b, -1, a, a);
            }
        });
        double self = p[a][a] + p[a][b] + p[b][a] + p[b][b];
        for (int k = 0; k < activeCount; k++) {
            int t = activeList[k];
            if (t != a && t != b) {
                setP(a, t, p[a][t] + p[b][t]);
                setP(t, a, p[t][a] + p[t][b]);
            }
        }
        setP(a, a, self);
        pl[a] += pl[b];
        pr[a] += pr[b];
        for (int t = 0; t < slots; t++) {
            setP(b, t, 0);
            setP(t, b, 0);
            q[b][t] = 0;
            q[t][b] = 0;
            qT[b][t] = 0;
            qT[t][b] = 0;
        }
        pl[b] = 0;
        pr[b] = 0;
        active[b] = false;
        for (int w : members.get(b)) {
            slotOfWord[w] = a;
        }
        members.get(a).addAll(members.get(b));
        members.get(b).clear();
        refreshActive();
        refreshTerms(a);
        // ... and gain those of the merged cluster
        parallel(c -> {
            if (c != a) {
                addThird(c, a, 1, a, a);
            }
        });
        fullLossesOf(a);
        if (verify) {
            check();
        }
    }

    private void fullLossesOf(int s) {
        double[] row = new double[slots];
        parallel(t -> {
            if (t != s) {
                row[t] = fullLoss(s, t);
            }
        });
        for (int k = 0; k < activeCount; k++) {
            int t = activeList[k];
            if (t < s) {
                loss[t][s] = row[t];
            } else if (t > s) {
                loss[s][t] = row[t];
            }
        }
    }

    /** The active pair of least loss, ties to the lowest slots. */
    private int[] bestPair() {
        int ba = -1;
        int bb = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < activeCount; i++) {
            int c = activeList[i];
            double[] row = loss[c];
            for (int j = i + 1; j < activeCount; j++) {
                int d = activeList[j];
                if (row[d] < best) {
                    best = row[d];
                    ba = c;
                    bb = d;
                }
            }
        }
        return new int[] {ba, bb};
    }

    private int freeSlot() {
        for (int s = 0; s < slots; s++) {
            if (!active[s]) {
                return s;
            }
        }
        throw new IllegalStateException("no free slot");
    }

    private void refreshActive() {
        activeCount = 0;
        for (int s = 0; s < slots; s++) {
            if (active[s]) {
                activeList[activeCount++] = s;
            }
        }
    }

    private interface Row {
        void run(int c);
    }

    /** Runs {@code body} for every active slot, the slots dealt out over the threads. */
    private void parallel(Row body) {
        int[] list = Arrays.copyOf(activeList, activeCount);
        if (threads == 1 || list.length < 64) {
            for (int c : list) {
                body.run(c);
            }
            return;
        }
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            jobs.add(pool.submit(() -> {
                for (int k = first; k < list.length; k += threads) {
                    body.run(list[k]);
                }
            }));
        }
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}

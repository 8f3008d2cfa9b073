package org.annals.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two builds of annals in one JVM, for a machine shared with other work, where two runs of the same
 * build one after the other differ by more than a change does: each build's command-line jar is loaded in a
 * class loader of its own, and rounds of the whole pipeline over a corpus alternate between them (A B, B A,
 * ...), so that what slows the machine down slows both. A round is measured in the processor time of the
 * thread, stage by stage; the first quarter of the rounds warms up. Prints, per build and stage, the lower
 * quartile and the median of the rounds in milliseconds per document, and the medians' ratio B / A.
 *
 * <pre>
 * java -cp annals-bench/target/benchmarks.jar org.annals.bench.Compare [--corpus DIR] [--rounds N] [--reps N] A.jar B.jar
 * </pre>
 */
public final class Compare {

    private static final String SIDE = CompareSide.class.getName();

    private Compare() {
    }

    public static void main(String[] args) throws Exception {
        String corpus = "examples";
        int rounds = 40;
        int reps = 10;
        List<String> jars = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> jars.add(args[i]);
            }
        }
        if (jars.size() != 2 || rounds < 4 || reps < 1) {
            System.err.println("usage: Compare [--corpus DIR] [--rounds N >= 4] [--reps N] A.jar B.jar");
            System.exit(2);
        }
        Object[] sides = new Object[2];
        Method[] round = new Method[2];
        String[] stages = null;
        int documents = 0;
        for (int s = 0; s < 2; s++) {
            Class<?> c = new SideLoader(Path.of(jars.get(s))).loadClass(SIDE);
            sides[s] = c.getConstructor(String.class).newInstance(corpus);
            round[s] = c.getMethod("round", int.class);
            String[] names = (String[]) c.getMethod("stages").invoke(sides[s]);
            if (stages != null && !Arrays.equals(stages, names)) {
                throw new IllegalStateException("the builds have other stages: " + Arrays.toString(stages)
                        + " and " + Arrays.toString(names));
            }
            stages = names;
            documents = (int) c.getMethod("documents", int.class).invoke(sides[s], reps);
        }
        List<List<long[]>> kept = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int s = r % 2 == 0 ? k : 1 - k;
                long[] nanos = (long[]) round[s].invoke(sides[s], reps);
                if (r >= rounds / 4) {
                    kept.get(s).add(nanos);
                }
            }
        }
        System.out.printf("ms per document, processor time of one thread: lower quartile / median of %d rounds "
                + "of %d documents each%n", kept.get(0).size(), documents);
        System.out.printf("%-16s %17s %17s %8s%n", "", "A", "B", "B / A");
        for (int k = stages.length; k >= 0; k--) {
            double[] a = quartiles(kept.get(0), k, documents);
            double[] b = quartiles(kept.get(1), k, documents);
            System.out.printf("%-16s %8.3f /%7.3f %8.3f /%7.3f %8.3f%n", k == stages.length ? "all" : stages[k],
                    a[0], a[1], b[0], b[1], b[1] / a[1]);
        }
    }

    /** The lower quartile and the median of column {@code k}, in milliseconds per document. */
    private static double[] quartiles(List<long[]> rounds, int k, int documents) {
        long[] v = rounds.stream().mapToLong(x -> x[k]).sorted().toArray();
        return new double[] {v[v.length / 4] / 1e6 / documents, v[v.length / 2] / 1e6 / documents};
    }

    /**
     * The classes of one annals jar, and {@link CompareSide} defined anew from this module's own bytes so that
     * it links against that jar's classes; nothing from the class path of {@link Compare}.
     */
    private static final class SideLoader extends URLClassLoader {

        SideLoader(Path jar) throws IOException {
            super(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(SIDE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    byte[] bytes = bytesOf(name);
                    c = defineClass(name, bytes, 0, bytes.length);
                }
                return c;
            }
        }

        private static byte[] bytesOf(String name) {
            String resource = name.replace('.', '/') + ".class";
            try (InputStream in = Compare.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

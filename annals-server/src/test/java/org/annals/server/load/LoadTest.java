package org.annals.server.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A load generator for a running {@code annals serve} (not a JUnit test, not run by CI): {@code CLIENTS} clients,
 * each sending its next request as soon as the last one is answered, for {@code SECONDS} seconds after a warm-up
 * of 5 s, against {@code /api/events?actor=ACTOR&limit=50} for each actor given in turn. Prints the requests, the
 * errors (any status but 200, any failure), and the latency at p50, p90, p99 and the maximum.
 *
 * <pre>java -cp ... org.annals.server.load.LoadTest http://127.0.0.1:8080/ 50 20 TURGOV,JPNGOV,IGOUNO</pre>
 */
public final class LoadTest {

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LoadTest URL CLIENTS SECONDS ACTOR[,ACTOR...]");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        String[] actors = args[3].split(",");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long warmEnd = System.nanoTime() + 5_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[2_000_000];
            perClient.add(lat);
            int client = c;
            Thread t = new Thread(() -> {
                int i = client;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        return;
                    }
                    String actor = actors[i++ % actors.length];
                    HttpRequest r = HttpRequest.newBuilder(URI.create(base + "api/events?limit=50&actor="
                            + URLEncoder.encode(actor, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> res = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
                        ok = res.statusCode() == 200;
                        bytes.addAndGet(res.body().length);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= warmEnd) {
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        if (counts[client] < lat.length) {
                            lat[counts[client]++] = t1 - t0;
                        }
                    }
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(perClient.get(c), 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("load: %d clients, %d s (after 5 s warm-up), GET /api/events?actor=%s&limit=50%n", clients,
                seconds, String.join("|", actors));
        System.out.printf("requests: %,d (%,.0f/s), errors: %,d, %,d MB received%n", n, n / (double) seconds,
                errors.get(), bytes.get() >> 20);
        if (n > 0) {
            System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(all, 0.50),
                    ms(all, 0.90), ms(all, 0.99), all[n - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}

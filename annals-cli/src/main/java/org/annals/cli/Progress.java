package org.annals.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on stderr: on a terminal one line rewritten in place (documents, rate, time left);
 * otherwise a plain line every {@link #PLAIN_EVERY_NANOS} and one at the end, so that logs stay readable.
 */
final class Progress {

    static final long PLAIN_EVERY_NANOS = 10_000_000_000L;
    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String what;
    private final long total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long last = start;

    /** {@code total}: how many items are expected (0 when unknown); {@code terminal}: rewrite one line in place. */
    Progress(PrintWriter err, String what, long total, boolean terminal) {
        this.err = err;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
    }

    /** Reports {@code done} items of which {@code added} were new, if it is time to. */
    void update(long done, long added) {
        long now = System.nanoTime();
        if (now - last >= (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            last = now;
            print(done, added, now, false);
        }
    }

    /** The last report. */
    void finish(long done, long added) {
        print(done, added, System.nanoTime(), true);
    }

    private void print(long done, long added, long now, boolean end) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder();
        line.append("annals ").append(what).append(": ").append(String.format("%,d", done));
        if (total > 0) {
            line.append(String.format("/%,d", total));
        }
        line.append(String.format(" documents (%,d new), %.0f/s", added, rate));
        if (!end && total > done && rate > 0) {
            long left = (long) ((total - done) / rate);
            line.append(String.format(", about %d:%02d left", left / 60, left % 60));
        } else if (end) {
            line.append(String.format(", %.1f s", seconds));
        }
        if (terminal) {
            err.print("\r" + line + "\u001b[K" + (end ? "\n" : ""));
        } else {
            err.println(line);
        }
        err.flush();
    }
}

package org.annals.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

/**
 * The part of a gold set that annals keeps aside as its own test: with {@code --hold-out K}, the items whose
 * index i (from 0, in the order the command documents) has i mod K = K-1. Shared by the {@code eval} commands.
 */
final class HoldOut {

    @Option(names = "--hold-out", paramLabel = "K",
            description = "Score every K-th item apart (index i from 0 with i mod K = K-1): the held-aside part.")
    Integer k;

    /** False, with a message naming the command, when K is given and below 2. */
    boolean valid(PrintWriter err, String command) {
        if (k != null && k < 2) {
            err.println("annals " + command + ": --hold-out must be at least 2");
            return false;
        }
        return true;
    }

    /** True when a part is held aside at all. */
    boolean active() {
        return k != null;
    }

    /** True when the item of index {@code i} belongs to the held part. */
    boolean held(int i) {
        return k != null && i % k == k - 1;
    }
}

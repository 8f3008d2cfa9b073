package org.annals.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.annals.server.AnnalsServer;
import org.annals.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals serve}: the REST API and the web UI over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: the web UI at http://HOST:PORT/ (documents with their highlights, "
                + "events, stories, timelines, the network of actors, quotes) and the REST API under /api "
                + "(described at /api/openapi.json).",
                "Binds to 127.0.0.1 unless --host says otherwise, and is read-only unless --allow-ingest. "
                + "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for "
                    + "every interface).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--allow-ingest", description = "Accept POST /api/documents: a text sent is analysed and "
            + "stored. Off by default: the API only reads.")
    boolean allowIngest;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "4",
            description = "Connections to the store that serve requests side by side (default: ${DEFAULT-VALUE}).")
    int connections;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || connections < 1) {
            err.println("annals serve: --port must be 0 to 65535 and --connections at least 1");
            err.flush();
            return 2;
        }
        AnnalsServer server;
        try {
            server = AnnalsServer.start(new AnnalsServer.Options(db.db, host, port, allowIngest, connections));
        } catch (StoreException e) {
            err.println("annals: " + e.getMessage());
            err.flush();
            return 1;
        } catch (RuntimeException e) {
            err.println("annals serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "annals-serve-stop"));
        out.printf("annals serve: %s (API: %sapi/openapi.json)%s%n", server.url(), server.url(),
                allowIngest ? "; ingest allowed" : "; read-only");
        out.flush();
        stopped.await();
        return 0;
    }
}

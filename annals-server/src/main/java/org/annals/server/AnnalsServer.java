package org.annals.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import org.annals.core.Annals;
import org.annals.core.pipeline.Pipeline;
import org.annals.store.StoreException;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;

/**
 * {@code annals serve}: the REST API under {@code /api} and the web UI at {@code /}, over one store. Binds to
 * 127.0.0.1 unless told otherwise; read-only unless ingest is allowed. Every page is plain HTML, CSS and JS from
 * the classpath, served with a Content-Security-Policy that allows no inline script and nothing from elsewhere.
 */
public final class AnnalsServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param db the store: a SQLite file or a {@code postgresql://} address
     * @param host the address to bind ({@code 127.0.0.1} by default)
     * @param port the port; 0 for any free one
     * @param allowIngest true to accept {@code POST /api/documents}
     * @param connections how many connections to the store serve requests side by side
     */
    public record Options(String db, String host, int port, boolean allowIngest, int connections) {

        public Options {
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535");
            }
            if (connections < 1) {
                throw new IllegalArgumentException("at least one connection to the store is needed");
            }
        }

        public static Options of(String db) {
            return new Options(db, "127.0.0.1", 8080, false, 4);
        }
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final StorePool pool;
    private final Api api;
    private final Javalin app;
    private final Options options;

    private AnnalsServer(Options options, Supplier<Pipeline> pipelines) {
        this.options = options;
        this.pool = new StorePool(options.db(), options.connections());
        this.api = new Api(pool, options.allowIngest(), pipelines);
        String openapi = resource("openapi.json");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/annals/server/web";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });
            for (Route r : routes(api, openapi)) {
                if (r.method().equals("POST")) {
                    config.routes.post(r.path(), r.handler());
                } else {
                    config.routes.get(r.path(), r.handler());
                }
            }
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> error(ctx, 500, "store: " + e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
            config.routes.error(404, "*", ctx -> {
                String type = ctx.res().getContentType();
                if (ctx.path().startsWith("/api") && (type == null || !type.startsWith("application/json"))) {
                    error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path()
                            + " (see /api/openapi.json)");
                }
            });
            config.routes.error(405, "*", ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on "
                    + ctx.path()));
        });
    }

    /** One endpoint of the API. */
    record Route(String method, String path, Handler handler) {
    }

    /** Every endpoint of the API, each described in {@code /api/openapi.json}. */
    static List<Route> routes(Api api, String openapi) {
        return List.of(
                new Route("GET", "/api/openapi.json",
                        ctx -> ctx.contentType("application/json; charset=utf-8").result(openapi)),
                new Route("GET", "/api/status", ctx -> api.status(ctx)),
                new Route("GET", "/api/documents", ctx -> api.documents(ctx)),
                new Route("POST", "/api/documents", ctx -> api.ingest(ctx)),
                new Route("GET", "/api/documents/{id}", ctx -> api.document(ctx)),
                new Route("GET", "/api/events", ctx -> api.events(ctx)),
                new Route("GET", "/api/timeline", ctx -> api.timeline(ctx)),
                new Route("GET", "/api/network", ctx -> api.network(ctx)),
                new Route("GET", "/api/quotes", ctx -> api.quotes(ctx)),
                new Route("GET", "/api/actors", ctx -> api.actors(ctx)),
                new Route("GET", "/api/stories", ctx -> api.stories(ctx)),
                new Route("GET", "/api/stories/{id}", ctx -> api.story(ctx)),
                new Route("GET", "/api/search", ctx -> api.search(ctx)));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        Api.send(ctx, Rows.JSON.objectNode().put("error", message));
    }

    /** Opens the store and starts serving; the analysis pipeline (for ingest) is built on first use. */
    public static AnnalsServer start(Options options) {
        return start(options, Annals::pipeline);
    }

    /** As {@link #start(Options)}, with the pipeline that analyses posted texts. */
    public static AnnalsServer start(Options options, Supplier<Pipeline> pipelines) {
        AnnalsServer s = new AnnalsServer(options, pipelines);
        try {
            s.app.start(options.host(), options.port());
            s.api.warmUp();
        } catch (RuntimeException e) {
            s.pool.close();
            throw e;
        }
        return s;
    }

    /** The port it listens on (the one chosen when 0 was asked). */
    public int port() {
        return app.port();
    }

    /** The address of the UI. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    /**
     * Waits until the server has read its catalog of documents in the background (a request that needs it before
     * reads it itself).
     */
    public AnnalsServer awaitWarm() {
        api.awaitWarm();
        return this;
    }

    @Override
    public void close() {
        app.stop();
        api.close();
        pool.close();
    }

    private static String resource(String name) {
        try (InputStream in = AnnalsServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/annals/server/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

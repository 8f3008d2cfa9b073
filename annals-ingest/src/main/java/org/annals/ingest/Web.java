package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;

/**
 * Pages and feeds named by an http(s) URL: fetched once (redirects followed, within the timeout and the size
 * limit), then read by their content like a file. A failure (no answer, an HTTP error status) is one problem
 * item naming the URL.
 */
final class Web {

    private Web() {
    }

    static Iterator<SourceItem> fetch(String url, SourceOptions options) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Sources.one(url, "not a valid URL: " + e.getMessage());
        }
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(options.httpTimeout()).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.httpTimeout())
                .header("User-Agent", "annals (news reader)")
                .header("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
                .GET().build();
        byte[] bytes;
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    return Sources.one(url, "HTTP status " + response.statusCode());
                }
                bytes = Bounded.read(body, options.maxBytes());
            }
        } catch (IOException e) {
            return Sources.one(url, "cannot fetch: " + Sources.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sources.one(url, "cannot fetch: interrupted");
        }
        if (bytes == null) {
            return Sources.one(url, "too large (more than " + options.maxBytes() + " bytes; the limit is "
                    + options.maxBytes() + ")");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String shortName = path.isEmpty() || path.equals("/") ? uri.getHost()
                : path.substring(path.lastIndexOf('/', path.length() - 2) + 1);
        return Sources.dispatch(Input.ofBytes(url, shortName, bytes, 0), options);
    }
}

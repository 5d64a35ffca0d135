package org.newsdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain GET and HEAD requests to the running application, as a feed reader or a crawler makes them. */
public final class SiteClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String root;

    public SiteClient(int port) {
        this.root = "http://localhost:" + port;
    }

    /** The site's address as the application sees it from these requests. */
    public String root() {
        return root;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).GET().build());
    }

    /** A file, such as an image, as the bytes it was sent as. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(
                http,
                HttpRequest.newBuilder(URI.create(root + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> head(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    /** Sends a request with the caller's own client (its cookies, its redirect policy); the body as text. */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        return send(http, request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

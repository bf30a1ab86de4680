package dev.pilothouse.workspace.shadow;

import dev.pilothouse.runtime.HarperEndpoint;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One smoke request to the shadow's REST port: the bare status (the runtime bridge's client throws on errors). */
final class Probe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Probe() {
    }

    static int status(HarperEndpoint endpoint, String method, String path, String jsonBody) {
        HttpRequest request = HttpRequest.newBuilder(endpoint.restUrl(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", endpoint.credentials().authorizationHeader())
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path + " on the shadow failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }
}

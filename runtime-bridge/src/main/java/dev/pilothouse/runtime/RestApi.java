package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.internal.HttpTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * REST calls on the app port. Harper's REST errors are JSON strings ("ClientError: ..."), kept as the server
 * message of {@link OperationFailedException}.
 */
public final class RestApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HarperEndpoint endpoint;
    private final HttpTransport transport;

    RestApi(HarperEndpoint endpoint, HttpTransport transport) {
        this.endpoint = endpoint;
        this.transport = transport;
    }

    /** GET a path such as {@code /Product/p1}; empty on 404. */
    public Optional<JsonNode> get(String path) {
        HttpResponse<String> response = exchange("GET", path, null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.ofNullable(transport.check(response, "GET " + path, endpoint.restUrl(path)));
    }

    /** The bare status code of a GET (used to probe whether an endpoint serves). */
    public int status(String path) {
        return exchange("GET", path, null).statusCode();
    }

    /**
     * The bare status code of any request with an optional raw JSON body: validation's smoke checks want the code a
     * Resource method answers with, not the bridge's exception for it.
     */
    public int status(String method, String path, String jsonBody) {
        return send(method, path, jsonBody).statusCode();
    }

    /** PUT replaces the whole record (204). */
    public void put(String path, Object record) {
        checked("PUT", path, record);
    }

    /** PATCH merges into the record (204). */
    public void patch(String path, Object record) {
        checked("PATCH", path, record);
    }

    public void delete(String path) {
        checked("DELETE", path, null);
    }

    /** POST to a collection; returns the generated id (Harper's Location header is a bare, relative id). */
    public String post(String collectionPath, Object record) {
        HttpResponse<String> response = exchange("POST", collectionPath, record);
        transport.check(response, "POST " + collectionPath, endpoint.restUrl(collectionPath));
        return response.headers().firstValue("Location").orElse("");
    }

    private void checked(String method, String path, Object body) {
        transport.check(exchange(method, path, body), method + " " + path, endpoint.restUrl(path));
    }

    private HttpResponse<String> exchange(String method, String path, Object body) {
        return send(
                method,
                path,
                body == null ? null : HttpTransport.JSON.valueToTree(body).toString());
    }

    private HttpResponse<String> send(String method, String path, String json) {
        URI uri = endpoint.restUrl(path);
        HttpRequest.BodyPublisher publisher =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", endpoint.credentials().authorizationHeader())
                .method(method, publisher);
        endpoint.headers().forEach(builder::header);
        HttpRequest request = builder.build();
        return transport.send(request, method + " " + path);
    }
}

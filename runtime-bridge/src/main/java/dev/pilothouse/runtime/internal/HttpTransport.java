package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.runtime.AuthenticationFailedException;
import dev.pilothouse.runtime.HarperException;
import dev.pilothouse.runtime.OperationFailedException;
import dev.pilothouse.runtime.ResponseTooLargeException;
import dev.pilothouse.runtime.UnreachableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;

/**
 * Sends one HTTP exchange and turns Harper's error conventions into typed exceptions. Every answer is read through
 * a bound ({@code maxResponseBytes}): one over it fails as {@link ResponseTooLargeException} naming the operation.
 */
public final class HttpTransport {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final long maxResponseBytes;

    public HttpTransport(HttpClient http, long maxResponseBytes) {
        if (maxResponseBytes <= 0) {
            throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
        }
        this.http = http;
        this.maxResponseBytes = maxResponseBytes;
    }

    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public HttpClient client() {
        return http;
    }

    /** Sends and returns the response; transport failures become {@link UnreachableException}. */
    public HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, BoundedBody.handler(maxResponseBytes));
        } catch (HttpConnectTimeoutException | ConnectException | ClosedChannelException e) {
            throw new UnreachableException(request.uri().toString(), e);
        } catch (HttpTimeoutException e) {
            throw new HarperException(
                    "Harper at " + request.uri() + " did not answer '" + what + "' within "
                            + request.timeout().map(Duration::toString).orElse("the timeout"),
                    e);
        } catch (IOException e) {
            if (tooLarge(e)) {
                throw new ResponseTooLargeException(what, request.uri().toString(), maxResponseBytes);
            }
            throw new UnreachableException(request.uri().toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarperException("Interrupted while waiting for '" + what + "' at " + request.uri(), e);
        }
    }

    /** The client wraps the body's failure in an IOException of its own. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBody.TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Throws the typed exception for a non-2xx answer; returns the parsed body (null for an empty one). */
    public JsonNode check(HttpResponse<String> response, String what, URI target) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status >= 200 && status < 300) {
            return body;
        }
        String message = serverMessage(body, response.body());
        if (status == 401) {
            throw new AuthenticationFailedException(target.toString(), message);
        }
        throw new OperationFailedException(what, status, message);
    }

    /** Harper's error text: {@code {"error": ...}} on the operations API, a JSON string on REST. */
    static String serverMessage(JsonNode body, String raw) {
        if (body != null && body.isObject() && body.has("error")) {
            JsonNode error = body.get("error");
            return error.isTextual() ? error.asText() : error.toString();
        }
        if (body != null && body.isTextual()) {
            return body.asText();
        }
        return raw == null || raw.isBlank() ? "(empty body)" : raw.strip();
    }

    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            // Not JSON (e.g. "Not found" text on REST): keep it as a string node so callers still see it.
            return JSON.getNodeFactory().textNode(text);
        }
    }
}

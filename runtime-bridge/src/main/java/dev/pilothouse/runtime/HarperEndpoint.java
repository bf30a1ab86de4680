package dev.pilothouse.runtime;

import java.net.URI;
import java.util.Objects;

/**
 * Where one Harper node answers. {@code httpUrl} serves REST, WebSocket and SSE; MQTT is plain TCP on
 * {@code mqttHost:mqttPort} (0 when unknown).
 */
public record HarperEndpoint(URI operationsUrl, URI httpUrl, String mqttHost, int mqttPort, Credentials credentials) {

    public HarperEndpoint {
        Objects.requireNonNull(operationsUrl, "operationsUrl");
        Objects.requireNonNull(httpUrl, "httpUrl");
        Objects.requireNonNull(credentials, "credentials");
        mqttHost = mqttHost == null ? operationsUrl.getHost() : mqttHost;
    }

    /** The same node seen with other credentials (e.g. a token created from Basic ones). */
    public HarperEndpoint withCredentials(Credentials other) {
        return new HarperEndpoint(operationsUrl, httpUrl, mqttHost, mqttPort, other);
    }

    /** A WebSocket URL for a REST path such as {@code /Product/} (same host and port as {@link #httpUrl()}). */
    public URI webSocketUrl(String path) {
        String scheme = "https".equals(httpUrl.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + httpUrl.getRawAuthority() + path);
    }

    /** An HTTP URL for a REST path. */
    public URI restUrl(String path) {
        return URI.create(httpUrl.getScheme() + "://" + httpUrl.getRawAuthority() + path);
    }
}

package dev.pilothouse.runtime;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where one Harper node answers. {@code httpUrl} serves REST, WebSocket and SSE; MQTT is plain TCP on
 * {@code mqttHost:mqttPort} (0 when unknown). {@code headers} are extra HTTP headers every operations and REST
 * request carries (a gateway's routing or API key, as a runtime connector plugin resolves them).
 */
public record HarperEndpoint(
        URI operationsUrl,
        URI httpUrl,
        String mqttHost,
        int mqttPort,
        Credentials credentials,
        Map<String, String> headers) {

    public HarperEndpoint {
        Objects.requireNonNull(operationsUrl, "operationsUrl");
        Objects.requireNonNull(httpUrl, "httpUrl");
        Objects.requireNonNull(credentials, "credentials");
        mqttHost = mqttHost == null ? operationsUrl.getHost() : mqttHost;
        headers = Map.copyOf(headers);
        headers.keySet().stream()
                .filter(name -> name.equalsIgnoreCase("Authorization"))
                .findAny()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("extra header " + name + " would replace the credentials");
                });
    }

    public HarperEndpoint(URI operationsUrl, URI httpUrl, String mqttHost, int mqttPort, Credentials credentials) {
        this(operationsUrl, httpUrl, mqttHost, mqttPort, credentials, Map.of());
    }

    /** The same node reached with these extra headers. */
    public HarperEndpoint withHeaders(Map<String, String> extra) {
        return new HarperEndpoint(operationsUrl, httpUrl, mqttHost, mqttPort, credentials, extra);
    }

    /** The same node seen with other credentials (e.g. a token created from Basic ones). */
    public HarperEndpoint withCredentials(Credentials other) {
        return new HarperEndpoint(operationsUrl, httpUrl, mqttHost, mqttPort, other, headers);
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

package dev.pilothouse.agent;

import java.util.List;

/**
 * How the gateway guards its endpoint. Origins and hosts accept {@code :*} for any port (the SDK's validator);
 * requests with no Origin (non-browser clients) pass, a foreign Origin gets 403. Rate: {@code burst} requests at
 * once per agent, refilled at {@code perMinute}.
 */
public record GatewaySettings(
        List<String> allowedOrigins, List<String> allowedHosts, int burst, int perMinute, int maxRequestBytes) {

    /** Loopback only, 120 requests a minute with bursts of 60, requests up to 4 MiB (three 1 MiB files fit). */
    public static final GatewaySettings LOOPBACK = new GatewaySettings(
            List.of("http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"),
            List.of("127.0.0.1:*", "localhost:*", "[::1]:*"),
            60,
            120,
            4 * 1024 * 1024);

    public GatewaySettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
    }

    public GatewaySettings withRate(int newBurst, int newPerMinute) {
        return new GatewaySettings(allowedOrigins, allowedHosts, newBurst, newPerMinute, maxRequestBytes);
    }

    public GatewaySettings withOrigins(List<String> origins) {
        return new GatewaySettings(origins, allowedHosts, burst, perMinute, maxRequestBytes);
    }
}

package dev.pilothouse.runtime;

import java.time.Duration;

/**
 * How to start a local runtime. Preferred ports are tried first on each node's own loopback address; a taken
 * port is replaced by a free one. {@code acceptHarperTerms} records the user's explicit acceptance of Harper's terms.
 */
public record StartOptions(int nodes, boolean acceptHarperTerms, Ports preferredPorts, Duration startTimeout,
                           InstallListener listener) {

    /** Operations API, HTTP (REST/WS/SSE), MQTT and replication (WSS) ports; 0 means "any free port". */
    public record Ports(int operations, int http, int mqtt, int replication) {
        public static final Ports HARPER_DEFAULTS = new Ports(9925, 9926, 1883, 9933);
        public static final Ports ANY = new Ports(0, 0, 0, 0);
    }

    public StartOptions {
        if (nodes < 1 || nodes > 9) {
            throw new IllegalArgumentException("nodes must be between 1 and 9, was " + nodes);
        }
        preferredPorts = preferredPorts == null ? Ports.HARPER_DEFAULTS : preferredPorts;
        startTimeout = startTimeout == null ? Duration.ofSeconds(90) : startTimeout;
        listener = listener == null ? InstallListener.NONE : listener;
    }

    public static StartOptions single(boolean acceptHarperTerms) {
        return new StartOptions(1, acceptHarperTerms, null, null, null);
    }
}

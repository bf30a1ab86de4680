package dev.pilothouse.runtime;

import java.time.Duration;

/**
 * How to start a local runtime. Preferred ports are tried first on each node's own loopback address; a taken
 * port is replaced by a free one. {@code acceptHarperTerms} records the user's explicit acceptance of Harper's terms.
 * {@code commits} chooses between Harper's durable commits (the default) and commits without a disk sync.
 */
public record StartOptions(
        int nodes,
        boolean acceptHarperTerms,
        Ports preferredPorts,
        Duration startTimeout,
        InstallListener listener,
        Commits commits) {

    /**
     * When a write counts as done. {@code DURABLE} is Harper's default: each commit waits for the disk sync, so a
     * power loss keeps every acknowledged write, and put-to-delivery latency carries the disk's sync time.
     * {@code ASYNC} sets Harper's {@code storage.writeAsync}: commits are written without waiting for the sync, so
     * subscribers see writes sooner, and a crash of the machine (not of Harper) can lose the last moments of writes.
     * Meant for local development runtimes; see docs/runtime-bridge.md.
     */
    public enum Commits {
        DURABLE,
        ASYNC
    }

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
        commits = commits == null ? Commits.DURABLE : commits;
    }

    public StartOptions(
            int nodes,
            boolean acceptHarperTerms,
            Ports preferredPorts,
            Duration startTimeout,
            InstallListener listener) {
        this(nodes, acceptHarperTerms, preferredPorts, startTimeout, listener, Commits.DURABLE);
    }

    public static StartOptions single(boolean acceptHarperTerms) {
        return new StartOptions(1, acceptHarperTerms, null, null, null);
    }
}

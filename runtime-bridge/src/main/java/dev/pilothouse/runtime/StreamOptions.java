package dev.pilothouse.runtime;

import java.time.Duration;

/**
 * Buffering and reconnect settings of a live stream. Reconnects back off from {@code initialBackoff}, doubling up
 * to {@code maxBackoff}; an outage longer than {@code maxOutage} ends the stream with an error. A WebSocket stream
 * pings Harper every {@code heartbeat} and, when nothing at all has arrived for two of them, drops the connection
 * and reconnects: a peer that vanished without closing (a killed host, a dropped route) is otherwise never noticed.
 */
public record StreamOptions(
        int bufferCapacity,
        OverflowPolicy overflow,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxOutage,
        Duration heartbeat) {

    public static final StreamOptions DEFAULTS = new StreamOptions(
            8192,
            OverflowPolicy.DROP_NEWEST,
            Duration.ofMillis(100),
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofSeconds(10));

    public StreamOptions {
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException("bufferCapacity must be positive, was " + bufferCapacity);
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("heartbeat must be positive, was " + heartbeat);
        }
    }

    public StreamOptions withBuffer(int capacity, OverflowPolicy policy) {
        return new StreamOptions(capacity, policy, initialBackoff, maxBackoff, maxOutage, heartbeat);
    }

    public StreamOptions withMaxOutage(Duration outage) {
        return new StreamOptions(bufferCapacity, overflow, initialBackoff, maxBackoff, outage, heartbeat);
    }

    public StreamOptions withHeartbeat(Duration interval) {
        return new StreamOptions(bufferCapacity, overflow, initialBackoff, maxBackoff, maxOutage, interval);
    }
}

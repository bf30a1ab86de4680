package dev.pilothouse.runtime;

import java.time.Duration;

/**
 * Buffering and reconnect settings of a live stream. Reconnects back off from {@code initialBackoff}, doubling up
 * to {@code maxBackoff}; an outage longer than {@code maxOutage} ends the stream with an error.
 */
public record StreamOptions(int bufferCapacity, OverflowPolicy overflow, Duration initialBackoff,
                            Duration maxBackoff, Duration maxOutage) {

    public static final StreamOptions DEFAULTS = new StreamOptions(8192, OverflowPolicy.DROP_NEWEST,
            Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofMinutes(5));

    public StreamOptions {
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException("bufferCapacity must be positive, was " + bufferCapacity);
        }
    }

    public StreamOptions withBuffer(int capacity, OverflowPolicy policy) {
        return new StreamOptions(capacity, policy, initialBackoff, maxBackoff, maxOutage);
    }

    public StreamOptions withMaxOutage(Duration outage) {
        return new StreamOptions(bufferCapacity, overflow, initialBackoff, maxBackoff, outage);
    }
}

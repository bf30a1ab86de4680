package dev.pilothouse.runtime;

/**
 * Counters of one live stream. {@code received} counts events read from Harper, {@code delivered} those handed to
 * subscribers, {@code dropped} those lost to a full buffer; rates are averaged over the last few seconds.
 */
public record StreamStats(
        long received,
        long delivered,
        long dropped,
        long bytes,
        double eventsPerSecond,
        double bytesPerSecond,
        int reconnects) {}

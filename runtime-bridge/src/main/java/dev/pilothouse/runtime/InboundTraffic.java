package dev.pilothouse.runtime;

import java.time.Instant;

/**
 * Writes that reached one node from outside during one of Harper's raw analytics periods (about a second per
 * thread), read from {@code system.hdb_raw_analytics} by {@link AnalyticsFeed}. Harper counts per channel and
 * resource, not per client, so {@code peer} names the sending node only for replication and is null otherwise.
 *
 * @param time     end of Harper's period
 * @param periodMs its length
 * @param source   how the writes came in
 * @param peer     the replicating node, or null
 * @param resource the table, topic root or resource written to ({@code Product} for {@code Product/7})
 * @param method   Harper's method label: PUT/POST/PATCH/DELETE, {@code publish,qos=1}, {@code message},
 *                 {@code replication}
 * @param count    requests, messages or replicated transactions in the period
 * @param bytes    bytes received for them (0 where Harper does not count bytes: REST)
 */
public record InboundTraffic(
        Instant time,
        double periodMs,
        Source source,
        String peer,
        String resource,
        String method,
        long count,
        long bytes) {

    /** The channel writes arrive on. SSE is not one: it only ever sends to clients. */
    public enum Source {
        REST,
        WEBSOCKET,
        MQTT,
        REPLICATION
    }
}

package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.internal.RawAnalytics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who writes to a node, from Harper's own per-second analytics: polls {@code system.hdb_raw_analytics} (one record
 * per thread and second, kept until Harper aggregates them, 60 s by default) for records newer than the last one
 * seen and turns their inbound metrics into {@link InboundTraffic} (REST writes, MQTT publishes, WebSocket messages,
 * replication from peers). The first poll only finds where the table ends (records before it are not replayed);
 * ids are Harper's own timestamps, so the console's clock does not matter. Headless; close it to stop polling.
 */
public final class AnalyticsFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsFeed.class);
    private static final int PAGE = 200;
    /**
     * Each thread writes its own record, so one stamped a little earlier can become visible after a later one; every
     * poll looks this far back and skips the ids it has already read.
     */
    private static final double LOOKBACK_MS = 5_000;

    private final HarperClient client;
    private final List<Consumer<InboundTraffic>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private double lastId = Double.NaN;
    private final TreeSet<Double> seen = new TreeSet<>();

    public AnalyticsFeed(HarperClient client) {
        this.client = client;
    }

    /** Polls every {@code period} on a daemon thread, telling every listener; a failed poll is logged and retried. */
    public synchronized AnalyticsFeed start(Duration period) {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                    .daemon()
                    .name("pilothouse-analytics-feed")
                    .factory());
            scheduler.scheduleWithFixedDelay(this::pollSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Registers a listener; closing the returned handle removes it. */
    public AutoCloseable onTraffic(Consumer<InboundTraffic> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** One synchronous poll: the inbound traffic of every raw record written since the previous poll, oldest first. */
    public synchronized List<InboundTraffic> poll() {
        boolean first = Double.isNaN(lastId);
        if (first) {
            List<JsonNode> newest = client.searchByConditions(new SearchQuery(
                    "system",
                    "hdb_raw_analytics",
                    "and",
                    List.of(new SearchQuery.Condition("id", "greater_than", 0)),
                    "id",
                    true,
                    0,
                    1,
                    List.of("id")));
            lastId = newest.isEmpty() ? 0 : newest.get(0).path("id").asDouble();
        }
        List<InboundTraffic> out = new ArrayList<>();
        for (JsonNode record : since(lastId - LOOKBACK_MS)) {
            double id = record.path("id").asDouble();
            if (seen.add(id)) {
                lastId = Math.max(lastId, id);
                if (!first) { // the first poll only learns what is already there
                    out.addAll(RawAnalytics.inbound(record));
                }
            }
        }
        seen.headSet(lastId - 2 * LOOKBACK_MS).clear();
        return out;
    }

    private List<JsonNode> since(double from) {
        List<JsonNode> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<JsonNode> page = client.searchByConditions(new SearchQuery(
                    "system",
                    "hdb_raw_analytics",
                    "and",
                    List.of(new SearchQuery.Condition("id", "greater_than", from)),
                    "id",
                    false,
                    offset,
                    PAGE,
                    null));
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private void pollSafely() {
        try {
            for (InboundTraffic traffic : poll()) {
                listeners.forEach(l -> l.accept(traffic));
            }
        } catch (RuntimeException e) {
            LOG.warn("analytics poll failed: {}", e.toString()); // keep polling: the node may be restarting
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}

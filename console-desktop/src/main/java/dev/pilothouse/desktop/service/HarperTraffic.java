package dev.pilothouse.desktop.service;

import dev.pilothouse.runtime.AnalyticsFeed;
import dev.pilothouse.runtime.ClusterMonitor;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.InboundTraffic;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The connected runtime's traffic and cluster: runtime-bridge's {@link AnalyticsFeed} (inbound writes per table,
 * polled every second) and {@link ClusterMonitor} (the replication topology, polled every 5 s, reported on change).
 * One per connection; closing stops both pollers.
 */
public final class HarperTraffic implements AutoCloseable {

    private final AnalyticsFeed feed;
    private final ClusterMonitor monitor;

    public HarperTraffic(HarperClient client, Consumer<InboundTraffic> inbound, Consumer<ClusterTopology> topology) {
        feed = new AnalyticsFeed(client);
        feed.onTraffic(inbound);
        feed.start(Duration.ofSeconds(1));
        monitor = new ClusterMonitor(List.of(client), Duration.ofSeconds(5));
        monitor.onChange(change -> topology.accept(change.current()));
        // the first poll may have finished before the listener was registered
        ClusterTopology first = monitor.current();
        if (!first.nodes().isEmpty()) {
            topology.accept(first);
        }
    }

    @Override
    public void close() {
        feed.close();
        monitor.close();
    }
}

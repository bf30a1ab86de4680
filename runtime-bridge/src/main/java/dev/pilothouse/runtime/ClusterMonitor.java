package dev.pilothouse.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code cluster_status} on every node at a fixed period, builds a {@link ClusterTopology} and tells listeners
 * when it changes. Close it to stop polling.
 */
public final class ClusterMonitor implements AutoCloseable {

    /** A topology change: the previous view (empty at the first poll), the new one and what differs. */
    public record Change(ClusterTopology previous, ClusterTopology current, List<String> differences) {}

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMonitor.class);
    private static final ClusterTopology EMPTY = new ClusterTopology(List.of(), List.of());

    private final List<HarperClient> nodes;
    private final List<java.util.function.Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;
    private volatile ClusterTopology current = EMPTY;

    public ClusterMonitor(List<HarperClient> nodes, Duration period) {
        this.nodes = List.copyOf(nodes);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("pilothouse-cluster-monitor").factory());
        scheduler.scheduleWithFixedDelay(this::pollSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Registers a listener; closing the returned handle removes it. */
    public AutoCloseable onChange(java.util.function.Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public ClusterTopology current() {
        return current;
    }

    /** One synchronous poll of every node (also what the scheduler runs). */
    public static ClusterTopology poll(List<HarperClient> clients) {
        List<ClusterTopology.Node> nodes = new ArrayList<>();
        List<ClusterTopology.Link> links = new ArrayList<>();
        for (HarperClient client : clients) {
            String url = client.endpoint().operationsUrl().toString();
            try {
                ClusterStatus status = client.cluster().status();
                nodes.add(new ClusterTopology.Node(status.nodeName(), url, true, ""));
                for (ClusterStatus.PeerLink peer : status.connections()) {
                    links.add(new ClusterTopology.Link(
                            status.nodeName(),
                            peer.name(),
                            peer.connected(),
                            peer.latencyMs(),
                            peer.sockets().stream()
                                    .map(ClusterStatus.DatabaseSocket::database)
                                    .sorted()
                                    .toList()));
                }
            } catch (HarperException e) {
                nodes.add(new ClusterTopology.Node(
                        client.endpoint().operationsUrl().getHost(), url, false, e.getMessage()));
            }
        }
        return new ClusterTopology(nodes, links);
    }

    private void pollSafely() {
        try {
            ClusterTopology next = poll(nodes);
            ClusterTopology before = current;
            List<String> differences = next.differencesFrom(before);
            current = next;
            if (!differences.isEmpty()) {
                Change change = new Change(before, next, differences);
                listeners.forEach(l -> l.accept(change));
            }
        } catch (RuntimeException e) {
            LOG.warn("cluster poll failed: {}", e.toString()); // keep polling: the next round may succeed
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}

package dev.pilothouse.runtime;

import java.util.List;

/** One node's {@code cluster_status}: its name (= replication hostname) and its links to peers. */
public record ClusterStatus(String nodeName, String url, boolean enabled, List<PeerLink> connections) {

    public ClusterStatus {
        connections = List.copyOf(connections);
    }

    /** One peer as this node sees it; one socket per replicated database. */
    public record PeerLink(String name, String url, boolean replicates, List<DatabaseSocket> sockets) {

        public PeerLink {
            sockets = List.copyOf(sockets);
        }

        /** Up when every database socket is connected (and there is at least one). */
        public boolean connected() {
            return !sockets.isEmpty() && sockets.stream().allMatch(DatabaseSocket::connected);
        }

        /** Worst round-trip latency over the sockets in ms, NaN when none was measured. */
        public double latencyMs() {
            return sockets.stream()
                    .mapToDouble(DatabaseSocket::latencyMs)
                    .filter(d -> !Double.isNaN(d))
                    .max()
                    .orElse(Double.NaN);
        }
    }

    /** A per-database replication socket; {@code latencyMs} is NaN when Harper gave none. */
    public record DatabaseSocket(String database, boolean connected, double latencyMs, String lastReceivedStatus) {}
}

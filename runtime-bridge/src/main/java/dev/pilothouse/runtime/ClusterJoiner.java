package dev.pilothouse.runtime;

import dev.pilothouse.runtime.internal.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Connects local nodes into a full replication mesh: node 1 adds every other node; membership propagates. */
final class ClusterJoiner {

    private final LocalRuntime runtime;
    private final Credentials.Basic admin;

    ClusterJoiner(LocalRuntime runtime, Credentials.Basic admin) {
        this.runtime = runtime;
        this.admin = admin;
    }

    void connect(List<RuntimeNode> nodes, Duration timeout, InstallListener listener) {
        HarperClient first = runtime.client(nodes.get(0));
        for (RuntimeNode peer : nodes.subList(1, nodes.size())) {
            boolean known = first.cluster().status().connections().stream()
                    .anyMatch(c -> c.name().equals(peer.host()));
            if (!known) {
                listener.progress("Connecting " + nodes.get(0).name() + " to " + peer.replicationUrl());
                // verify_tls false: loopback peers present self-signed certificates on first contact.
                first.cluster().addNode(peer.replicationUrl(), false, admin);
            }
        }
        awaitMesh(nodes, timeout);
    }

    /** Waits until every node sees every other node with all database sockets connected. */
    void awaitMesh(List<RuntimeNode> nodes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String missing = "";
        while (Instant.now().isBefore(deadline)) {
            missing = missingLinks(nodes);
            if (missing.isEmpty()) {
                return;
            }
            Pause.millis(250);
        }
        throw new ReplicationLinkException(
                nodes.get(0).replicationUrl(), "replication mesh not connected after " + timeout + ": " + missing);
    }

    private String missingLinks(List<RuntimeNode> nodes) {
        StringBuilder missing = new StringBuilder();
        for (RuntimeNode node : nodes) {
            ClusterStatus status = runtime.client(node).cluster().status();
            for (RuntimeNode other : nodes) {
                if (other == node) {
                    continue;
                }
                boolean up =
                        status.connections().stream().anyMatch(c -> c.name().equals(other.host()) && c.connected());
                if (!up) {
                    missing.append(node.host())
                            .append("->")
                            .append(other.host())
                            .append(' ');
                }
            }
        }
        return missing.toString().strip();
    }
}

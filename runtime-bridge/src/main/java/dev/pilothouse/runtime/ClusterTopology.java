package dev.pilothouse.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cluster as seen from every polled node: nodes (reachable or not) and directed links with their state.
 * Two topologies are equal when nothing a console draws differs; latency is kept but not compared.
 */
public record ClusterTopology(List<Node> nodes, List<Link> links) {

    public record Node(String name, String operationsUrl, boolean reachable, String error) {}

    /** {@code from} sees {@code to}; {@code connected} when all its database sockets are up. */
    public record Link(String from, String to, boolean connected, double latencyMs, List<String> databases) {

        public Link {
            databases = List.copyOf(databases);
        }

        boolean sameState(Link other) {
            return from.equals(other.from)
                    && to.equals(other.to)
                    && connected == other.connected
                    && databases.equals(other.databases);
        }
    }

    public ClusterTopology {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /** Human-readable differences from {@code before} (empty when the state is the same). */
    public List<String> differencesFrom(ClusterTopology before) {
        List<String> out = new ArrayList<>();
        for (Node node : nodes) {
            Node old = before.nodes.stream()
                    .filter(n -> n.name.equals(node.name))
                    .findFirst()
                    .orElse(null);
            if (old == null || old.reachable != node.reachable) {
                out.add("node " + node.name + (node.reachable ? " reachable" : " unreachable: " + node.error));
            }
        }
        for (Link link : links) {
            Link old = before.links.stream()
                    .filter(l -> l.from.equals(link.from) && l.to.equals(link.to))
                    .findFirst()
                    .orElse(null);
            if (old == null || !old.sameState(link)) {
                out.add("link " + link.from + " -> " + link.to + (link.connected ? " connected" : " disconnected"));
            }
        }
        for (Link old : before.links) {
            if (links.stream().noneMatch(l -> l.from.equals(old.from) && l.to.equals(old.to))) {
                out.add("link " + old.from + " -> " + old.to + " removed");
            }
        }
        return out;
    }

    public long connectedLinks() {
        return links.stream().filter(Link::connected).count();
    }

    public Link link(String from, String to) {
        return links.stream()
                .filter(l -> Objects.equals(l.from, from) && Objects.equals(l.to, to))
                .findFirst()
                .orElse(null);
    }
}

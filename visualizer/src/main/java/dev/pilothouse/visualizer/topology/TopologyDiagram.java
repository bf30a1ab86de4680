package dev.pilothouse.visualizer.topology;

import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.diagram.EdgeSpec;
import dev.pilothouse.visualizer.diagram.NodeSpec;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.scene.Badge;
import dev.pilothouse.visualizer.scene.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replication topology from the bridge's {@link ClusterTopology}: a box per node (health, URL, and per database how
 * many of its links are up) and an edge per directed link (connected or not, latency, replicated databases).
 */
public final class TopologyDiagram {

    private final DiagramAssembler assembler;

    public TopologyDiagram(DiagramAssembler assembler) {
        this.assembler = assembler;
    }

    public Diagram draw(ClusterTopology topology, LayoutResult previous) {
        Map<String, NodeSpec> nodes = new LinkedHashMap<>();
        for (ClusterTopology.Node n : topology.nodes()) {
            nodes.put(id(n.name()), node(n, topology));
        }
        List<EdgeSpec> edges = new ArrayList<>();
        for (ClusterTopology.Link link : topology.links()) {
            nodes.putIfAbsent(
                    id(link.to()),
                    new NodeSpec(
                            id(link.to()),
                            link.to(),
                            "not polled",
                            List.of(new Badge("peer", "option")),
                            List.of(),
                            List.of("cluster-node", "unpolled")));
            String label = latency(link.latencyMs()) + " " + String.join(",", link.databases());
            edges.add(EdgeSpec.plain(
                    "link:" + link.from() + "->" + link.to(),
                    id(link.from()),
                    id(link.to()),
                    label,
                    link.connected() ? 2 : 1.5,
                    List.of("edge", "edge-replication", link.connected() ? "connected" : "disconnected")));
        }
        long up = topology.connectedLinks();
        String title =
                "replication: " + topology.nodes().size() + (topology.nodes().size() == 1 ? " node, " : " nodes, ") + up
                        + "/" + topology.links().size() + " links up";
        return assembler.assemble("cluster", title, List.copyOf(nodes.values()), edges, previous);
    }

    private static NodeSpec node(ClusterTopology.Node n, ClusterTopology topology) {
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> perDatabase = new TreeMap<>();
        for (ClusterTopology.Link l : topology.links()) {
            if (l.from().equals(n.name())) {
                for (String db : l.databases()) {
                    int[] c = perDatabase.computeIfAbsent(db, k -> new int[2]);
                    c[0] += l.connected() ? 1 : 0;
                    c[1]++;
                }
            }
        }
        perDatabase.forEach((db, c) -> rows.add(
                new Row(db, c[0] + "/" + c[1] + " peers up", List.of(), List.of(c[0] == c[1] ? "db-up" : "db-down"))));
        if (!n.reachable()) {
            rows.add(new Row("error", shorten(n.error()), List.of(), List.of("error")));
        }
        Badge health = n.reachable() ? new Badge("healthy", "safe") : new Badge("unreachable", "breaking");
        return new NodeSpec(
                id(n.name()),
                n.name(),
                n.operationsUrl(),
                List.of(health),
                rows,
                List.of("cluster-node", n.reachable() ? "healthy" : "unreachable"));
    }

    static String latency(double ms) {
        return Double.isNaN(ms) ? "? ms" : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    private static String id(String name) {
        return "node:" + name;
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text;
        return t.length() > 48 ? t.substring(0, 47) + "…" : t;
    }
}

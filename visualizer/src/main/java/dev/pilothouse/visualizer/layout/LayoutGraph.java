package dev.pilothouse.visualizer.layout;

import java.util.List;

/**
 * What to lay out. Node order is the model order: layouts keep it where they can, which makes them stable. Being a
 * record, equal graphs have equal hashes, which is what the layout cache keys on.
 */
public record LayoutGraph(List<LayoutNode> nodes, List<LayoutEdge> edges) {

    public LayoutGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}

package dev.pilothouse.visualizer.layout;

import dev.pilothouse.visualizer.scene.Bounds;
import dev.pilothouse.visualizer.scene.Point;
import java.util.List;
import java.util.Map;

/**
 * Positions for every node, a polyline for every edge and a centre for every edge label. {@code components} holds
 * the origin of each connected component (keyed by its first node id), which the next layout reuses to stay put.
 */
public record LayoutResult(
        double width,
        double height,
        Map<String, Bounds> nodes,
        Map<String, List<Point>> routes,
        Map<String, Point> labels,
        Map<String, Point> components) {

    public static final LayoutResult EMPTY = new LayoutResult(0, 0, Map.of(), Map.of(), Map.of(), Map.of());

    public LayoutResult {
        nodes = Map.copyOf(nodes);
        routes = Map.copyOf(routes);
        labels = Map.copyOf(labels);
        components = Map.copyOf(components);
    }

    public Bounds node(String id) {
        return nodes.get(id);
    }
}

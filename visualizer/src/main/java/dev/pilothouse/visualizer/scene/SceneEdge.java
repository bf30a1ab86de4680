package dev.pilothouse.visualizer.scene;

import java.util.List;

/**
 * A connection drawn as a polyline from {@code source} to {@code target} node ids. {@code width} is the stroke width
 * (flow views scale it by rate); {@code classes} are semantic, such as {@code edge-one-to-many}.
 */
public record SceneEdge(
        String id,
        String source,
        String target,
        List<Point> route,
        List<EdgeLabel> labels,
        double width,
        List<String> classes) {

    public SceneEdge {
        route = List.copyOf(route);
        labels = List.copyOf(labels);
        classes = List.copyOf(classes);
    }
}

package dev.pilothouse.visualizer.scene;

import java.util.List;

/**
 * A laid-out view, ready for any toolkit to draw: positioned nodes, routed edges and free texts inside a
 * {@code width} x {@code height} canvas. {@code kind} names the view ({@code schema}, {@code flow}...).
 */
public record Scene(
        String kind,
        String title,
        double width,
        double height,
        List<SceneNode> nodes,
        List<SceneEdge> edges,
        List<SceneText> texts,
        List<Guide> guides) {

    public Scene {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        texts = List.copyOf(texts);
        guides = List.copyOf(guides);
    }
}

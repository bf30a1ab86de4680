package dev.pilothouse.visualizer.layout;

/**
 * A connection to route; ports are null when the edge attaches to the node itself, {@code label} is null when the
 * edge has no text.
 */
public record LayoutEdge(String id, String source, String sourcePort, String target, String targetPort, String label) {

    public static LayoutEdge between(String id, String source, String target, String label) {
        return new LayoutEdge(id, source, null, target, null, label);
    }
}

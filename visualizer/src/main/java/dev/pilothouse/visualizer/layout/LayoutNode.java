package dev.pilothouse.visualizer.layout;

import java.util.List;

/** A box to place: its id, size, ports, and whether it must sit in the first or last layer. */
public record LayoutNode(String id, double width, double height, List<LayoutPort> ports, Layer layer) {

    /** Layer constraint for layered layouts (flow sources first, subscribers last). */
    public enum Layer {
        ANY,
        FIRST,
        LAST
    }

    public LayoutNode {
        ports = List.copyOf(ports);
    }

    public static LayoutNode box(String id, double width, double height) {
        return new LayoutNode(id, width, height, List.of(), Layer.ANY);
    }
}

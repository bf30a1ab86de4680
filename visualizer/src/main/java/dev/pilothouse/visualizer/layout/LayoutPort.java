package dev.pilothouse.visualizer.layout;

/** A fixed attachment point on a node's side, {@code offset} pixels from the node's top (east/west sides). */
public record LayoutPort(String id, Side side, double offset) {

    /** Which side of the node the port sits on. */
    public enum Side {
        EAST,
        WEST
    }
}

package dev.pilothouse.visualizer.scene;

/** A position in scene coordinates (pixels, y grows downwards). */
public record Point(double x, double y) {

    public Point translate(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}

package dev.pilothouse.visualizer.scene;

/** An axis-aligned box in scene coordinates. */
public record Bounds(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** True when the boxes share interior area (touching edges do not count). */
    public boolean overlaps(Bounds other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }
}

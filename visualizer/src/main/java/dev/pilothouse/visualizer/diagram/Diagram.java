package dev.pilothouse.visualizer.diagram;

import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.scene.Scene;

/** A drawn view and the layout it came from (pass it back in to keep the next drawing stable). */
public record Diagram(Scene scene, LayoutResult layout) {}

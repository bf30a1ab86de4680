package dev.pilothouse.visualizer.diagram;

import dev.pilothouse.visualizer.layout.LayoutNode;
import dev.pilothouse.visualizer.scene.Badge;
import dev.pilothouse.visualizer.scene.Row;
import java.util.List;

/** A node before layout: its content decides its size. */
public record NodeSpec(
        String id,
        String title,
        String subtitle,
        List<Badge> badges,
        List<Row> rows,
        List<String> classes,
        LayoutNode.Layer layer) {

    public NodeSpec {
        badges = List.copyOf(badges);
        rows = List.copyOf(rows);
        classes = List.copyOf(classes);
    }

    public NodeSpec(
            String id, String title, String subtitle, List<Badge> badges, List<Row> rows, List<String> classes) {
        this(id, title, subtitle, badges, rows, classes, LayoutNode.Layer.ANY);
    }
}

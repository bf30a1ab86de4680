package dev.pilothouse.visualizer.scene;

import java.util.List;

/**
 * A box in a view: a table, a type, a flow endpoint, a cluster node or a timeline entry. {@code classes} are semantic
 * (such as {@code table}, {@code export}, {@code added}); renderers map them to looks.
 */
public record SceneNode(
        String id,
        Bounds bounds,
        String title,
        String subtitle,
        List<Badge> badges,
        List<Row> rows,
        List<Port> ports,
        List<String> classes) {

    public SceneNode {
        badges = List.copyOf(badges);
        rows = List.copyOf(rows);
        ports = List.copyOf(ports);
        classes = List.copyOf(classes);
    }
}

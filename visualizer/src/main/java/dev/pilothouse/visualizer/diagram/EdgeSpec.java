package dev.pilothouse.visualizer.diagram;

import java.util.List;

/**
 * An edge before layout. {@code sourceRow}/{@code targetRow} attach it to a row of the node (east side of the
 * source, west side of the target), or to the node itself when -1.
 */
public record EdgeSpec(
        String id,
        String source,
        int sourceRow,
        String target,
        int targetRow,
        String label,
        double width,
        List<String> classes) {

    public EdgeSpec {
        classes = List.copyOf(classes);
    }

    public static EdgeSpec plain(
            String id, String source, String target, String label, double width, List<String> classes) {
        return new EdgeSpec(id, source, -1, target, -1, label, width, classes);
    }
}

package dev.pilothouse.visualizer.scene;

import java.util.List;

/** One line inside a node box: a name, an optional detail (a type, a rate) and badges. */
public record Row(String name, String detail, List<Badge> badges, List<String> classes) {

    public Row {
        badges = List.copyOf(badges);
        classes = List.copyOf(classes);
    }
}

package dev.pilothouse.visualizer.scene;

import java.util.List;

/** A straight background line, such as a timeline's tick. */
public record Guide(Point from, Point to, List<String> classes) {

    public Guide {
        classes = List.copyOf(classes);
    }
}

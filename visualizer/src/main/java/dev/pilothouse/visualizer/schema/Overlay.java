package dev.pilothouse.visualizer.schema;

import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.visualizer.scene.Badge;
import java.util.List;
import java.util.Map;

/**
 * Extra marks over a schema drawing, keyed by {@code Table} or {@code Table.attribute}: style classes, badges, and
 * what only the old version had (removed attributes, removed tables).
 */
record Overlay(
        Map<String, List<String>> classes,
        Map<String, List<Badge>> badges,
        Map<String, List<Attribute>> removedAttributes,
        List<Table> removedTables) {

    static final Overlay NONE = new Overlay(Map.of(), Map.of(), Map.of(), List.of());

    List<String> classes(String key) {
        return classes.getOrDefault(key, List.of());
    }

    List<Badge> badges(String key) {
        return badges.getOrDefault(key, List.of());
    }
}

package dev.pilothouse.visualizer.schema;

import dev.pilothouse.schema.diff.Classification;
import dev.pilothouse.schema.diff.SchemaChange;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.visualizer.scene.Badge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks what a schema diff says over the new version: added, removed or changed tables and attributes, each
 * coloured by its worst classification (safe, review, breaking).
 */
final class DiffOverlay {

    private DiffOverlay() {}

    static Overlay of(SchemaModel before, SchemaModel after, List<SchemaChange> changes) {
        Map<String, Classification> worst = new LinkedHashMap<>();
        Map<String, String> kind = new HashMap<>();
        Map<String, List<Attribute>> removedAttributes = new LinkedHashMap<>();
        List<Table> removedTables = new ArrayList<>();
        for (SchemaChange c : changes) {
            worst.merge(c.table(), c.classification(), DiffOverlay::max);
            if (c.attribute() == null) {
                kind.putIfAbsent(c.table(), tableKind(c.table(), before, after, removedTables));
                continue;
            }
            String key = c.table() + "." + c.attribute();
            worst.merge(key, c.classification(), DiffOverlay::max);
            kind.putIfAbsent(key, attributeKind(c, before, after, removedAttributes));
            kind.putIfAbsent(c.table(), "changed");
        }
        Map<String, List<String>> classes = new HashMap<>();
        Map<String, List<Badge>> badges = new HashMap<>();
        worst.forEach((key, classification) -> {
            classes.put(key, List.of(kind.get(key), classification.label()));
            badges.put(
                    key,
                    List.of(new Badge(
                            kind.get(key).equals("changed")
                                    ? classification.label()
                                    : kind.get(key) + " · " + classification.label(),
                            classification.label())));
        });
        return new Overlay(classes, badges, removedAttributes, removedTables);
    }

    private static String tableKind(String table, SchemaModel before, SchemaModel after, List<Table> removedTables) {
        if (before.table(table).isEmpty()) {
            return "added";
        }
        if (after.table(table).isEmpty()) {
            removedTables.add(before.table(table).orElseThrow());
            return "removed";
        }
        return "changed";
    }

    private static String attributeKind(
            SchemaChange c, SchemaModel before, SchemaModel after, Map<String, List<Attribute>> removedAttributes) {
        var old = before.table(c.table()).flatMap(t -> t.attribute(c.attribute()));
        var now = after.table(c.table()).flatMap(t -> t.attribute(c.attribute()));
        if (old.isEmpty() && now.isPresent()) {
            return "added";
        }
        if (old.isPresent() && now.isEmpty() && after.table(c.table()).isPresent()) {
            removedAttributes.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(old.get());
            return "removed";
        }
        return "changed";
    }

    private static Classification max(Classification a, Classification b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

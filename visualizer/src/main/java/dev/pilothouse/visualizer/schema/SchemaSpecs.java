package dev.pilothouse.visualizer.schema;

import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.Relationship;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import dev.pilothouse.schema.model.Timestamp;
import dev.pilothouse.visualizer.diagram.EdgeSpec;
import dev.pilothouse.visualizer.diagram.NodeSpec;
import dev.pilothouse.visualizer.scene.Badge;
import dev.pilothouse.visualizer.scene.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a schema model into node and edge specs: one node per table and shape type, one edge per relationship. */
final class SchemaSpecs {

    private static final Set<TypeKind> NESTABLE = Set.of(TypeKind.OBJECT, TypeKind.INTERFACE, TypeKind.UNION);

    final List<NodeSpec> nodes = new ArrayList<>();
    final List<EdgeSpec> edges = new ArrayList<>();

    static String tableId(String typeName) {
        return "table:" + typeName;
    }

    static String typeId(String name) {
        return "type:" + name;
    }

    static SchemaSpecs of(SchemaModel model, Overlay overlay) {
        SchemaSpecs specs = new SchemaSpecs();
        List<Table> tables = new ArrayList<>(model.tables());
        tables.addAll(overlay.removedTables());
        Set<String> tableNames = new java.util.HashSet<>();
        tables.forEach(t -> tableNames.add(t.typeName()));
        Set<String> shapes = new java.util.HashSet<>();
        model.otherTypes().stream()
                .filter(t -> NESTABLE.contains(t.kind()))
                .forEach(t -> shapes.add(t.name().value()));
        for (Table t : tables) {
            specs.table(t, overlay, tableNames, shapes);
        }
        model.otherTypes().forEach(specs::type);
        return specs;
    }

    private void table(Table t, Overlay overlay, Set<String> tableNames, Set<String> shapes) {
        List<Attribute> attributes = new ArrayList<>(t.attributes());
        List<Attribute> removed = overlay.removedAttributes().getOrDefault(t.typeName(), List.of());
        attributes.addAll(removed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            String key = t.typeName() + "." + a.name();
            List<String> classes = new ArrayList<>(rowClasses(a));
            classes.addAll(overlay.classes(key));
            List<Badge> badges = new ArrayList<>(rowBadges(a));
            badges.addAll(overlay.badges(key));
            rows.add(new Row(a.name(), a.type().display(), badges, classes));
            edge(t, a, i, classes, tableNames, shapes);
        }
        List<String> classes = new ArrayList<>(List.of("table"));
        if (t.export() != null) {
            classes.add("export");
        }
        classes.addAll(overlay.classes(t.typeName()));
        List<Badge> badges = new ArrayList<>(tableBadges(t));
        badges.addAll(overlay.badges(t.typeName()));
        boolean plainName =
                t.database().equals(Table.DEFAULT_DATABASE) && t.tableName().equals(t.typeName());
        nodes.add(new NodeSpec(
                tableId(t.typeName()), t.typeName(), plainName ? null : t.qualifiedName(), badges, rows, classes));
    }

    private void edge(
            Table t, Attribute a, int row, List<String> rowClasses, Set<String> tableNames, Set<String> shapes) {
        String source = tableId(t.typeName());
        Relationship r = a.relationship();
        List<String> marks = rowClasses.stream()
                .filter(c -> Set.of("added", "removed", "changed", "safe", "review", "breaking")
                        .contains(c))
                .toList();
        if (r != null && tableNames.contains(r.targetType())) {
            List<String> classes = new ArrayList<>(List.of("edge", "edge-relationship", "edge-" + kebab(r)));
            classes.addAll(marks);
            edges.add(new EdgeSpec(
                    "rel:" + t.typeName() + "." + a.name(),
                    source,
                    row,
                    tableId(r.targetType()),
                    0,
                    label(r.cardinality()),
                    1.5,
                    classes));
        } else if (r == null && shapes.contains(a.typeName())) {
            List<String> classes = new ArrayList<>(List.of("edge", "edge-nested"));
            classes.addAll(marks);
            edges.add(new EdgeSpec(
                    "use:" + t.typeName() + "." + a.name(), source, row, typeId(a.typeName()), -1, null, 1, classes));
        }
    }

    private void type(TypeDefinition type) {
        List<Row> rows = new ArrayList<>();
        for (FieldDefinition f : type.fields()) {
            rows.add(
                    new Row(f.name().value(), f.type() == null ? null : f.type().display(), List.of(), List.of()));
        }
        type.members().forEach(m -> rows.add(new Row("| " + m.name().value(), null, List.of(), List.of())));
        String kind = type.kind().keyword();
        nodes.add(new NodeSpec(
                typeId(type.name().value()),
                type.name().value(),
                kind,
                List.of(),
                rows,
                List.of("type", "type-" + kind)));
    }

    static String label(Relationship.Cardinality c) {
        return switch (c) {
            case MANY_TO_ONE -> "N:1";
            case ONE_TO_MANY -> "1:N";
            case MANY_TO_MANY -> "N:M";
            case KEY_TO_KEY -> "1:1";
        };
    }

    private static String kebab(Relationship r) {
        return r.cardinality().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> rowClasses(Attribute a) {
        List<String> out = new ArrayList<>(List.of("attribute"));
        if (a.primaryKey()) {
            out.add("key");
        }
        if (a.indexed()) {
            out.add("index");
        }
        if (a.relationship() != null) {
            out.add("relationship");
        }
        if (a.computed() != null) {
            out.add("computed");
        }
        return out;
    }

    private static List<Badge> rowBadges(Attribute a) {
        List<Badge> out = new ArrayList<>();
        if (a.primaryKey()) {
            out.add(new Badge("PK", "key"));
        }
        if (a.indexed()) {
            out.add(a.index().vector() ? new Badge("HNSW", "index") : new Badge("IDX", "index"));
        }
        if (a.timestamp() != Timestamp.NONE) {
            out.add(new Badge(a.timestamp() == Timestamp.CREATED ? "created" : "updated", "timestamp"));
        }
        if (a.expiresAt()) {
            out.add(new Badge("expires", "timestamp"));
        }
        if (a.computed() != null) {
            out.add(new Badge("computed", "computed"));
        }
        return out;
    }

    private static List<Badge> tableBadges(Table t) {
        List<Badge> out = new ArrayList<>();
        if (t.export() != null) {
            String path =
                    t.export().name() == null ? "export" : "/" + t.export().name();
            out.add(new Badge(path, "export"));
        }
        if (t.sealed()) {
            out.add(new Badge("sealed", "sealed"));
        }
        if (t.options().expiration() != null) {
            out.add(new Badge("ttl " + t.options().expiration() + "s", "option"));
        }
        return out;
    }
}

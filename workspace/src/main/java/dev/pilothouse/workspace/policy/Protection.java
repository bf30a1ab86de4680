package dev.pilothouse.workspace.policy;

import dev.pilothouse.schema.model.Attribute;
import dev.pilothouse.schema.model.SchemaModel;
import dev.pilothouse.schema.model.Table;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the policy protects: a table or attribute named in {@code protectedPrimitives} (by type or
 * table name), or whose description carries the policy's marker. One rule, for every place data leaves Harper.
 */
public record Protection(Policy policy) {

    /** Why the whole table is protected, when it is. */
    public Optional<String> table(Table table) {
        for (String primitive : policy.protectedPrimitives()) {
            if (primitive.equals(table.typeName()) || primitive.equals(table.tableName())) {
                return Optional.of("protected by policy ('" + primitive + "')");
            }
        }
        return marked(table.description())
                ? Optional.of("protected by the marker " + policy.protectionMarker() + " in its description")
                : Optional.empty();
    }

    /** The attributes of a table protected by name or by marker. */
    public Set<String> attributes(Table table) {
        Set<String> out = new TreeSet<>();
        for (String primitive : policy.protectedPrimitives()) {
            int dot = primitive.indexOf('.');
            if (dot > 0) {
                String owner = primitive.substring(0, dot);
                if (owner.equals(table.typeName()) || owner.equals(table.tableName())) {
                    out.add(primitive.substring(dot + 1));
                }
            }
        }
        table.attributes().stream()
                .filter(a -> marked(a.description()))
                .map(Attribute::name)
                .forEach(out::add);
        return out;
    }

    /** The short reason a viewer is shown for a primitive protected by name. */
    public static final String BY_POLICY = "protected by policy";

    /** The short reason a viewer is shown for a primitive protected by the marker, e.g. "@protected in schema.graphql". */
    public String byMarker() {
        return policy.protectionMarker() + " in schema.graphql";
    }

    /**
     * What a viewer without clearance ({@link Clearance}) sees of the records of the table Harper calls {@code
     * database.table}: the table hidden whole, or its protected attributes masked, each with the short reason. The
     * tables of {@code schemas} are matched by table name and database; policy names apply to a table no schema
     * knows too (by its table name). More than one schema (the committed one and the edited one, say) protect
     * together: whatever any of them marks is masked. A null {@code database} matches the table in any database.
     */
    public RecordMask mask(Collection<SchemaModel> schemas, String database, String table) {
        Optional<String> whole = Optional.empty();
        Map<String, String> attributes = new TreeMap<>();
        for (String primitive : policy.protectedPrimitives()) {
            int dot = primitive.indexOf('.');
            String owner = dot < 0 ? primitive : primitive.substring(0, dot);
            boolean names = owner.equals(table)
                    || schemas.stream()
                            .flatMap(m -> m.tables().stream())
                            .anyMatch(t -> same(t, database, table) && owner.equals(t.typeName()));
            if (names && dot < 0) {
                whole = Optional.of(BY_POLICY);
            } else if (names) {
                attributes.putIfAbsent(primitive.substring(dot + 1), BY_POLICY);
            }
        }
        for (SchemaModel model : schemas) {
            for (Table t : model.tables().stream()
                    .filter(t -> same(t, database, table))
                    .toList()) {
                if (whole.isEmpty() && marked(t.description())) {
                    whole = Optional.of(byMarker());
                }
                t.attributes().stream()
                        .filter(a -> marked(a.description()))
                        .forEach(a -> attributes.putIfAbsent(a.name(), byMarker()));
            }
        }
        return new RecordMask(database == null ? table : database + "." + table, whole, attributes);
    }

    /** The tables of {@code model} a reference from code names: by table or type name, in any database if unsaid. */
    static List<Table> named(SchemaModel model, String database, String name) {
        return model.tables().stream()
                .filter(t -> database == null || t.database().equals(database))
                .filter(t -> t.tableName().equals(name) || t.typeName().equals(name))
                .toList();
    }

    /** Why code that names the table reaches protected data: the table itself, or attributes of it. */
    Optional<String> reached(SchemaModel model, String database, String name) {
        for (Table t : named(model, database, name)) {
            Optional<String> whole = table(t);
            if (whole.isPresent()) {
                return Optional.of("protected table " + t.typeName() + " (" + whole.get() + ")");
            }
            Set<String> attributes = attributes(t);
            if (!attributes.isEmpty()) {
                return Optional.of("table " + t.typeName() + ", whose " + String.join(", ", attributes)
                        + (attributes.size() == 1 ? " is" : " are") + " protected");
            }
        }
        for (String primitive : policy.protectedPrimitives()) {
            int dot = primitive.indexOf('.');
            if ((dot < 0 ? primitive : primitive.substring(0, dot)).equals(name)) {
                return Optional.of(
                        dot < 0
                                ? "protected table " + name + " (protected by policy ('" + name + "'))"
                                : "table " + name + ", whose " + primitive.substring(dot + 1) + " is protected");
            }
        }
        return Optional.empty();
    }

    /** Whether anything at all is protected (by name, or by the marker somewhere in {@code model}). */
    boolean any(SchemaModel model) {
        return !policy.protectedPrimitives().isEmpty()
                || model.tables().stream()
                        .anyMatch(t -> table(t).isPresent() || !attributes(t).isEmpty());
    }

    private static boolean same(Table t, String database, String table) {
        return t.tableName().equals(table) && (database == null || t.database().equals(database));
    }

    private boolean marked(String description) {
        return !policy.protectionMarker().isEmpty()
                && description != null
                && description.contains(policy.protectionMarker());
    }
}

package dev.pilothouse.schema.model;

import dev.pilothouse.schema.ast.TypeDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What Harper makes of a schema file: its tables, and the other types fields may use as nested shapes. */
public record SchemaModel(List<Table> tables, List<TypeDefinition> otherTypes) {

    public static final SchemaModel EMPTY = new SchemaModel(List.of(), List.of());

    public SchemaModel {
        tables = List.copyOf(tables);
        otherTypes = List.copyOf(otherTypes);
    }

    public Optional<Table> table(String typeName) {
        return tables.stream().filter(t -> t.typeName().equals(typeName)).findFirst();
    }

    /**
     * "database.table" to the REST path Harper serves each exported table at, in schema order: {@code /Van/}, or
     * {@code /depots/} for {@code @export(name: "depots")}; a table exported without REST ({@code rest: false}) has
     * none. Consoles follow a table there, not at its own name.
     */
    public Map<String, String> restPaths() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Table t : tables) {
            if (t.export() != null && t.export().rest()) {
                out.put(t.qualifiedName(), "/" + t.export().pathFor(t.typeName()) + "/");
            }
        }
        return out;
    }
}

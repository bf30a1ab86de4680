package dev.pilothouse.schema.model;

import dev.pilothouse.schema.ast.TypeDefinition;
import java.util.List;
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
}

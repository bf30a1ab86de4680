package dev.pilothouse.schema.model;

import dev.pilothouse.schema.ast.TypeRef;
import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/** One attribute of a table; {@code index}, {@code relationship} and {@code computed} are null when absent. */
public record Attribute(
        String name,
        TypeRef type,
        boolean primaryKey,
        Index index,
        Timestamp timestamp,
        boolean expiresAt,
        Relationship relationship,
        Computed computed,
        List<String> allowedRoles,
        String description,
        TextRange range) {

    public Attribute {
        allowedRoles = List.copyOf(allowedRoles);
    }

    public String typeName() {
        return type.base().name().value();
    }

    public boolean list() {
        return type.isList();
    }

    public boolean nonNull() {
        return type.nonNull();
    }

    public boolean indexed() {
        return index != null;
    }

    /** Stored in the record (relationships and computed attributes are derived). */
    public boolean stored() {
        return relationship == null && computed == null;
    }
}

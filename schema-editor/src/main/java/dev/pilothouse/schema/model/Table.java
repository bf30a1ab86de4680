package dev.pilothouse.schema.model;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;
import java.util.Optional;

/** A {@code @table} type as Harper creates it. {@code export} is null when the table is not exported. */
public record Table(
        String typeName,
        String database,
        String tableName,
        TableOptions options,
        Export export,
        boolean sealed,
        List<Attribute> attributes,
        String description,
        TextRange range,
        TextRange nameRange) {

    public static final String DEFAULT_DATABASE = "data";

    public Table {
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> primaryKey() {
        return attributes.stream().filter(Attribute::primaryKey).findFirst();
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** "database.table", the identity Harper uses. */
    public String qualifiedName() {
        return database + "." + tableName;
    }
}

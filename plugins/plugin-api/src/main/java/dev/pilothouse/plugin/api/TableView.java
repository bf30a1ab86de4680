package dev.pilothouse.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * A {@code @table} type. {@code name} is the GraphQL type name, {@code tableName} Harper's (they differ with
 * {@code @table(table: ...)}); {@code export} is null when the table has no {@code @export}.
 */
public record TableView(
        String name,
        String database,
        String tableName,
        ExportView export,
        List<AttributeView> attributes,
        Position position) {

    public TableView {
        attributes = List.copyOf(attributes);
    }

    public Optional<AttributeView> primaryKey() {
        return attributes.stream().filter(AttributeView::primaryKey).findFirst();
    }

    public boolean exported() {
        return export != null;
    }
}

package dev.pilothouse.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A {@code search_by_conditions} request. {@code offset}/{@code limit} page large tables (Harper has no cursor or
 * total count; use describe_table's record_count for the total).
 */
public record SearchQuery(
        String database,
        String table,
        String operator,
        List<Condition> conditions,
        String sortAttribute,
        boolean descending,
        int offset,
        int limit,
        List<String> attributes) {

    /** One condition; {@code type} is Harper's search_type (equals, greater_than, between, starts_with, ...). */
    public record Condition(String attribute, String type, Object value) {}

    public SearchQuery {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(table, "table");
        operator = operator == null ? "and" : operator;
        conditions = List.copyOf(conditions);
        attributes = attributes == null || attributes.isEmpty() ? List.of("*") : List.copyOf(attributes);
    }
}

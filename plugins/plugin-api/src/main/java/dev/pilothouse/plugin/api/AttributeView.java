package dev.pilothouse.plugin.api;

/**
 * One attribute of a table. {@code type} is the base GraphQL type name ({@code String}, {@code Int}, {@code ID},
 * another table...); {@code stored} is false for relationships and computed attributes.
 */
public record AttributeView(
        String name,
        String type,
        boolean list,
        boolean nonNull,
        boolean primaryKey,
        boolean indexed,
        boolean stored,
        Position position) {}

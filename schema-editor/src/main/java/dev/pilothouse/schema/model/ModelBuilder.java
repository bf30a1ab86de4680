package dev.pilothouse.schema.model;

import dev.pilothouse.schema.ast.Argument;
import dev.pilothouse.schema.ast.Description;
import dev.pilothouse.schema.ast.DirectiveUse;
import dev.pilothouse.schema.ast.Document;
import dev.pilothouse.schema.ast.FieldDefinition;
import dev.pilothouse.schema.ast.TypeDefinition;
import dev.pilothouse.schema.ast.TypeKind;
import dev.pilothouse.schema.ast.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a syntax tree the way Harper's schema loader does: every {@code type} with {@code @table} is a table,
 * other definitions are shapes. Extensions are ignored, as Harper ignores them. Tolerates invalid input; the
 * validator reports what is wrong.
 */
public final class ModelBuilder {

    private ModelBuilder() {}

    public static SchemaModel build(Document document) {
        List<Table> tables = new ArrayList<>();
        List<TypeDefinition> others = new ArrayList<>();
        document.types().filter(t -> !t.extension()).forEach(type -> {
            if (type.kind() == TypeKind.OBJECT && type.has("table")) {
                tables.add(table(type));
            } else {
                others.add(type);
            }
        });
        return new SchemaModel(tables, others);
    }

    static Table table(TypeDefinition type) {
        DirectiveUse table = type.directive("table").orElseThrow();
        String database = string(table, "database", string(table, "schema", Table.DEFAULT_DATABASE));
        String tableName = string(table, "table", type.name().value());
        TableOptions options = new TableOptions(
                integer(table, "expiration"),
                integer(table, "eviction"),
                integer(table, "scanInterval"),
                bool(table, "audit"),
                bool(table, "replicate"));
        Export export = type.directive("export")
                .map(e -> new Export(
                        string(e, "name", null),
                        !Boolean.FALSE.equals(bool(e, "rest")),
                        !Boolean.FALSE.equals(bool(e, "mqtt"))))
                .orElse(null);
        List<Attribute> attributes = type.fields().stream()
                .filter(f -> f.type() != null)
                .map(ModelBuilder::attribute)
                .toList();
        return new Table(
                type.name().value(),
                database,
                tableName,
                options,
                export,
                type.has("sealed"),
                attributes,
                text(type.description()),
                type.range(),
                type.name().range());
    }

    static Attribute attribute(FieldDefinition field) {
        Index index = field.directive("indexed")
                .map(d -> {
                    Map<String, Object> options = new LinkedHashMap<>();
                    for (Argument a : d.arguments()) {
                        if (!a.name().value().equals("type")) {
                            options.put(a.name().value(), a.value().toJava());
                        }
                    }
                    return new Index(string(d, "type", null), options);
                })
                .orElse(null);
        Relationship relationship = field.directive("relationship")
                .map(d -> new Relationship(
                        string(d, "from", null),
                        string(d, "to", null),
                        field.type().base().name().value(),
                        field.type().isList()))
                .orElse(null);
        Computed computed = field.directive("computed")
                .map(d -> new Computed(
                        string(d, "from", null),
                        integer(d, "version") == null
                                ? null
                                : integer(d, "version").intValue()))
                .orElse(null);
        Timestamp timestamp = field.has("createdTime")
                ? Timestamp.CREATED
                : field.has("updatedTime") ? Timestamp.UPDATED : Timestamp.NONE;
        // Each @allow replaces the previous one in Harper; its roles may be given as repeated 'role' arguments.
        List<String> roles =
                field.directives().stream()
                        .filter(d -> d.nameValue().equals("allow"))
                        .reduce((first, last) -> last)
                        .stream()
                        .flatMap(d -> d.arguments().stream())
                        .filter(a -> a.name().value().equals("role"))
                        .flatMap(a -> a.value().textValue().stream())
                        .toList();
        return new Attribute(
                field.name().value(),
                field.type(),
                field.has("primaryKey"),
                index,
                timestamp,
                field.has("expiresAt"),
                relationship,
                computed,
                roles,
                text(field.description()),
                field.range());
    }

    private static String text(Description description) {
        return description == null ? null : description.text();
    }

    static String string(DirectiveUse d, String arg, String fallback) {
        return d.argument(arg).flatMap(a -> a.value().textValue()).orElse(fallback);
    }

    static Long integer(DirectiveUse d, String arg) {
        return d.argument(arg)
                .map(Argument::value)
                .filter(Value.IntValue.class::isInstance)
                .map(v -> v.toJava() instanceof Long l ? l : null)
                .orElse(null);
    }

    static Boolean bool(DirectiveUse d, String arg) {
        return d.argument(arg)
                .map(Argument::value)
                .filter(Value.BooleanValue.class::isInstance)
                .map(v -> ((Value.BooleanValue) v).value())
                .orElse(null);
    }
}

package dev.pilothouse.plugin.bundled.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.plugin.api.AttributeView;
import dev.pilothouse.plugin.api.SchemaView;
import dev.pilothouse.plugin.api.TableView;

/**
 * JSON Schema (2020-12, as OpenAPI 3.1 uses it) for Harper's attribute types and for a table's record. The numeric
 * ranges are the ones Harper enforces on REST writes (docs/harper-schema.md).
 */
final class TypeSchemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TypeSchemas() {}

    /** The component schema of a table's record; non-null attributes are required, derived ones read-only. */
    static ObjectNode record(TableView table, SchemaView schema) {
        ObjectNode node = JSON.objectNode().put("type", "object");
        ObjectNode properties = node.putObject("properties");
        var required = JSON.arrayNode();
        for (AttributeView a : table.attributes()) {
            ObjectNode property = attribute(a, schema);
            if (!a.stored()) {
                property.put("readOnly", true);
            } else if (a.nonNull() && !a.primaryKey()) {
                required.add(a.name());
            }
            properties.set(a.name(), property);
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        return node;
    }

    static ObjectNode attribute(AttributeView a, SchemaView schema) {
        ObjectNode item = scalar(a.type(), schema);
        if (!a.list()) {
            return item;
        }
        ObjectNode array = JSON.objectNode().put("type", "array");
        array.set("items", item);
        return array;
    }

    /** A scalar type, or a reference to another table's record (relationships), or any value. */
    static ObjectNode scalar(String type, SchemaView schema) {
        ObjectNode node = JSON.objectNode();
        switch (type) {
            case "ID", "String" -> node.put("type", "string");
            case "Int" -> node.put("type", "integer").put("format", "int32");
            case "Long" -> node.put("type", "integer").put("format", "int64");
            case "BigInt" -> node.put("type", "integer");
            case "Float" -> node.put("type", "number").put("format", "double");
            case "Boolean" -> node.put("type", "boolean");
            case "Date" -> node.put("type", "string").put("format", "date-time");
            case "Bytes", "Blob" -> node.put("type", "string").put("contentEncoding", "base64");
            case "Any" -> node.put("description", "any JSON value");
            default -> {
                if (schema.table(type)
                        .filter(t -> t.exported() && t.export().rest())
                        .isPresent()) {
                    node.put("$ref", "#/components/schemas/" + type);
                } else {
                    node.put("type", "object").put("description", "nested " + type);
                }
            }
        }
        return node;
    }
}

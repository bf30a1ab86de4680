package dev.pilothouse.agent.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON Schemas (2020-12) of tool inputs and outputs. */
final class Schemas {

    private Schemas() {}

    /** An object with exactly these properties; inputs refuse unknown keys. */
    static Map<String, Object> object(Map<String, Object> properties, List<String> required, boolean closed) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        if (closed) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    static Map<String, Object> input(Map<String, Object> properties, String... required) {
        return object(properties, List.of(required), true);
    }

    static Map<String, Object> output(Map<String, Object> properties, String... required) {
        return object(properties, List.of(required), false);
    }

    static Map<String, Object> string(String description) {
        return typed("string", description);
    }

    static Map<String, Object> nullableString(String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", List.of("string", "null"));
        schema.put("description", description);
        return schema;
    }

    static Map<String, Object> oneOf(String description, List<String> values) {
        Map<String, Object> schema = string(description);
        schema.put("enum", values);
        return schema;
    }

    static Map<String, Object> pattern(String description, String regex, int maxLength) {
        Map<String, Object> schema = string(description);
        schema.put("pattern", regex);
        schema.put("maxLength", maxLength);
        return schema;
    }

    static Map<String, Object> integer(String description, int min, int max) {
        Map<String, Object> schema = typed("integer", description);
        schema.put("minimum", min);
        schema.put("maximum", max);
        return schema;
    }

    static Map<String, Object> count(String description) {
        Map<String, Object> schema = typed("integer", description);
        schema.put("minimum", 0);
        return schema;
    }

    static Map<String, Object> bool(String description) {
        return typed("boolean", description);
    }

    static Map<String, Object> array(String description, Map<String, Object> items) {
        Map<String, Object> schema = typed("array", description);
        schema.put("items", items);
        return schema;
    }

    static Map<String, Object> array(String description, Map<String, Object> items, int maxItems) {
        Map<String, Object> schema = array(description, items);
        schema.put("maxItems", maxItems);
        return schema;
    }

    /** An object whose keys are the app's file names and whose values are the files' texts. */
    static Map<String, Object> fileMap(String description, List<String> names) {
        Map<String, Object> schema = typed("object", description);
        Map<String, Object> properties = new LinkedHashMap<>();
        names.forEach(n -> properties.put(n, string("full text of " + n)));
        schema.put("properties", properties);
        schema.put("additionalProperties", string("any other name is refused by the tool, naming the rule"));
        return schema;
    }

    /** Any JSON object (records from the runtime are data whose shape the schema defines). */
    static Map<String, Object> anyObject(String description) {
        return typed("object", description);
    }

    static Map<String, Object> props(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> typed(String type, String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        schema.put("description", description);
        return schema;
    }
}

package dev.pilothouse.agent.tools;

import dev.pilothouse.workspace.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool call's arguments, read defensively: the SDK validates them against the input schema too, but a handler
 * never relies on that alone.
 */
public record Arguments(Map<String, Object> values) {

    public Arguments {
        values = values == null ? Map.of() : values;
    }

    public String string(String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            throw new Refusal("invalid-argument", "'" + key + "' must be a string");
        }
        return text;
    }

    public String required(String key) {
        String value = string(key, null);
        if (value == null || value.isBlank()) {
            throw new Refusal("invalid-argument", "'" + key + "' is required");
        }
        return value;
    }

    public int integer(String key, int fallback, int min, int max) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new Refusal("invalid-argument", "'" + key + "' must be an integer");
        }
        if (n.longValue() < min || n.longValue() > max) {
            throw new Refusal("invalid-argument", "'" + key + "' must be between " + min + " and " + max);
        }
        return n.intValue();
    }

    /** A map of file name to text. */
    public Map<String, String> files(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new Refusal("invalid-argument", "'" + key + "' must be an object of file name to text");
        }
        Map<String, String> files = new LinkedHashMap<>();
        map.forEach((name, text) -> {
            if (!(text instanceof String s)) {
                throw new Refusal("invalid-argument", "the text of '" + name + "' must be a string");
            }
            files.put(String.valueOf(name), s);
        });
        return files;
    }

    public List<Map<String, Object>> objects(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
            throw new Refusal("invalid-argument", "'" + key + "' must be a list of objects");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> objects = (List<Map<String, Object>>) list;
        return objects;
    }
}

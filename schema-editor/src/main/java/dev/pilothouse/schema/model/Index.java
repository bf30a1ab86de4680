package dev.pilothouse.schema.model;

import java.util.Map;

/** {@code @indexed}: {@code type} is null for Harper's standard index, "HNSW" for a vector index. */
public record Index(String type, Map<String, Object> options) {

    public Index {
        options = Map.copyOf(options);
    }

    public boolean vector() {
        return "HNSW".equals(type);
    }
}

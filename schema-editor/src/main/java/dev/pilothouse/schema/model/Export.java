package dev.pilothouse.schema.model;

/** {@code @export}: the table is served over REST/WebSocket/SSE (rest) and MQTT (mqtt) under {@link #path()}. */
public record Export(String name, boolean rest, boolean mqtt) {

    /** The URL path segment / MQTT topic root: the export name, or the type name when none is given. */
    public String pathFor(String typeName) {
        return name == null ? typeName : name;
    }
}

package dev.pilothouse.schema.js;

import dev.pilothouse.schema.text.TextRange;
import java.util.Set;

/** A method of a resource class; {@code resourceMethod} tells whether Harper calls it for a request. */
public record ResourceMethod(String name, TextRange range, boolean isStatic, Accessor accessor) {

    public enum Accessor {
        NONE,
        GETTER,
        SETTER
    }

    /** The Resource API methods Harper dispatches HTTP, WebSocket, SSE and MQTT traffic to (harper.md §3). */
    public static final Set<String> RESOURCE_METHODS = Set.of(
            "get",
            "search",
            "put",
            "patch",
            "post",
            "delete",
            "publish",
            "subscribe",
            "connect",
            "update",
            "invalidate",
            "query",
            "copy",
            "move",
            "create",
            "allowRead",
            "allowUpdate",
            "allowCreate",
            "allowDelete");

    public boolean resourceMethod() {
        return accessor == Accessor.NONE && RESOURCE_METHODS.contains(name);
    }
}

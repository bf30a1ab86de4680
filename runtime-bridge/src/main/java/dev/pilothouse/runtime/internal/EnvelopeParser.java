package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.LiveEvent;
import java.io.IOException;

/** Turns Harper's WS/SSE envelope {@code {id, localTime, value, version, type}} into a {@link LiveEvent.Change}. */
public final class EnvelopeParser {

    private EnvelopeParser() {}

    /**
     * {@code connectedAtMillis} separates the state sent on (re)connect from live changes: replayed records carry a
     * {@code size} field (whole-table replay) or were stored before the subscription opened.
     */
    public static LiveEvent.Change parse(String path, String text, long connectedAtMillis) throws IOException {
        JsonNode json = HttpTransport.JSON.readTree(text);
        String type = json.path("type").asText("put");
        LiveEvent.Kind kind = switch (type) {
            case "delete" -> LiveEvent.Kind.DELETE;
            case "message" -> LiveEvent.Kind.MESSAGE;
            default -> LiveEvent.Kind.PUT;
        };
        double localTime = json.path("localTime").asDouble(Double.NaN);
        boolean replay = json.has("size") || (kind == LiveEvent.Kind.PUT && localTime < connectedAtMillis);
        JsonNode id = json.get("id");
        return new LiveEvent.Change(
                kind,
                path,
                id == null || id.isNull() ? null : id.asText(),
                json.get("value"),
                json.path("version").asDouble(Double.NaN),
                localTime,
                replay,
                text.length());
    }
}

package dev.pilothouse.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.AuditEntry;
import java.util.ArrayList;
import java.util.List;

/** Small conversions from Harper's JSON answers to Java lists. */
public final class JsonLists {

    private JsonLists() {}

    public static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    /** JSON scalars as plain Java values (numbers, strings; JSON null stays null). */
    public static List<Object> plain(JsonNode array) {
        List<Object> out = new ArrayList<>();
        for (JsonNode node : elements(array)) {
            out.add(node.isNull() ? null : HttpTransport.JSON.convertValue(node, Object.class));
        }
        return out;
    }

    public static List<AuditEntry> auditEntries(JsonNode answer) {
        List<AuditEntry> out = new ArrayList<>();
        for (JsonNode entry : elements(answer)) {
            out.add(new AuditEntry(
                    entry.path("operation").asText(),
                    entry.path("user_name").asText(),
                    entry.path("timestamp").asDouble(),
                    elements(entry.path("hash_values")),
                    elements(entry.path("records"))));
        }
        return out;
    }
}

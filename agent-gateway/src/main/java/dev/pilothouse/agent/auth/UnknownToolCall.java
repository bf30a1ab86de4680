package dev.pilothouse.agent.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Hashing;
import dev.pilothouse.workspace.Json;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON-RPC {@code tools/call} naming a tool the gateway does not have. The MCP SDK would refuse it too, but
 * before any of our code runs, so the call would leave no audit entry; the filter catches it first, audits it and
 * answers the JSON-RPC error itself. Anything that is not a single well-formed {@code tools/call} is left to the SDK.
 */
record UnknownToolCall(JsonNode id, String name, String argumentsSha256) {

    static final String RULE = "unknown-tool";
    private static final ObjectMapper JSON = Json.SORTED_KEYS;

    static Optional<UnknownToolCall> find(byte[] body, Set<String> known) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (IOException malformed) {
            return Optional.empty(); // the SDK answers malformed JSON-RPC with its own 400
        }
        if (message == null
                || !message.isObject()
                || !"tools/call".equals(message.path("method").asText())
                || !message.has("id")
                || !message.path("params").path("name").isTextual()) {
            return Optional.empty();
        }
        String name = message.path("params").path("name").asText();
        if (known.contains(name)) {
            return Optional.empty();
        }
        JsonNode arguments = message.path("params").path("arguments");
        // same digest as ToolRunner: the arguments' JSON with keys sorted
        Object plain = JSON.convertValue(arguments.isObject() ? arguments : JSON.createObjectNode(), Object.class);
        try {
            return Optional.of(
                    new UnknownToolCall(message.get("id"), name, Hashing.sha256(JSON.writeValueAsString(plain))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("arguments that were parsed cannot be written back: " + e.getMessage(), e);
        }
    }

    /** The refusal as a JSON-RPC error (-32602, as the SDK uses for unknown tools), naming the rule. */
    String errorResponse() {
        ObjectNode response = JsonNodeFactory.instance.objectNode().put("jsonrpc", "2.0");
        response.set("id", id);
        response.putObject("error")
                .put("code", -32602)
                .put(
                        "message",
                        "Unknown tool: " + name
                                + " (refused by rule " + RULE
                                + ": this gateway has no such tool; approving, deploying and rolling "
                                + "back are done by humans)");
        return response.toString();
    }
}

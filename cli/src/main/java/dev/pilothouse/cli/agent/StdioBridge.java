package dev.pilothouse.cli.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Relays JSON-RPC lines from stdin to the gateway's Streamable HTTP endpoint and writes each reply (a JSON body
 * or the data of SSE events) as one line to stdout. It adds only the bearer token and the session headers: every
 * check stays in the server. An HTTP refusal becomes a JSON-RPC error for the request that caused it.
 */
final class StdioBridge {

    private static final ObjectMapper JSON = Json.COMPACT;

    private final URI endpoint;
    private final String token;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String session;
    private String protocolVersion;

    StdioBridge(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    void run(BufferedReader in, PrintWriter out) throws IOException, InterruptedException {
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                relay(line, out);
                out.flush();
            }
        }
    }

    private void relay(String message, PrintWriter out) throws IOException, InterruptedException {
        JsonNode id = id(message);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(message));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        if (protocolVersion != null) {
            request.header("MCP-Protocol-Version", protocolVersion);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("Mcp-Session-Id").ifPresent(s -> session = s);
        if (response.statusCode() >= 400) {
            if (id != null) {
                out.println(error(id, response.statusCode(), response.body()));
            }
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/event-stream")) {
            response.body()
                    .lines()
                    .filter(l -> l.startsWith("data:"))
                    .map(l -> l.substring(5).strip())
                    .filter(l -> !l.isEmpty())
                    .forEach(l -> emit(l, out));
        } else if (!response.body().isBlank()) {
            emit(response.body().strip(), out);
        }
    }

    private void emit(String json, PrintWriter out) {
        try {
            JsonNode node = JSON.readTree(json);
            JsonNode version = node.path("result").path("protocolVersion");
            if (version.isTextual()) {
                protocolVersion = version.asText();
            }
            out.println(JSON.writeValueAsString(node)); // one message per line, as stdio requires
        } catch (IOException e) {
            throw new IllegalStateException("the gateway sent something that is not JSON: " + e.getMessage(), e);
        }
    }

    private static JsonNode id(String message) {
        try {
            JsonNode id = JSON.readTree(message).get("id");
            return id == null || id.isNull() ? null : id;
        } catch (IOException e) {
            return null; // the server answers malformed JSON itself
        }
    }

    private static String error(JsonNode id, int status, String body) {
        ObjectNode reply = JSON.createObjectNode().put("jsonrpc", "2.0");
        reply.set("id", id);
        reply.putObject("error")
                .put("code", -32001)
                .put("message", "HTTP " + status + " from the gateway: " + body.strip());
        return reply.toString();
    }
}

package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Native replication: status, add and remove peers. */
public final class ClusterApi {

    private final HarperClient client;

    ClusterApi(HarperClient client) {
        this.client = client;
    }

    public ClusterStatus status() {
        JsonNode answer = client.call("cluster_status", Map.of());
        List<ClusterStatus.PeerLink> links = new ArrayList<>();
        for (JsonNode c : answer.path("connections")) {
            List<ClusterStatus.DatabaseSocket> sockets = new ArrayList<>();
            for (JsonNode s : c.path("database_sockets")) {
                sockets.add(new ClusterStatus.DatabaseSocket(
                        s.path("database").asText(),
                        s.path("connected").asBoolean(false),
                        s.path("latency").isNumber() ? s.path("latency").asDouble() : Double.NaN,
                        s.path("lastReceivedStatus").asText("")));
            }
            links.add(new ClusterStatus.PeerLink(
                    c.path("name").asText(),
                    c.path("url").asText(),
                    c.path("replicates").asBoolean(false),
                    sockets));
        }
        return new ClusterStatus(
                answer.path("node_name").asText(),
                answer.path("url").asText(""),
                answer.path("is_enabled").asBoolean(false),
                links);
    }

    /**
     * Adds a peer by {@code wss://host:securePort}. Harper answers 200 even when the link failed, so the message text
     * is checked and a failure becomes {@link ReplicationLinkException}.
     */
    public String addNode(String url, boolean verifyTls, Credentials.Basic authorization) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", url);
        fields.put("verify_tls", verifyTls);
        fields.put("authorization", Map.of("username", authorization.username(), "password", authorization.password()));
        var body = dev.pilothouse.runtime.internal.HttpTransport.JSON
                .createObjectNode()
                .put("operation", "add_node");
        fields.forEach((k, v) -> body.set(k, dev.pilothouse.runtime.internal.HttpTransport.JSON.valueToTree(v)));
        String message =
                client.call(body, Duration.ofSeconds(90)).path("message").asText();
        if (message.contains("but there was an error") || !message.startsWith("Successfully")) {
            throw new ReplicationLinkException(url, message);
        }
        return message;
    }

    /** Removes a peer on this side only (Harper's remove_node is not symmetric: call it on both nodes). */
    public String removeNode(String hostname) {
        return client.call("remove_node", Map.of("hostname", hostname))
                .path("message")
                .asText();
    }
}

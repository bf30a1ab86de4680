package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Component (application) operations of one node. */
public final class ComponentsApi {

    private final HarperClient client;

    ComponentsApi(HarperClient client) {
        this.client = client;
    }

    public List<ComponentStatus> list() {
        List<ComponentStatus> out = new ArrayList<>();
        for (JsonNode entry : client.call("get_components", Map.of()).path("entries")) {
            List<String> files = new ArrayList<>();
            entry.path("entries").forEach(f -> files.add(f.path("name").asText()));
            JsonNode status = entry.path("status");
            double lastLoaded = 0;
            for (JsonNode time : status.path("lastChecked").path("workers")) {
                lastLoaded = Math.max(lastLoaded, time.asDouble());
            }
            out.add(new ComponentStatus(
                    entry.path("name").asText(),
                    status.path("status").asText("unknown"),
                    status.path("message").asText(""),
                    files,
                    lastLoaded));
        }
        return out;
    }

    public Optional<ComponentStatus> find(String project) {
        return list().stream().filter(c -> c.name().equals(project)).findFirst();
    }

    public String getFile(String project, String file) {
        return client.call("get_component_file", Map.of("project", project, "file", file))
                .path("message")
                .asText();
    }

    public JsonNode setFile(String project, String file, String content) {
        return client.call(
                "set_component_file", Map.of("project", project, "file", file, "payload", content, "encoding", "utf8"));
    }

    /** Base64 of a gzip tar of the component directory (entries relative to {@code .}). */
    public String packageComponent(String project) {
        return client.call("package_component", Map.of("project", project))
                .path("payload")
                .asText();
    }

    /**
     * Deploys a base64 tar.gz payload. Harper validates schema and resources before answering (500 with its text on
     * failure) but leaves the broken files in place; {@link dev.pilothouse.runtime.Deployer} handles that.
     */
    public JsonNode deploy(String project, String payloadBase64, boolean restart) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("project", project);
        fields.put("payload", payloadBase64);
        fields.put("restart", restart);
        return client.call("deploy_component", fields);
    }

    /** Drops a component (Harper answers success even for unknown names; its tables stay). */
    public JsonNode drop(String project) {
        return client.call("drop_component", Map.of("project", project));
    }
}

package dev.pilothouse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pilothouse.runtime.internal.JsonLists;
import dev.pilothouse.runtime.internal.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** System, jobs, logs, metrics, users and roles. */
public final class AdminApi {

    private final HarperClient client;

    AdminApi(HarperClient client) {
        this.client = client;
    }

    public JsonNode systemInformation(List<String> attributes) {
        return client.call("system_information", attributes.isEmpty() ? Map.of() : Map.of("attributes", attributes));
    }

    /** Full restart: Harper re-spawns itself detached, so its PID changes (see hdb.pid). */
    public JsonNode restart() {
        return client.call("restart", Map.of());
    }

    /** Restarts a service ("http_workers", "http") and returns the job id to poll. */
    public String restartService(String service) {
        return client.call("restart_service", Map.of("service", service))
                .path("job_id")
                .asText();
    }

    public JsonNode getJob(String id) {
        return client.call("get_job", Map.of("id", id));
    }

    /** Polls a job until COMPLETE or ERROR, at most {@code timeout}. Returns the final job record. */
    public JsonNode awaitJob(String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode job = getJob(id).path(0);
            String status = job.path("status").asText();
            if ("COMPLETE".equals(status)) {
                return job;
            }
            if ("ERROR".equals(status)) {
                throw new OperationFailedException("get_job", 200, "job " + id + " failed: " + job);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new HarperException("job " + id + " still " + status + " after " + timeout);
            }
            Pause.millis(100);
        }
    }

    public List<JsonNode> listMetrics() {
        return JsonLists.elements(client.call("list_metrics", Map.of("metric_types", List.of("custom", "builtin"))));
    }

    public List<JsonNode> getAnalytics(String metric, double startTime) {
        return JsonLists.elements(client.call("get_analytics", Map.of("metric", metric, "start_time", startTime)));
    }

    /** Log entries in ascending order ({@code order: desc} is unreliable on 4.7). */
    public List<JsonNode> readLog(int limit, String level) {
        return JsonLists.elements(client.call(
                "read_log", level == null ? Map.of("limit", limit) : Map.of("limit", limit, "level", level)));
    }

    public List<JsonNode> listUsers() {
        return JsonLists.elements(client.call("list_users", Map.of()));
    }

    public JsonNode addUser(String username, String password, String role) {
        return client.call(
                "add_user", Map.of("username", username, "password", password, "role", role, "active", true));
    }

    public JsonNode dropUser(String username) {
        return client.call("drop_user", Map.of("username", username));
    }

    public List<JsonNode> listRoles() {
        return JsonLists.elements(client.call("list_roles", Map.of()));
    }

    public JsonNode addRole(String role, JsonNode permission) {
        return client.call("add_role", Map.of("role", role, "permission", permission));
    }

    public JsonNode dropRole(String id) {
        return client.call("drop_role", Map.of("id", id));
    }
}

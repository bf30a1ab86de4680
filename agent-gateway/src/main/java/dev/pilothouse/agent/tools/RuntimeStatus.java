package dev.pilothouse.agent.tools;

import static dev.pilothouse.agent.tools.Schemas.bool;
import static dev.pilothouse.agent.tools.Schemas.nullableString;
import static dev.pilothouse.agent.tools.Schemas.output;
import static dev.pilothouse.agent.tools.Schemas.props;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.runtime.ClusterStatus;
import dev.pilothouse.runtime.ComponentStatus;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperException;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** runtime_status: whether the runtime answers, its version, the app component's health and a cluster summary. */
final class RuntimeStatus implements AgentTool {

    private final AgentWorkspace ws;

    RuntimeStatus(AgentWorkspace ws) {
        this.ws = ws;
    }

    @Override
    public McpSchema.Tool definition() {
        Map<String, Object> component = output(
                props(
                        "name",
                        Schemas.string("component"),
                        "status",
                        Schemas.string("healthy, error, loading or unknown"),
                        "message",
                        Schemas.string("Harper's message")),
                "name",
                "status");
        component.put("type", List.of("object", "null"));
        Map<String, Object> cluster = output(props(
                "node",
                Schemas.string("this node's name"),
                "peers",
                Schemas.count("known peers"),
                "connected",
                Schemas.count("peers fully connected")));
        cluster.put("type", List.of("object", "null"));
        return McpSchema.Tool.builder()
                .name("runtime_status")
                .title("Runtime status")
                .description("Health of the Harper runtime this console is attached to: whether it answers, its "
                        + "version, the app component's status and a cluster summary.")
                .inputSchema(Schemas.input(props()))
                .outputSchema(output(
                        props(
                                "attached",
                                bool("a runtime is configured"),
                                "reachable",
                                bool("it answered"),
                                "version",
                                nullableString("Harper version"),
                                "component",
                                component,
                                "cluster",
                                cluster,
                                "problem",
                                nullableString("why not reachable")),
                        "attached",
                        "reachable"))
                .annotations(Annotations.read("Runtime status"))
                .build();
    }

    @Override
    public Scope scope() {
        return Scope.READ;
    }

    @Override
    public Map<String, Object> call(Agent caller, Arguments arguments) {
        Optional<HarperClient> runtime = ws.runtime();
        if (runtime.isEmpty()) {
            return props("attached", false, "reachable", false, "problem", "no runtime attached");
        }
        HarperClient client = runtime.get();
        try {
            Map<String, Object> out = props("attached", true, "reachable", true, "version", client.version());
            Optional<ComponentStatus> component = client.components().find(ws.project());
            out.put(
                    "component",
                    component
                            .<Object>map(c -> props("name", c.name(), "status", c.status(), "message", c.message()))
                            .orElse(null));
            out.put("cluster", cluster(client));
            return out;
        } catch (HarperException e) {
            return props("attached", true, "reachable", false, "problem", e.getMessage());
        }
    }

    private static Object cluster(HarperClient client) {
        try {
            ClusterStatus status = client.cluster().status();
            long connected = status.connections().stream()
                    .filter(ClusterStatus.PeerLink::connected)
                    .count();
            return props(
                    "node", status.nodeName(), "peers", status.connections().size(), "connected", connected);
        } catch (HarperException e) { // a single node without replication has no cluster to describe
            return null;
        }
    }
}

package dev.pilothouse.agent.tools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pilothouse.agent.GatewayAudit;
import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.workspace.Hashing;
import dev.pilothouse.workspace.Json;
import dev.pilothouse.workspace.Refusal;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncListFilter;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link AgentTool}s into MCP tool specifications. Every call: the caller comes from the transport context
 * (set by the auth filter), its scope is checked again here whatever the tool list showed, the tool runs, and one
 * audit entry records agent, tool, argument digest, outcome and duration.
 */
public final class ToolRunner {

    /** The transport-context key holding the authenticated {@link Agent}. */
    public static final String AGENT_KEY = "pilothouse.agent";

    private static final Logger LOG = LoggerFactory.getLogger(ToolRunner.class);
    private static final ObjectMapper JSON = Json.SORTED_KEYS;

    private final List<AgentTool> tools;
    private final GatewayAudit audit;

    public ToolRunner(List<AgentTool> tools, GatewayAudit audit) {
        this.tools = List.copyOf(tools);
        this.audit = audit;
    }

    public List<SyncToolSpecification> specifications() {
        return tools.stream()
                .map(t -> new SyncToolSpecification(
                        t.definition(),
                        (exchange, request) -> call(t, exchange.transportContext(), request.arguments())))
                .toList();
    }

    /** Shows a tool only to callers holding its scope (the SDK 2.1 tool filter). */
    public McpSyncListFilter<McpSchema.Tool> scopeFilter() {
        return (context, tool) ->
                tools.stream().anyMatch(t -> t.name().equals(tool.name()) && visible(caller(context), t));
    }

    /** Whether {@code tool} is listed to {@code agent}: the one rule the tool filter and {@link AgentSurface} use. */
    static boolean visible(Agent agent, AgentTool tool) {
        return agent != null && agent.can(tool.scope());
    }

    McpSchema.CallToolResult call(AgentTool tool, McpTransportContext context, Map<String, Object> arguments) {
        long start = System.nanoTime();
        Agent agent = caller(context);
        String actor = agent == null ? GatewayAudit.UNKNOWN_CALLER : "agent:" + agent.name();
        String outcome = "error";
        String rule = null;
        try {
            if (agent == null || !agent.can(tool.scope())) {
                throw new Refusal(
                        "scope-required",
                        tool.name() + " needs the '" + tool.scope().label() + "' scope, which " + actor
                                + " does not hold");
            }
            Map<String, Object> result = tool.call(agent, new Arguments(arguments));
            outcome = "ok";
            return CallResult.ok(result, text(result));
        } catch (Refusal refusal) {
            outcome = "refused";
            rule = refusal.rule();
            return CallResult.error(refusal.toString());
        } catch (RuntimeException e) {
            LOG.warn("{} failed for {}", tool.name(), actor, e);
            return CallResult.error("error: " + e.getMessage());
        } finally {
            audit.toolCall(
                    actor, tool.name(), digest(arguments), outcome, rule, (System.nanoTime() - start) / 1_000_000);
        }
    }

    static Agent caller(McpTransportContext context) {
        return context != null && context.get(AGENT_KEY) instanceof Agent agent ? agent : null;
    }

    private static String digest(Map<String, Object> arguments) {
        return Hashing.sha256(text(arguments == null ? Map.of() : arguments));
    }

    static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tool result is not JSON: " + e.getMessage(), e);
        }
    }

    /** Builds the MCP result: structured content plus the same JSON as text for clients without structure. */
    static final class CallResult {
        private CallResult() {}

        static McpSchema.CallToolResult ok(Map<String, Object> structured, String text) {
            return McpSchema.CallToolResult.builder()
                    .structuredContent(structured)
                    .addTextContent(text)
                    .isError(false)
                    .build();
        }

        static McpSchema.CallToolResult error(String message) {
            return McpSchema.CallToolResult.builder()
                    .addTextContent(message)
                    .isError(true)
                    .build();
        }
    }
}

package dev.pilothouse.agent.tools;

import dev.pilothouse.agent.auth.Agent;
import dev.pilothouse.agent.auth.Scope;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/**
 * One tool of the gateway. {@link #call} returns the structured result (matching the tool's output schema) or
 * throws {@link dev.pilothouse.workspace.Refusal} naming the rule; {@link ToolRunner} adds scope checks, the audit
 * entry and the MCP result around it.
 */
public interface AgentTool {

    McpSchema.Tool definition();

    /** The scope a caller needs; the tool list is filtered by it and every call checks it again. */
    Scope scope();

    Map<String, Object> call(Agent caller, Arguments arguments);

    default String name() {
        return definition().name();
    }
}

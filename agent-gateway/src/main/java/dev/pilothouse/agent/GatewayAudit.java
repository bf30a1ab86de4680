package dev.pilothouse.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.audit.AuditLog;
import java.nio.file.Path;

/**
 * What the gateway writes to the workspace's hash-chained audit log: refused connections and every tool call.
 * Entries name the agent, never its token; tool arguments are kept as a digest (they may hold whole files).
 */
public final class GatewayAudit {

    /** The actor of a request whose token matched no agent. */
    public static final String UNKNOWN_CALLER = "unauthenticated";

    private final AuditLog log;
    private final Path workspace;

    public GatewayAudit(AuditLog log, Path workspace) {
        this.log = log;
        this.workspace = workspace;
    }

    public void authRefused(String actor, String reason, String remote) {
        log.append(actor, "agent.auth.refused", details().put("reason", reason).put("remote", remote));
    }

    public void rateLimited(String actor, long retryAfterSeconds) {
        log.append(actor, "agent.rate-limited", details().put("retryAfterSeconds", retryAfterSeconds));
    }

    /** A request the MCP transport refused after authentication (bad JSON-RPC, too large, unknown session). */
    public void requestRefused(String actor, int status) {
        log.append(actor, "agent.request.refused", details().put("status", status));
    }

    public void originRefused(String actor, String origin, String host) {
        log.append(actor, "agent.origin.refused", details().put("origin", origin).put("host", host));
    }

    /** One tool call: {@code outcome} is ok, refused (with the rule) or error. */
    public void toolCall(String actor, String tool, String argumentsDigest, String outcome, String rule,
                         long millis) {
        ObjectNode details = details().put("tool", tool).put("argumentsSha256", argumentsDigest)
                .put("outcome", outcome).put("durationMs", millis);
        if (rule != null) {
            details.put("rule", rule);
        }
        log.append(actor, "agent.tool", details);
    }

    private ObjectNode details() {
        return JsonNodeFactory.instance.objectNode().put("workspace", workspace.toString()).put("via", "mcp");
    }
}

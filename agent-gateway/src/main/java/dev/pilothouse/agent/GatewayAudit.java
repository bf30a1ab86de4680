package dev.pilothouse.agent;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.audit.RefusalTally;
import java.nio.file.Path;

/**
 * What the gateway writes to the workspace's hash-chained audit log: refused connections and every tool call.
 * Entries name the agent, never its token; tool arguments are kept as a digest (they may hold whole files).
 * Refusals of callers without a valid token are counted per minute ({@link RefusalTally}): the first of each reason
 * and address is one {@code agent.auth.refused} entry (for at most 5 of them a minute), the rest one
 * {@code agent.auth.refused.summary} entry with the count and at most 20 reason-and-address pairs, so a flood of
 * unauthenticated requests cannot grow the log without bound.
 */
public final class GatewayAudit implements AutoCloseable {

    /** The actor of a request whose token matched no agent. */
    public static final String UNKNOWN_CALLER = "unauthenticated";

    private final AuditLog log;
    private final Path workspace;

    private final RefusalTally unauthenticated;

    public GatewayAudit(AuditLog log, Path workspace) {
        this.log = log;
        this.workspace = workspace;
        this.unauthenticated = RefusalTally.withDefaults(this::unauthenticatedSummary);
    }

    /** A refused token: a known (revoked) agent's is one entry each, an unknown caller's is counted. */
    public void authRefused(String actor, String reason, String remote) {
        if (UNKNOWN_CALLER.equals(actor) && !unauthenticated.refused(reason + " " + remote)) {
            return;
        }
        log.append(actor, "agent.auth.refused", details().put("reason", reason).put("remote", remote));
    }

    private void unauthenticatedSummary(RefusalTally.Summary s) {
        ObjectNode details = details()
                .put("from", s.from().toString())
                .put("to", s.to().toString())
                .put("count", s.count())
                .put("otherNames", s.otherNames());
        ObjectNode names = details.putObject("names");
        new java.util.TreeMap<>(s.names()).forEach(names::put);
        log.append(UNKNOWN_CALLER, "agent.auth.refused.summary", details);
    }

    /** Writes the refusals counted so far. */
    @Override
    public void close() {
        unauthenticated.close();
    }

    public void rateLimited(String actor, long retryAfterSeconds) {
        log.append(actor, "agent.rate-limited", details().put("retryAfterSeconds", retryAfterSeconds));
    }

    /** A request the MCP transport refused after authentication (bad JSON-RPC, too large, unknown session). */
    public void requestRefused(String actor, int status) {
        log.append(actor, "agent.request.refused", details().put("status", status));
    }

    public void originRefused(String actor, String origin, String host) {
        log.append(
                actor, "agent.origin.refused", details().put("origin", origin).put("host", host));
    }

    /** One tool call: {@code outcome} is ok, refused (with the rule) or error. */
    public void toolCall(String actor, String tool, String argumentsDigest, String outcome, String rule, long millis) {
        ObjectNode details = details()
                .put("tool", tool)
                .put("argumentsSha256", argumentsDigest)
                .put("outcome", outcome)
                .put("durationMs", millis);
        if (rule != null) {
            details.put("rule", rule);
        }
        log.append(actor, "agent.tool", details);
    }

    private ObjectNode details() {
        return JsonNodeFactory.instance
                .objectNode()
                .put("workspace", workspace.toString())
                .put("via", "mcp");
    }
}

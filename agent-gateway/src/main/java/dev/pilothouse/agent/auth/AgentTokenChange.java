package dev.pilothouse.agent.auth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.audit.AuditLog;
import dev.pilothouse.workspace.requests.BoundaryChange;
import dev.pilothouse.workspace.requests.Change;
import dev.pilothouse.workspace.requests.ChangeRequest;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A new agent token as a change request. The request carries the token's SHA-256 and scopes, never the token: the
 * admin who asked holds the token, and the gateway accepts it only once the request is applied (at once for a lone
 * admin, flagged; otherwise when a second admin approves). Revoking stays immediate: it only narrows the boundary.
 */
public final class AgentTokenChange implements BoundaryChange {

    public static final String KIND = "agent.token";

    private final AgentRegistry registry;
    private final AuditLog audit;

    public AgentTokenChange(AgentRegistry registry, AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    /** The request for a prepared token ({@link AgentRegistry#prepare}). */
    public static Change change(IssuedToken token) {
        Agent agent = token.agent();
        String scopes = scopes(agent);
        return new Change(
                KIND,
                agent.identity().toString(),
                "token for " + agent.identity() + " with scopes " + scopes,
                agent.identity() + " active, scopes " + scopes + ", token sha256 " + agent.tokenHash(),
                Map.of("agent", agent.name(), "scopes", scopes, "tokenSha256", agent.tokenHash()),
                Optional.empty());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String current(Map<String, String> payload) {
        return registry.active(payload.get("agent"))
                .map(a -> a.identity() + " active, scopes " + scopes(a) + ", token sha256 " + a.tokenHash())
                .orElse("agent:" + payload.get("agent") + " has no active token");
    }

    @Override
    public void apply(ChangeRequest request, Actor by) {
        Map<String, String> p = request.payload();
        registry.register(new Agent(
                p.get("agent"), Scope.parse(p.get("scopes")), p.get("tokenSha256"), Instant.EPOCH, null, null));
        ObjectNode details = JsonNodeFactory.instance
                .objectNode()
                .put("agent", p.get("agent"))
                .put("scopes", p.get("scopes"))
                .put("request", request.id())
                .put("before", request.before())
                .put("after", request.after());
        details.set("proof", by.proof().toJson());
        audit.append(by.toString(), "agent.token.issued", details);
    }

    static String scopes(Agent agent) {
        return agent.scopes().stream().sorted().map(Scope::label).collect(Collectors.joining(","));
    }
}

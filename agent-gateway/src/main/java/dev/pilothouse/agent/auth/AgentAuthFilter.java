package dev.pilothouse.agent.auth;

import dev.pilothouse.agent.GatewayAudit;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stands in front of the MCP servlet: a request without a known, unrevoked bearer token gets 401 and an audit
 * entry; an agent over its rate gets 429 with Retry-After; a {@code tools/call} naming a tool the gateway does not
 * have is refused and audited here ({@link UnknownToolCall}), since the SDK would refuse it without a trace. The
 * authenticated {@link Agent} travels on as the request attribute {@link #AGENT}, from which the transport context
 * is built.
 */
public final class AgentAuthFilter implements Filter {

    public static final String AGENT = "dev.pilothouse.agent";

    private final AgentRegistry registry;
    private final RateLimiter limiter;
    private final GatewayAudit audit;
    private final Set<String> toolNames;
    private final int maxRequestBytes;
    private final ServerTransportSecurityValidator headers;
    /** Agents inside a burst of refusals: only the first 429 of a burst is audited, so a flood cannot flood the log. */
    private final java.util.Set<String> limited = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public AgentAuthFilter(
            AgentRegistry registry,
            RateLimiter limiter,
            GatewayAudit audit,
            Set<String> toolNames,
            int maxRequestBytes,
            ServerTransportSecurityValidator headers) {
        this.registry = registry;
        this.limiter = limiter;
        this.audit = audit;
        this.toolNames = Set.copyOf(toolNames);
        this.maxRequestBytes = maxRequestBytes;
        this.headers = headers;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Optional<String> token = bearer(request);
        Optional<Agent> agent = token.flatMap(registry::lookup);
        if (agent.isEmpty() || agent.get().revokedAlready()) {
            String reason = token.isEmpty() ? "missing-token" : agent.isEmpty() ? "unknown-token" : "revoked-token";
            String actor = agent.map(a -> "agent:" + a.name()).orElse(GatewayAudit.UNKNOWN_CALLER);
            audit.authRefused(actor, reason, request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Bearer realm=\"pilothouse\", error=\"invalid_token\"");
            refuse(
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    reason.replace('-', ' ') + ": ask a human for a token ('pilothouse agents add NAME')");
            return;
        }
        Agent caller = agent.get();
        Optional<Duration> wait = limiter.acquire(caller.name());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            if (limited.add(caller.name())) {
                audit.rateLimited("agent:" + caller.name(), seconds);
            }
            response.setHeader("Retry-After", Long.toString(seconds));
            refuse(response, 429, "rate limit: retry after " + seconds + " s");
            return;
        }
        limited.remove(caller.name());
        registry.touch(caller);
        request.setAttribute(AGENT, caller);
        // a foreign Origin or Host is left to the transport (403, audited below) before anything reads the body
        if ("POST".equals(request.getMethod()) && headersAccepted(request)) {
            BufferedBody body = BufferedBody.read(request, maxRequestBytes);
            Optional<UnknownToolCall> unknown = UnknownToolCall.find(body.bytes(), toolNames);
            if (unknown.isPresent()) {
                audit.toolCall(
                        "agent:" + caller.name(),
                        unknown.get().name(),
                        unknown.get().argumentsSha256(),
                        "refused",
                        UnknownToolCall.RULE,
                        0);
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("application/json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(unknown.get().errorResponse());
                return;
            }
            request = body;
        }
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_FORBIDDEN) { // the transport refused Origin or Host
            audit.originRefused(
                    "agent:" + caller.name(),
                    String.valueOf(request.getHeader("Origin")),
                    String.valueOf(request.getHeader("Host")));
        } else if (status >= 400 && status < 500) { // malformed JSON-RPC, oversized body, unknown session
            audit.requestRefused("agent:" + caller.name(), status);
        }
    }

    private boolean headersAccepted(HttpServletRequest request) {
        Map<String, List<String>> all = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            all.put(name, Collections.list(request.getHeaders(name)));
        }
        try {
            headers.validateHeaders(all);
            return true;
        } catch (ServerTransportSecurityException refused) {
            return false;
        }
    }

    /** Tokens only in the Authorization header, never in the query string (MCP authorization rules). */
    static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String json = "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.getWriter().write(json);
    }
}

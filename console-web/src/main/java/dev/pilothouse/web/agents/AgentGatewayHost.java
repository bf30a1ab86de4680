package dev.pilothouse.web.agents;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.Gateway;
import dev.pilothouse.agent.GatewaySettings;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.web.review.GovernedWorkspace;
import dev.pilothouse.web.runtime.HarperConnection;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The agent gateway (MCP over Streamable HTTP) in the console's own process, at {@link Gateway#ENDPOINT}: the same
 * servlet and bearer-token filter {@code pilothouse serve} hosts, over the console's governed workspace. Without a
 * governed workspace there is nothing to propose to, and the endpoint answers 404 saying so.
 */
public final class AgentGatewayHost implements AutoCloseable {

    private final Optional<AgentWorkspace> workspace;
    private final Optional<Gateway> gateway;

    public AgentGatewayHost(
            GovernedWorkspace governed,
            HarperConnection harper,
            AgentRegistry registry,
            String project,
            GatewaySettings settings) {
        // a plain client: the first tool call attaches, so the console starts while Harper is down
        Optional<HarperClient> client = harper.endpoint().map(HarperClient::new);
        workspace = governed.governance().map(g -> new AgentWorkspace(g, client, project));
        gateway = workspace.map(ws -> Gateway.create(ws, registry, settings));
    }

    /** What {@code agent} sees through this console's gateway; empty without a governed workspace. */
    public Optional<dev.pilothouse.agent.tools.AgentSurface> surface(dev.pilothouse.agent.auth.Agent agent) {
        return workspace.map(ws -> dev.pilothouse.agent.tools.AgentSurface.of(ws, agent));
    }

    public HttpServlet servlet() {
        return gateway.<HttpServlet>map(Gateway::servlet).orElseGet(NotGoverned::new);
    }

    /** Bearer tokens only; without a gateway every request goes through to the 404 servlet. */
    public Filter filter() {
        return gateway.map(Gateway::filter).orElse((request, response, chain) -> chain.doFilter(request, response));
    }

    public boolean hosted() {
        return gateway.isPresent();
    }

    @Override
    public void close() {
        gateway.ifPresent(Gateway::close);
        workspace.ifPresent(AgentWorkspace::close);
    }

    private static final class NotGoverned extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(
                    404,
                    "no agent gateway: the console's workspace is not under governance"
                            + " (create one with 'pilothouse init')");
        }
    }
}

package dev.pilothouse.desktop.service;

import dev.pilothouse.agent.AgentWorkspace;
import dev.pilothouse.agent.Gateway;
import dev.pilothouse.agent.GatewaySettings;
import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.host.EmbeddedHost;
import dev.pilothouse.desktop.viewmodel.GatewayPort;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.workspace.Governance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The MCP agent gateway on 127.0.0.1 while the desktop runs, as {@code pilothouse serve} hosts it (agent-gateway's
 * {@link EmbeddedHost}, tokens from the console home's registry). Another workspace or runtime restarts it on the
 * same port, so agents keep their URL.
 */
public final class AgentGatewayHost implements GatewayPort {

    static final String ADDRESS = "127.0.0.1";

    private final WorkspaceGovernance governance;
    private final int firstPort;
    private final List<AutoCloseable> running = new ArrayList<>();
    private int port;

    /** {@code port} 0 picks a free one the first time. */
    public AgentGatewayHost(WorkspaceGovernance governance, int port) {
        this.governance = governance;
        this.firstPort = port;
        this.port = port;
    }

    @Override
    public synchronized URI host(Path workspace, RuntimePort.Connection connection, String project) {
        close();
        Governance g = governance.open(workspace, connection, project);
        AgentWorkspace ws =
                new AgentWorkspace(g, Optional.ofNullable(connection).map(RuntimePort.Connection::client), project);
        Gateway gateway =
                Gateway.create(ws, new AgentRegistry(governance.home(), Clock.systemUTC()), GatewaySettings.LOOPBACK);
        try {
            Path work = Files.createDirectories(
                    governance.home().workspaceState(workspace).resolve("gateway-host"));
            EmbeddedHost host = EmbeddedHost.start(gateway, ADDRESS, port, work);
            port = host.port();
            running.addAll(List.of(host, gateway, ws, g)); // closed in this order
            return host.endpoint();
        } catch (IOException | RuntimeException e) {
            gateway.close();
            ws.close();
            g.close();
            port = firstPort;
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public synchronized void close() {
        RuntimeException first = null;
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception e) {
                if (first == null) {
                    first = new IllegalStateException("could not stop the agent gateway cleanly: " + e.getMessage(), e);
                }
            }
        }
        running.clear();
        if (first != null) {
            throw first;
        }
    }
}

package dev.pilothouse.desktop.viewmodel;

import java.net.URI;
import java.nio.file.Path;

/** Hosts the MCP agent gateway for the open workspace while the desktop runs (loopback only). */
public interface GatewayPort extends AutoCloseable {

    /** Starts, or restarts for another workspace or runtime, and returns the endpoint agents connect to. */
    URI host(Path workspace, RuntimePort.Connection connection, String project);

    /** Stops it; nothing when it does not run. */
    @Override
    void close();

    GatewayPort NONE = new GatewayPort() {
        @Override
        public URI host(Path workspace, RuntimePort.Connection connection, String project) {
            throw new IllegalStateException("no agent gateway in this console");
        }

        @Override
        public void close() {}
    };
}

package dev.pilothouse.web;

import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.HomeLocation;
import dev.pilothouse.workspace.AppName;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How one web console process runs.
 *
 * @param port      HTTP port (0 picks a free one)
 * @param workspace folder holding the app's schema.graphql, config.yaml and resources.js
 * @param home      Pilothouse's per-user folder ($PILOTHOUSE_HOME, default ~/.pilothouse): users and audit live
 *                  here, never in the workspace repository
 * @param harper    the Harper to show live data from, when there is one
 * @param network   the address, TLS and proxy settings it listens with
 */
public record WebOptions(int port, Path workspace, Path home, Optional<HarperEndpoint> harper, WebNetwork network) {

    public WebOptions {
        workspace = workspace.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
    }

    /** Loopback over plain HTTP. */
    public WebOptions(int port, Path workspace, Path home, Optional<HarperEndpoint> harper) {
        this(port, workspace, home, harper, WebNetwork.local());
    }

    /** The Harper component this console deploys to and its gateway serves: {@link AppName} of the workspace. */
    public String component() {
        return AppName.of(workspace);
    }

    /** $PILOTHOUSE_HOME, or ~/.pilothouse. */
    public static Path defaultHome() {
        return HomeLocation.of(System.getenv());
    }
}

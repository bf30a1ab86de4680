package dev.pilothouse.cli.plugins;

import dev.pilothouse.plugin.host.PluginHost;
import dev.pilothouse.plugin.host.WorkspacePlugins;
import dev.pilothouse.workspace.PilothouseHome;
import java.nio.file.Path;

/**
 * The command line's plugins: {@link WorkspacePlugins} under the console home ({@code pilothouse.home} property,
 * else {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse}); each plugin call may take
 * {@code pilothouse.plugin.timeout} ms (default 10 000).
 */
public final class PluginSupport implements AutoCloseable {

    private final WorkspacePlugins plugins;

    private PluginSupport(WorkspacePlugins plugins) {
        this.plugins = plugins;
    }

    /** Opens the plugins for {@code workspace}; a malformed plugins.yaml throws, naming the file. */
    public static PluginSupport open(Path workspace) {
        return new PluginSupport(WorkspacePlugins.open(home().root(), workspace, WorkspacePlugins.configuredTimeout()));
    }

    public PluginHost host() {
        return plugins.host();
    }

    static PilothouseHome home() {
        return dev.pilothouse.cli.home.ConsoleHome.current();
    }

    @Override
    public void close() {
        plugins.close();
    }
}

package dev.pilothouse.desktop.service;

import dev.pilothouse.plugin.api.ProposalValidator;
import dev.pilothouse.plugin.host.PluginHost;
import dev.pilothouse.plugin.host.WorkspacePlugins;
import java.nio.file.Path;
import java.util.List;

/**
 * The open workspace's plugins, loaded as the command line loads them ({@link WorkspacePlugins}). Opening another
 * workspace closes the previous plugins. Thread-safe: editors' analysis, governance and the plugins view read it
 * from their own threads.
 */
public final class DesktopPlugins implements AutoCloseable {

    private final Path homeRoot;
    private WorkspacePlugins current;

    public DesktopPlugins(Path homeRoot) {
        this.homeRoot = homeRoot;
    }

    /** Loads the plugins of {@code workspace}, unless they are the ones loaded already. */
    public synchronized void open(Path workspace) {
        Path dir = workspace.toAbsolutePath().normalize();
        if (current != null && current.workspace().equals(dir)) {
            return;
        }
        WorkspacePlugins next = WorkspacePlugins.open(homeRoot, dir, WorkspacePlugins.configuredTimeout());
        if (current != null) {
            current.close();
        }
        current = next;
    }

    /** The loaded host, or null before a workspace was opened. */
    public synchronized PluginHost host() {
        return current == null ? null : current.host();
    }

    /** The plugin validators for governance of {@code workspace} (loading its plugins when another one is open). */
    public synchronized List<ProposalValidator> validators(Path workspace) {
        open(workspace);
        return current.host().proposalValidators();
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}

package dev.pilothouse.plugin.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The plugins of one workspace, as every console and the command line load them: bundled plugins, then
 * {@code <console home>/plugins}, then those jars of the workspace's {@code .pilothouse/plugins} whose SHA-256 the
 * console home's {@code plugin-trust.json} allow-lists (the others are refused); settings from the workspace's
 * {@code .pilothouse/plugins.yaml}. Owns its host and the host's daemon threads.
 */
public final class WorkspacePlugins implements AutoCloseable {

    private static final int THREADS = 4;

    private final Path workspace;
    private final ExecutorService executor;
    private final PluginHost host;

    private WorkspacePlugins(Path workspace, ExecutorService executor, PluginHost host) {
        this.workspace = workspace;
        this.executor = executor;
        this.host = host;
    }

    /** Opens the plugins for {@code workspace}; a malformed plugins.yaml throws, naming the file. */
    public static WorkspacePlugins open(Path homeRoot, Path workspace, Duration timeout) {
        Path dir = workspace.toAbsolutePath().normalize();
        PluginSettings settings = PluginSettings.read(dir.resolve(".pilothouse").resolve("plugins.yaml"));
        ExecutorService executor = PluginHost.daemonExecutor(THREADS);
        // the workspace folder is writable by anyone who can write the workspace (an agent's process, a clone of
        // someone else's repository), so its jars load only when the console home's allow-list names their hash
        PluginHost host = PluginHost.open(
                List.of(homeRoot.resolve("plugins")),
                List.of(dir.resolve(".pilothouse").resolve("plugins")),
                PluginTrust.in(homeRoot),
                settings,
                executor,
                timeout);
        return new WorkspacePlugins(dir, executor, host);
    }

    /**
     * The time one plugin call may take: system property {@code pilothouse.plugin.timeout} in ms, default 10 s.
     */
    public static Duration configuredTimeout() {
        String configured = System.getProperty("pilothouse.plugin.timeout");
        if (configured == null) {
            return Duration.ofSeconds(10);
        }
        try {
            return Duration.ofMillis(Long.parseLong(configured.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "pilothouse.plugin.timeout must be milliseconds, not '" + configured + "'", e);
        }
    }

    public Path workspace() {
        return workspace;
    }

    public PluginHost host() {
        return host;
    }

    @Override
    public void close() {
        host.close();
        executor.shutdownNow(); // daemon threads: a plugin stuck past its timeout cannot keep the JVM alive
    }
}

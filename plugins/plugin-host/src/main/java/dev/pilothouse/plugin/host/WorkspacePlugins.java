package dev.pilothouse.plugin.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The plugins of one workspace, as every console and the command line load them: bundled plugins, then
 * {@code <console home>/plugins}, then the workspace's {@code .pilothouse/plugins}; settings from the workspace's
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
        List<Path> folders = List.of(homeRoot.resolve("plugins"), dir.resolve(".pilothouse").resolve("plugins"));
        return new WorkspacePlugins(dir, executor, PluginHost.open(folders, settings, executor, timeout));
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
            throw new IllegalArgumentException("pilothouse.plugin.timeout must be milliseconds, not '" + configured
                    + "'", e);
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

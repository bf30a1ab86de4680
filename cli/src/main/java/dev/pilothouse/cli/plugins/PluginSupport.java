package dev.pilothouse.cli.plugins;

import dev.pilothouse.plugin.host.PluginHost;
import dev.pilothouse.plugin.host.PluginSettings;
import dev.pilothouse.workspace.PilothouseHome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The command line's plugin host: bundled plugins, then {@code $PILOTHOUSE_HOME/plugins} (or the
 * {@code pilothouse.home} property's), then the workspace's {@code .pilothouse/plugins}; settings from the
 * workspace's {@code .pilothouse/plugins.yaml}. Each plugin call may take {@code pilothouse.plugin.timeout} ms
 * (default 10 000).
 */
public final class PluginSupport implements AutoCloseable {

    private static final int THREADS = 4;

    private final ExecutorService executor;
    private final PluginHost host;

    private PluginSupport(ExecutorService executor, PluginHost host) {
        this.executor = executor;
        this.host = host;
    }

    /** Opens the host for {@code workspace}; a malformed plugins.yaml throws, naming the file. */
    public static PluginSupport open(Path workspace) {
        Path dir = workspace.toAbsolutePath().normalize();
        PluginSettings settings = PluginSettings.read(dir.resolve(".pilothouse").resolve("plugins.yaml"));
        ExecutorService executor = PluginHost.daemonExecutor(THREADS);
        List<Path> folders = List.of(home().root().resolve("plugins"), dir.resolve(".pilothouse").resolve("plugins"));
        return new PluginSupport(executor, PluginHost.open(folders, settings, executor, timeout()));
    }

    public PluginHost host() {
        return host;
    }

    static PilothouseHome home() {
        String override = System.getProperty("pilothouse.home");
        return override != null ? new PilothouseHome(Path.of(override))
                : PilothouseHome.fromEnvironment(System.getenv());
    }

    private static Duration timeout() {
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

    @Override
    public void close() {
        host.close();
        executor.shutdownNow(); // daemon threads: a plugin stuck past its timeout cannot keep the JVM alive
    }
}

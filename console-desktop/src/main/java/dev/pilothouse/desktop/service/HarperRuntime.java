package dev.pilothouse.desktop.service;

import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.ComponentStatus;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.RuntimeSetupException;
import dev.pilothouse.runtime.StartOptions;
import dev.pilothouse.workspace.LocalRuntimeFolder;
import dev.pilothouse.workspace.PilothouseHome;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RuntimePort} over runtime-bridge: the workspace's local runtime, or an attached Harper. The local runtime's
 * folder is chosen when it starts, as every entry point chooses it ({@link LocalRuntimeFolder}).
 */
public final class HarperRuntime implements RuntimePort {

    private static final Logger LOG = LoggerFactory.getLogger(HarperRuntime.class);

    private final PilothouseHome home;
    private final Path workspace;
    private final Path runtimeDir;
    private final HarperInstaller installer;
    private LocalRuntime local;

    /** {@code runtimeDir} null: the workspace's default folder under the home. */
    public HarperRuntime(PilothouseHome home, Path workspace, Path runtimeDir, HarperInstaller installer) {
        this.home = home;
        this.workspace = workspace;
        this.runtimeDir = runtimeDir;
        this.installer = installer;
    }

    /** The folder a local start uses; refused inside the workspace. Tells once about an old in-workspace one. */
    LocalRuntimeFolder folder(Consumer<String> progress) {
        LocalRuntimeFolder folder = LocalRuntimeFolder.choose(home, workspace, runtimeDir);
        folder.notice().ifPresent(notice -> {
            LOG.warn(notice);
            progress.accept(notice);
        });
        return folder;
    }

    @Override
    public Connection startLocal(boolean acceptTerms, Consumer<String> progress) {
        LocalRuntimeFolder folder = folder(progress);
        progress.accept("Checking Harper " + HarperInstaller.HARPER_VERSION + " in " + installer.cacheDir());
        installer.ensureInstalled(progress::accept);
        LocalRuntime runtime = folder.open(installer);
        List<RuntimeNode> nodes;
        try {
            progress.accept("Starting Harper in " + folder.dir());
            nodes = runtime.start(new StartOptions(
                    1, acceptTerms, StartOptions.Ports.HARPER_DEFAULTS, Duration.ofSeconds(120), progress::accept));
        } catch (RuntimeSetupException e) {
            if (!acceptTerms && e.getMessage() != null && e.getMessage().contains("terms")) {
                throw new TermsNotAccepted(e.getMessage());
            }
            throw e;
        }
        local = runtime;
        RuntimeNode node = nodes.get(0);
        HarperClient client = runtime.client(node);
        return new Connection(
                "local", node.name() + " " + node.host(), client.version(), runtime.endpoint(node), client);
    }

    @Override
    public Connection attach(URI operationsUrl, Credentials credentials, Consumer<String> progress) {
        progress.accept("Attaching to " + operationsUrl);
        HarperEndpoint endpoint = Attach.endpoint(operationsUrl, null, credentials);
        HarperClient client = Attach.attach(endpoint);
        return new Connection("attached", operationsUrl.getHost(), client.version(), endpoint, client);
    }

    @Override
    public Deployer deployer(Connection connection) {
        return local != null && "local".equals(connection.mode())
                ? local.deployer(local.nodes().get(0))
                : new Deployer(connection.client());
    }

    @Override
    public String health(Connection connection, String project) {
        Optional<ComponentStatus> status = connection.client().components().find(project);
        if (status.isEmpty()) {
            return "not deployed";
        }
        ComponentStatus s = status.get();
        return s.healthy() ? "healthy" : s.status() + (s.message() == null ? "" : ": " + s.message());
    }

    @Override
    public void stop(Connection connection) {
        if (local != null && "local".equals(connection.mode())) {
            local.stop();
        }
    }
}

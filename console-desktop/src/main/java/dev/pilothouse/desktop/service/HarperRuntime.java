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
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link RuntimePort} over runtime-bridge: a local runtime folder, or an attached Harper. */
public final class HarperRuntime implements RuntimePort {

    private final Path runtimeDir;
    private final HarperInstaller installer;
    private LocalRuntime local;

    public HarperRuntime(Path runtimeDir, HarperInstaller installer) {
        this.runtimeDir = runtimeDir;
        this.installer = installer;
    }

    @Override
    public Connection startLocal(boolean acceptTerms, Consumer<String> progress) {
        progress.accept("Checking Harper " + HarperInstaller.HARPER_VERSION + " in " + installer.cacheDir());
        installer.ensureInstalled(progress::accept);
        LocalRuntime runtime = new LocalRuntime(runtimeDir, installer);
        List<RuntimeNode> nodes;
        try {
            progress.accept("Starting Harper in " + runtimeDir);
            nodes = runtime.start(new StartOptions(1, acceptTerms, StartOptions.Ports.HARPER_DEFAULTS,
                    Duration.ofSeconds(120), progress::accept));
        } catch (RuntimeSetupException e) {
            if (!acceptTerms && e.getMessage() != null && e.getMessage().contains("terms")) {
                throw new TermsNotAccepted(e.getMessage());
            }
            throw e;
        }
        local = runtime;
        RuntimeNode node = nodes.get(0);
        HarperClient client = runtime.client(node);
        return new Connection("local", node.name() + " " + node.host(), client.version(), runtime.endpoint(node), client);
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
        return local != null && "local".equals(connection.mode()) ? local.deployer(local.nodes().get(0))
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

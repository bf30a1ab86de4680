package dev.pilothouse.workspace.shadow;

import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The separate local Harper that validation deploys proposals into before they reach the target. It lives in the
 * console's home (never in the workspace repository, where its data would count as uncommitted changes), is started
 * on first use and kept for the rest of the process, which stops it on exit. It never installs Harper: without a
 * local installation it reports why it cannot run.
 */
public final class ShadowHarper {

    private final LocalRuntime runtime;
    private final HarperInstaller installer;
    private final boolean acceptTerms;
    private RuntimeNode node;
    private boolean stopOnExit;

    public ShadowHarper(Path dir, HarperInstaller installer, boolean acceptTerms) {
        this.runtime = new LocalRuntime(dir, installer);
        this.installer = installer;
        this.acceptTerms = acceptTerms;
    }

    public Path dir() {
        return runtime.dir();
    }

    /** Why the shadow cannot start here, when it cannot. */
    public Optional<String> unavailable() {
        return installer.isInstalled() ? Optional.empty() : Optional.of("no local Harper "
                + HarperInstaller.HARPER_VERSION + " installation in " + installer.cacheDir()
                + " (start a local runtime once to install it)");
    }

    /** The running shadow node, started when needed; throws with Harper's reason when it cannot start. */
    public synchronized RuntimeNode start() {
        if (node == null || runtime.nodes().stream().noneMatch(n -> n.pid() != 0)) {
            node = runtime.start(new StartOptions(1, acceptTerms, StartOptions.Ports.ANY, Duration.ofSeconds(120),
                    null)).get(0);
            if (!stopOnExit) {
                stopOnExit = true;
                Runtime.getRuntime().addShutdownHook(new Thread(runtime::stop, "stop-shadow-harper"));
            }
        }
        return node;
    }

    public HarperClient client() {
        return runtime.client(start());
    }

    public Deployer deployer() {
        return runtime.deployer(start());
    }

    /** Stops the shadow now (tests, or a console that wants its memory back). */
    public synchronized void stop() {
        runtime.stop();
        node = null;
    }
}

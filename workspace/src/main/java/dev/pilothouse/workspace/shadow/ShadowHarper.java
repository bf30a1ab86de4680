package dev.pilothouse.workspace.shadow;

import dev.pilothouse.runtime.ConfinedRuntime;
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
 * console's home (never in the workspace repository), is started on first use and stopped when the process exits.
 * Where a sandbox can be built it runs {@link ConfinedRuntime confined}, and every proposal runs there; a confined
 * shadow that ran a proposal's code is started afresh before the next one, so one proposal cannot shape another's
 * evidence. Without a sandbox it runs as a plain local Harper, which {@link ShadowCheck} uses only for code a human
 * already approved or a reviewer explicitly chose to run. It never installs Harper.
 */
public final class ShadowHarper {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path dir;
    private final HarperInstaller installer;
    private final boolean acceptTerms;
    private final ConfinedRuntime confined;
    private final LocalRuntime unconfined;
    private final Optional<String> noSandbox;
    private RuntimeNode node;
    private boolean confinedNode;
    private boolean ranCode;
    private boolean stopOnExit;

    public ShadowHarper(Path dir, HarperInstaller installer, boolean acceptTerms) {
        this(dir, installer, acceptTerms, ConfinedRuntime.unavailable());
    }

    /** {@code noSandbox}: why no sandbox can be built here (empty when one can); tests pass it to try both ways. */
    public ShadowHarper(Path dir, HarperInstaller installer, boolean acceptTerms, Optional<String> noSandbox) {
        this.dir = dir;
        this.installer = installer;
        this.acceptTerms = acceptTerms;
        this.confined = new ConfinedRuntime(dir, installer); // shares the record of Harper's terms
        this.unconfined = new LocalRuntime(dir, installer, dir); // dir is under $PILOTHOUSE_HOME already
        this.noSandbox = noSandbox;
    }

    public Path dir() {
        return dir;
    }

    /** Why the shadow cannot start here, when it cannot. */
    public Optional<String> unavailable() {
        return installer.isInstalled()
                ? Optional.empty()
                : Optional.of("no local Harper "
                        + HarperInstaller.HARPER_VERSION + " installation in " + installer.cacheDir()
                        + " (start a local runtime once to install it)");
    }

    public boolean termsAccepted() {
        return acceptTerms || confined.termsAccepted();
    }

    /** Records that an admin accepted Harper's terms for the shadow (both consoles and the CLI offer it). */
    public void acceptTerms() {
        confined.acceptTerms();
    }

    /** Why proposals cannot run confined here, when they cannot. */
    public Optional<String> confinementUnavailable() {
        return noSandbox;
    }

    public boolean confinable() {
        return noSandbox.isEmpty();
    }

    /**
     * The shadow for one validation run: confined when a sandbox can be built, else unconfined, and started afresh
     * when an earlier run put code in it. {@code willRunCode} says this run deploys code no human approved; for an
     * unconfined shadow the caller passes it only with a reviewer's explicit consent.
     */
    public synchronized HarperClient begin(boolean willRunCode) {
        start(ranCode);
        ranCode = willRunCode;
        return client();
    }

    /** The running shadow as it is (started when it is not running), e.g. to read what a run left in it. */
    public synchronized HarperClient client() {
        if (node == null) {
            start(false);
        }
        return confinedNode ? confined.client() : unconfined.client(node);
    }

    public synchronized Deployer deployer() {
        if (node == null) {
            throw new IllegalStateException("the shadow is not running: call client() first");
        }
        return confinedNode ? confined.deployer() : unconfined.deployer(node);
    }

    /** Whether the shadow now running is confined. */
    public synchronized boolean confinedNow() {
        return node != null && confinedNode;
    }

    private void start(boolean fresh) {
        if (confinable()) {
            if (fresh || node == null || !confined.running()) {
                node = confined.start(acceptTerms, START_TIMEOUT);
                confinedNode = true;
            }
        } else if (fresh || node == null || unconfined.nodes().stream().noneMatch(n -> n.pid() != 0)) {
            if (fresh) {
                unconfined.stop();
            }
            node = unconfined
                    .start(new StartOptions(1, acceptTerms, StartOptions.Ports.ANY, START_TIMEOUT, null))
                    .get(0);
            confinedNode = false;
        }
        if (!stopOnExit) {
            stopOnExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-shadow-harper"));
        }
    }

    /** Stops the shadow now (tests, or a console that wants its memory back). */
    public synchronized void stop() {
        confined.stop();
        unconfined.stop();
        node = null;
    }
}

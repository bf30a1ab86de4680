package dev.pilothouse.desktop.service;

import dev.pilothouse.desktop.viewmodel.ReviewPort;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ReviewPort} over the workspace kit: the console home, the desktop user (the human registered for the OS
 * account the console runs as, never a configured name), and the connected runtime.
 */
public final class WorkspaceGovernance implements ReviewPort {

    static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);

    private final PilothouseHome home;
    private final HumanRegistry humans;
    private final RuntimePort runtime;
    private final DesktopPlugins plugins;

    public WorkspaceGovernance(PilothouseHome home, HumanRegistry humans, RuntimePort runtime) {
        this(home, humans, runtime, new DesktopPlugins(home.root()));
    }

    /** With the plugins whose proposal validators join every validation. */
    public WorkspaceGovernance(PilothouseHome home, HumanRegistry humans, RuntimePort runtime,
                               DesktopPlugins plugins) {
        this.home = home;
        this.humans = humans;
        this.runtime = runtime;
        this.plugins = plugins;
    }

    /**
     * The console home ({@code pilothouse.home} property, else {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse})
     * and its registry of humans, over this process's real OS account. No variable or property names the user.
     */
    public static WorkspaceGovernance fromEnvironment(Map<String, String> env, RuntimePort runtime) {
        String homeOverride = System.getProperty("pilothouse.home");
        PilothouseHome home = homeOverride != null ? new PilothouseHome(Path.of(homeOverride))
                : PilothouseHome.fromEnvironment(env);
        return new WorkspaceGovernance(home, HumanRegistry.forCurrentAccount(home), runtime);
    }

    public PilothouseHome home() {
        return home;
    }

    public DesktopPlugins plugins() {
        return plugins;
    }

    @Override
    public Governance open(Path workspace, RuntimePort.Connection connection, String project) {
        if (!Files.isDirectory(workspace.resolve(".git"))) {
            throw new Refusal("governed-workspace", workspace + " is not a governed workspace (no Git repository);"
                    + " create one with 'pilothouse init DIR --from " + workspace + "'");
        }
        Optional<RuntimeTarget> target = Optional.ofNullable(connection).map(c -> new HarperTarget(c.client(),
                runtime.deployer(c), project, DEPLOY_TIMEOUT));
        return Governance.open(workspace, home, target, plugins.validators(workspace));
    }

    /** Refused (and audited) when this OS account is not registered: the message says to run humans add. */
    @Override
    public Actor user() {
        return humans.prove(Optional.empty(), "desktop.action", Role.APPROVER);
    }
}

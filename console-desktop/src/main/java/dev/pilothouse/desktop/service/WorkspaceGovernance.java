package dev.pilothouse.desktop.service;

import dev.pilothouse.desktop.viewmodel.ProtectionPort;
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
import dev.pilothouse.workspace.policy.Clearance;
import dev.pilothouse.workspace.policy.ProtectedData;
import dev.pilothouse.workspace.policy.RecordMask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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
    public WorkspaceGovernance(PilothouseHome home, HumanRegistry humans, RuntimePort runtime, DesktopPlugins plugins) {
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
        return of(home(env), runtime);
    }

    /** The governance of {@code home}, over this process's real OS account. */
    public static WorkspaceGovernance of(PilothouseHome home, RuntimePort runtime) {
        return new WorkspaceGovernance(home, HumanRegistry.forCurrentAccount(home), runtime);
    }

    /** The {@code pilothouse.home} property, else {@code $PILOTHOUSE_HOME} in {@code env}, else ~/.pilothouse. */
    public static PilothouseHome home(Map<String, String> env) {
        String homeOverride = System.getProperty("pilothouse.home");
        return homeOverride != null ? new PilothouseHome(Path.of(homeOverride)) : PilothouseHome.fromEnvironment(env);
    }

    public PilothouseHome home() {
        return home;
    }

    /** The console home's boundary: change requests and agents, for the same OS account's human. */
    public DesktopBoundary boundary() {
        return new DesktopBoundary(home, humans);
    }

    public DesktopPlugins plugins() {
        return plugins;
    }

    @Override
    public Governance open(Path workspace, RuntimePort.Connection connection, String project) {
        if (!Files.isDirectory(workspace.resolve(".git"))) {
            throw new Refusal(
                    "governed-workspace",
                    workspace + " is not a governed workspace (no Git repository);"
                            + " create one with 'pilothouse init DIR --from " + workspace + "'");
        }
        Optional<RuntimeTarget> target = Optional.ofNullable(connection)
                .map(c -> new HarperTarget(c.client(), runtime.deployer(c), project, DEPLOY_TIMEOUT));
        return Governance.at(workspace, home)
                .runtime(target)
                .validators(plugins.validators(workspace))
                .open();
    }

    /**
     * The masks of the data browser and live view: this home's policy, the open workspace's schemas (none open: the
     * policy's names only), and the clearance of the human registered for this OS account (none registered: none).
     * Read afresh on every call, so a protection or a role change holds from the next table or stream opened.
     */
    public ProtectionPort protection(Supplier<Path> workspace) {
        return new ProtectionPort() {
            @Override
            public RecordMask table(String database, String table) {
                return ProtectedData.load(home, workspace.get()).mask(database, table, cleared());
            }

            @Override
            public RecordMask path(String path) {
                return ProtectedData.load(home, workspace.get()).maskForPath(path, cleared());
            }
        };
    }

    private boolean cleared() {
        return humans.byAccount(humans.currentAccount().uid())
                .map(h ->
                        Clearance.ofRoleNames(h.roles().stream().map(Role::name).toList()))
                .orElse(false);
    }

    /** Refused (and audited) when this OS account is not registered: the message says to run humans add. */
    @Override
    public Actor user() {
        return humans.prove(Optional.empty(), "desktop.action", Role.APPROVER);
    }
}

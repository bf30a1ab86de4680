package dev.pilothouse.desktop.service;

import dev.pilothouse.desktop.viewmodel.ReviewPort;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link ReviewPort} over the workspace kit: the console home, the desktop user, and the connected runtime. */
public final class WorkspaceGovernance implements ReviewPort {

    static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);

    private final PilothouseHome home;
    private final Identity user;
    private final RuntimePort runtime;
    private final DesktopPlugins plugins;

    public WorkspaceGovernance(PilothouseHome home, Identity user, RuntimePort runtime) {
        this(home, user, runtime, new DesktopPlugins(home.root()));
    }

    /** With the plugins whose proposal validators join every validation. */
    public WorkspaceGovernance(PilothouseHome home, Identity user, RuntimePort runtime, DesktopPlugins plugins) {
        this.home = home;
        this.user = user;
        this.runtime = runtime;
        this.plugins = plugins;
    }

    /**
     * The console home ({@code pilothouse.home} property, else {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse})
     * and the user: {@code pilothouse.user} / {@code $PILOTHOUSE_USER} ({@code human:NAME} or a bare name), else
     * {@code human:<OS user>}. Agents are refused here: only humans review from the desktop.
     */
    public static WorkspaceGovernance fromEnvironment(Map<String, String> env, RuntimePort runtime) {
        String homeOverride = System.getProperty("pilothouse.home");
        PilothouseHome home = homeOverride != null ? new PilothouseHome(Path.of(homeOverride))
                : PilothouseHome.fromEnvironment(env);
        String configured = System.getProperty("pilothouse.user", env.get("PILOTHOUSE_USER"));
        return new WorkspaceGovernance(home, user(configured, System.getProperty("user.name", "user")), runtime);
    }

    static Identity user(String configured, String osUser) {
        String text = configured != null && !configured.isBlank() ? configured.strip()
                : osUser.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "-");
        Identity who = Identity.parse(text.contains(":") ? text : "human:" + text);
        if (!who.isHuman()) {
            throw new Refusal("agents-never-approve", who + " is an agent; the desktop acts for a human");
        }
        return who;
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

    @Override
    public Identity user() {
        return user;
    }
}

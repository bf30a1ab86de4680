package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of the governed commands: {@code --workspace DIR}, the console home, and one way of reporting. A refusal
 * exits 3 naming its rule; a deploy that did not go live exits 4; other failures exit 1.
 */
abstract class GovernedCommand implements Callable<Integer> {

    static final int REFUSED = 3;
    static final int DEPLOY_FAILED = 4;
    static final String AS_HELP = "Who acts; must be the human registered for your OS account (default: that human).";

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace (default: the current folder).")
    Path workspace = Path.of(".");

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (Refusal refusal) {
            err().println("refused by rule " + refusal.rule() + ": " + refusal.getMessage());
            return REFUSED;
        } catch (DeployAbortedException failed) {
            err().println("deploy failed: " + failed.getMessage());
            return DEPLOY_FAILED;
        } catch (RuntimeException e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return 1;
        }
    }

    abstract int run();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static PilothouseHome home() {
        return dev.pilothouse.cli.home.ConsoleHome.current();
    }

    /** Opens the workspace; while solo mode is on, every command says so on stderr. */
    Governance open(Optional<RuntimeTarget> runtime) {
        Governance gov = Governance.open(workspace, home(), runtime);
        if (gov.soloMode()) {
            err().println("solo mode is on: changes deploy without a second person");
        }
        return gov;
    }

    Governance open() {
        return open(Optional.empty());
    }

    /**
     * The caller as a proved human: the human registered for this process's OS account (its real uid; no option,
     * property or environment variable changes it). {@code as}, when given, must name that human. Refusals are
     * audited as {@code ACTION.refused} and change nothing.
     */
    static Actor prove(String as, String action, Role needs) {
        return HumanRegistry.forCurrentAccount(home())
                .prove(Optional.ofNullable(as).map(Identity::parse), action, needs);
    }

    /** The local user as a human identity, for actions any identity may take (init, validate). */
    static Identity localHuman() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._@-]", "");
        return Identity.parse("human:" + (user.isEmpty() ? "user" : user));
    }
}

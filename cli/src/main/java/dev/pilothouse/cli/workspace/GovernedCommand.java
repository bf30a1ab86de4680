package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.deploy.DeployAbortedException;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
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
        String override = System.getProperty("pilothouse.home");
        return override != null ? new PilothouseHome(Path.of(override)) : PilothouseHome.fromEnvironment(System.getenv());
    }

    Governance open(Optional<RuntimeTarget> runtime) {
        return Governance.open(workspace, home(), runtime);
    }

    Governance open() {
        return open(Optional.empty());
    }

    /** The local user as a human identity, for actions any identity may take (init, validate). */
    static Identity localHuman() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._@-]", "");
        return Identity.parse("human:" + (user.isEmpty() ? "user" : user));
    }
}

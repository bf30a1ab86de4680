package dev.pilothouse.cli.workspace;

import dev.pilothouse.cli.home.ConsoleHome;
import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.Deployer;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.workspace.AppName;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the app runs: a local runtime folder or a Harper URL, as in the runtime bridge's commands. */
final class RuntimeOptions {

    @Option(
            names = "--runtime",
            paramLabel = "DIR",
            description = "A local runtime started by Pilothouse, in a folder" + " outside the workspace.")
    Path runtimeDir;

    @Option(
            names = "--local",
            description = "The workspace's own local runtime (started by 'pilothouse runtime"
                    + " start --workspace DIR'; its folder is under $PILOTHOUSE_HOME).")
    boolean local;

    @Option(names = "--url", paramLabel = "URL", description = "A Harper operations API URL.")
    URI url;

    @Option(names = "--user", description = "User for --url (default: admin).")
    String user = "admin";

    @Option(
            names = "--password-file",
            paramLabel = "F",
            description = "File holding the password for --url, as for the runtime commands.")
    Path passwordFile;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Environment variable holding the password for --url (default: HARPER_PASSWORD).")
    String passwordEnv = "HARPER_PASSWORD";

    @Option(
            names = "--watch",
            paramLabel = "SECONDS",
            description = "After a deploy verifies, how long its 5xx "
                    + "error rate must not jump (0: not watched; default: 10).")
    long watchSeconds = HarperTarget.DEFAULT_WATCH.toSeconds();

    @Option(names = "--project", description = "Component name (default: the workspace folder's name).")
    String project;

    /** {@code --project}, else the workspace's {@link AppName}. */
    String component(Path workspace) {
        return project != null ? project : AppName.of(workspace);
    }

    Optional<RuntimeTarget> target(Path workspace, java.io.PrintWriter err) {
        String component = component(workspace);
        if (runtimeDir != null || local) {
            // refused inside the workspace: agents could rewrite its node URLs and receive the admin password
            LocalRuntime runtime = ConsoleHome.localRuntime(GovernedCommand.home(), workspace, runtimeDir, err);
            RuntimeNode node = runtime.nodes().stream()
                    .filter(n -> n.pid() > 0)
                    .findFirst()
                    .orElseThrow(() -> new Refusal(
                            "runtime-required", "no node of " + runtime.dir() + " is running;" + " start it first"));
            return Optional.of(new HarperTarget(
                    runtime.client(node),
                    runtime.deployer(node),
                    component,
                    Duration.ofSeconds(90),
                    Duration.ofSeconds(watchSeconds)));
        }
        if (url != null) {
            String password = password();
            HarperClient client = Attach.attach(Attach.endpoint(url, null, new Credentials.Basic(user, password)));
            return Optional.of(new HarperTarget(
                    client, new Deployer(client), component, Duration.ofSeconds(90), Duration.ofSeconds(watchSeconds)));
        }
        return Optional.empty();
    }

    private String password() {
        if (passwordFile != null) {
            try {
                return java.nio.file.Files.readString(passwordFile).strip();
            } catch (java.io.IOException e) {
                throw new Refusal(
                        "runtime-required", "cannot read --password-file " + passwordFile + ": " + e.getMessage());
            }
        }
        String password = System.getenv(passwordEnv);
        if (password == null) {
            throw new Refusal("runtime-required", "--url needs --password-file F or the password in $" + passwordEnv);
        }
        return password;
    }
}

package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.Refusal;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.deploy.RuntimeTarget;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilothouse init DIR [--from APPDIR]}. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a workspace: the starter app, an app folder or a runtime's component, in a new Git"
                + " repository.")
public final class InitCommand extends GovernedCommand {

    @Parameters(paramLabel = "DIR", description = "The new workspace folder (absent or empty).")
    Path dir;

    @Option(names = "--from", paramLabel = "APPDIR", description = "Import schema.graphql, config.yaml, resources.js.")
    Path from;

    @Option(
            names = "--from-runtime",
            paramLabel = "NAME",
            description = "Pull component NAME's files from the runtime given by --runtime or --url.")
    String fromRuntime;

    @Option(names = "--as", paramLabel = "ID", description = "Author of the first commit (default: human:$USER).")
    String as;

    @Mixin
    RuntimeOptions runtime;

    @Override
    int run() {
        Identity who = as == null ? localHuman() : Identity.parse(as);
        if (from != null && fromRuntime != null) {
            throw new Refusal("init-source", "give --from or --from-runtime, not both");
        }
        String commit;
        if (fromRuntime != null) {
            runtime.project = fromRuntime;
            RuntimeTarget target = runtime.target(dir, err())
                    .orElseThrow(() -> new Refusal(
                            "runtime-required", "--from-runtime needs --local, --runtime DIR or --url URL"));
            commit = WorkspaceInit.init(
                    dir, target.appFiles(), "component " + fromRuntime + " on " + target.describe(), who, home());
        } else {
            commit = WorkspaceInit.init(dir, Optional.ofNullable(from), who, home());
        }
        out().println("Created workspace " + dir.toAbsolutePath().normalize() + " at " + commit.substring(0, 10));
        return 0;
    }
}

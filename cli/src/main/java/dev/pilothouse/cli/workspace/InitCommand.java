package dev.pilothouse.cli.workspace;

import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.WorkspaceInit;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pilothouse init DIR [--from APPDIR]}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a workspace: the starter app (or an existing app's files) in a new Git repository.")
public final class InitCommand extends GovernedCommand {

    @Parameters(paramLabel = "DIR", description = "The new workspace folder (absent or empty).")
    Path dir;

    @Option(names = "--from", paramLabel = "APPDIR", description = "Import schema.graphql, config.yaml, resources.js.")
    Path from;

    @Option(names = "--as", paramLabel = "ID", description = "Author of the first commit (default: human:$USER).")
    String as;

    @Override
    int run() {
        Identity who = as == null ? localHuman() : Identity.parse(as);
        String commit = WorkspaceInit.init(dir, Optional.ofNullable(from), who, home());
        out().println("Created workspace " + dir.toAbsolutePath().normalize() + " at " + commit.substring(0, 10));
        return 0;
    }
}

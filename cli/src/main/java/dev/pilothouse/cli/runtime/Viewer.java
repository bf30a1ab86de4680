package dev.pilothouse.cli.runtime;

import dev.pilothouse.workspace.PilothouseHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Whose eyes a data command prints for: this OS account's human, over the workspace that marks protection. */
public final class Viewer {

    @Option(names = "--workspace", paramLabel = "DIR", description = "The app whose schema.graphql marks protected"
            + " data (default: the current folder); the console home's policy applies too.")
    Path workspace = Path.of(".");

    StreamMasks masks(PrintWriter err) {
        String override = System.getProperty("pilothouse.home");
        PilothouseHome home = override != null ? new PilothouseHome(Path.of(override))
                : PilothouseHome.fromEnvironment(System.getenv());
        return StreamMasks.forCaller(home, workspace, err);
    }
}

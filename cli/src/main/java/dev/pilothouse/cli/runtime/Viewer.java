package dev.pilothouse.cli.runtime;

import dev.pilothouse.cli.home.ConsoleHome;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Whose eyes a data command prints for: this OS account's human, over the workspace that marks protection (the
 * command's {@code --workspace}, the same one whose local runtime it reads; the console home's policy applies too).
 */
final class Viewer {

    private Viewer() {}

    static StreamMasks masks(Path workspace, PrintWriter err) {
        return StreamMasks.forCaller(ConsoleHome.current(), workspace == null ? Path.of(".") : workspace, err);
    }
}

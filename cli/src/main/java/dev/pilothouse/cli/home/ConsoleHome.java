package dev.pilothouse.cli.home;

import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.workspace.LocalRuntimeFolder;
import dev.pilothouse.workspace.PilothouseHome;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The console home the CLI's commands use, and the local runtime folder every command chooses the same way. */
public final class ConsoleHome {

    private ConsoleHome() {}

    /** The {@code pilothouse.home} property (tests), else {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse}. */
    public static PilothouseHome current() {
        String override = System.getProperty("pilothouse.home");
        return override != null
                ? new PilothouseHome(Path.of(override))
                : PilothouseHome.fromEnvironment(System.getenv());
    }

    /**
     * The local runtime of {@code workspace} (null: the current folder) in {@code explicit}, or by default under the
     * home; a folder inside the workspace is refused. Says once on {@code err} that an old in-workspace runtime is
     * ignored.
     */
    public static LocalRuntime localRuntime(PilothouseHome home, Path workspace, Path explicit, PrintWriter err) {
        LocalRuntimeFolder folder =
                LocalRuntimeFolder.choose(home, workspace == null ? Path.of("") : workspace, explicit);
        folder.notice().ifPresent(notice -> {
            err.println(notice);
            err.flush();
        });
        return folder.open(HarperInstaller.forCurrentUser());
    }
}

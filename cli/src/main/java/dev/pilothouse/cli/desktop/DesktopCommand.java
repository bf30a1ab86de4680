package dev.pilothouse.cli.desktop;

import dev.pilothouse.cli.home.ConsoleHome;
import dev.pilothouse.desktop.DesktopOptions;
import dev.pilothouse.desktop.Launcher;
import dev.pilothouse.desktop.view.Theme;
import dev.pilothouse.workspace.LocalRuntimeFolder;
import dev.pilothouse.workspace.Refusal;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pilothouse desktop}: opens the JavaFX console on a workspace, with a local or attached Harper. */
@Command(
        name = "desktop",
        mixinStandardHelpOptions = true,
        description = {
            "Opens the desktop console (JavaFX).",
            "Without --attach it starts a local Harper (installing it once); Harper's terms are asked for in a "
                    + "dialog unless --accept-harper-terms is given or they were accepted before."
        })
public final class DesktopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "App folder with schema.graphql, config.yaml, resources.js (default: current folder).")
    Path workspace;

    @Option(
            names = "--attach",
            paramLabel = "URL",
            description = "Operations API URL of a running Harper instead of a local runtime.")
    URI attach;

    @Option(names = "--user", paramLabel = "USER", description = "User for --attach (default admin).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding the password for --attach.")
    Path passwordFile;

    @Option(
            names = "--runtime",
            paramLabel = "DIR",
            description = "Local runtime folder, outside the workspace"
                    + " (default: the workspace's, under $PILOTHOUSE_HOME).")
    Path runtimeDir;

    @Option(names = "--accept-harper-terms", description = "Accept Harper's terms (otherwise a dialog asks).")
    boolean acceptTerms;

    @Option(
            names = "--no-runtime",
            description = "Open the editors only; start or attach later from the command palette.")
    boolean noRuntime;

    @Option(names = "--dark", description = "Start in the dark theme.")
    boolean dark;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path ws = (workspace == null ? Path.of("") : workspace).toAbsolutePath().normalize();
        if (Files.exists(ws) && !Files.isDirectory(ws)) {
            err.println("pilothouse: --workspace must be a folder: " + ws);
            return 2;
        }
        String password =
                passwordFile == null ? null : Files.readString(passwordFile).strip();
        if (attach != null && password == null) {
            err.println("pilothouse: --attach needs --password-file");
            return 2;
        }
        if (attach == null) {
            try { // refused here, before a window opens, rather than when the runtime starts
                LocalRuntimeFolder.choose(ConsoleHome.current(), ws, runtimeDir)
                        .notice()
                        .ifPresent(err::println);
            } catch (Refusal e) {
                err.println("pilothouse: " + e.getMessage());
                return 2;
            }
        }
        Launcher.launch(new DesktopOptions(
                ws,
                attach,
                user,
                password,
                runtimeDir,
                acceptTerms,
                attach == null && !noRuntime,
                dark ? Theme.DARK : Theme.LIGHT));
        return 0;
    }
}

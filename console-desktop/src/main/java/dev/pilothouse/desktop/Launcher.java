package dev.pilothouse.desktop;

import javafx.application.Application;

/**
 * Plain main class (not an {@link Application} subclass), so JavaFX can run from the class path, as the CLI and
 * jpackage start it.
 */
public final class Launcher {

    private Launcher() {}

    /** Opens the desktop window and blocks until it is closed. */
    public static void launch(DesktopOptions options) {
        DesktopApp.options(options);
        Application.launch(DesktopApp.class);
    }

    public static void main(String[] args) {
        java.nio.file.Path workspace = args.length > 0 ? java.nio.file.Path.of(args[0]) : null;
        launch(new DesktopOptions(workspace, null, null, null, null, false, false, null));
    }
}

package dev.pilothouse.desktop;

import dev.pilothouse.desktop.view.Theme;
import java.net.URI;
import java.nio.file.Path;

/**
 * How the desktop was started: the workspace folder, an operations URL to attach to (else a local runtime is
 * offered), credentials for it, the local runtime folder (null: the workspace's default under
 * {@code $PILOTHOUSE_HOME}, see {@code LocalRuntimeFolder}), whether Harper's terms were accepted on the command
 * line, and the theme.
 */
public record DesktopOptions(
        Path workspace,
        URI attach,
        String user,
        String password,
        Path runtimeDir,
        boolean acceptHarperTerms,
        boolean startRuntime,
        Theme theme) {

    public DesktopOptions {
        theme = theme == null ? Theme.LIGHT : theme;
    }

    public static DesktopOptions defaults() {
        return new DesktopOptions(null, null, null, null, null, false, false, Theme.LIGHT);
    }
}

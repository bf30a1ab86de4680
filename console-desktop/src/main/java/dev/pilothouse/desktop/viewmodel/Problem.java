package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.schema.diagnostic.Diagnostic;
import java.nio.file.Path;

/** A diagnostic of one of the workspace's app files, open in an editor or not, as the problems panel lists it. */
public record Problem(Path file, Diagnostic diagnostic) {

    public String title() {
        return file.getFileName().toString();
    }

    public String location() {
        return title() + ":" + diagnostic.range().startLine() + ":"
                + diagnostic.range().startColumn(); // both 1-based
    }
}

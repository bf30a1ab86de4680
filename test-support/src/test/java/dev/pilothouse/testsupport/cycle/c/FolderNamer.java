package dev.pilothouse.testsupport.cycle.c;

import java.nio.file.Path;

/** Fixture: names a component after the folder's file name instead of AppName. */
public final class FolderNamer {
    public Component of(Path workspace) {
        return new Component(workspace.getFileName().toString());
    }
}

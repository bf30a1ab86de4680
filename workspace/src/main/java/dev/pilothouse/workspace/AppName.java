package dev.pilothouse.workspace;

import java.nio.file.Path;

/**
 * The Harper component name of a workspace's app: its folder's name, with every character Harper does not take in
 * a component name replaced by {@code _}. One rule for every console, command and gateway, so the same folder is
 * always the same component.
 */
public final class AppName {

    private AppName() {}

    public static String of(Path workspace) {
        Path name = workspace.toAbsolutePath().normalize().getFileName();
        String cleaned = name == null ? "" : name.toString().replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "app" : cleaned;
    }
}

package dev.pilothouse.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Pilothouse's per-user folder is: {@code $PILOTHOUSE_HOME}, else {@code ~/.pilothouse}. The one place this
 * is decided; it sits in the lowest kit that writes there (local runtimes' credentials) so every other module can
 * ask it too.
 */
public final class HomeLocation {

    private HomeLocation() {}

    /** The home named by {@code env} ({@code PILOTHOUSE_HOME}), else {@code ~/.pilothouse}; absolute. */
    public static Path of(Map<String, String> env) {
        String configured = env.get("PILOTHOUSE_HOME");
        Path home = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".pilothouse");
        return home.toAbsolutePath().normalize();
    }
}

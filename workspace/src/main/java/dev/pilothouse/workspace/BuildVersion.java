package dev.pilothouse.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Pilothouse's own version, as Maven wrote it into {@code version.properties} at build time. One file for every
 * shell: the CLI's {@code --version} and both consoles' About boxes read it here.
 */
public final class BuildVersion {

    private static final String RESOURCE = "version.properties";

    private BuildVersion() {}

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "dev/pilothouse/workspace/" + RESOURCE + " is missing from the class path");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${")) {
                throw new IllegalStateException(
                        "dev/pilothouse/workspace/" + RESOURCE + " was not filtered: version=" + v);
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.pilothouse.cli;

import dev.pilothouse.workspace.BuildVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code pilothouse --version}: the project version Maven wrote into {@code version.properties} at build time. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "Pilothouse " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return BuildVersion.get();
    }
}

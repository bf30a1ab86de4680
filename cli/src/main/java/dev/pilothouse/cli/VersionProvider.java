package dev.pilothouse.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or the development version when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Pilothouse " + (version == null ? "0.1.0-SNAPSHOT (development build)" : version)};
    }
}

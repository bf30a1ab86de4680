package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.Kind;
import java.util.List;

/**
 * One line of {@code plugins list}. {@code source} is the jar's path or {@code bundled}; for a jar that failed before
 * its plugin could name itself, {@code name} is the jar's file name and {@code version} is empty. {@code error} is
 * null when loaded.
 */
public record PluginRecord(
        String name, String version, List<Kind> kinds, String source, PluginStatus status, String error) {

    public static final String BUNDLED = "bundled";

    public PluginRecord {
        kinds = List.copyOf(kinds);
    }

    PluginRecord failed(String why) {
        return new PluginRecord(name, version, kinds, source, PluginStatus.FAILED, why);
    }
}

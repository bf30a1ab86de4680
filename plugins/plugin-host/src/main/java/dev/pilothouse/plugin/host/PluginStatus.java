package dev.pilothouse.plugin.host;

import java.util.Locale;

/** Whether a plugin runs: FAILED when it could not be loaded, or was switched off after hanging. */
public enum PluginStatus {
    LOADED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package dev.pilothouse.plugin.host;

import java.util.Locale;

/**
 * Whether a plugin runs: FAILED when it could not be loaded, or was switched off after hanging; REFUSED when its jar
 * is not from a trusted place (a workspace jar whose hash no admin allow-listed), so none of it was ever opened.
 */
public enum PluginStatus {
    LOADED,
    FAILED,
    REFUSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

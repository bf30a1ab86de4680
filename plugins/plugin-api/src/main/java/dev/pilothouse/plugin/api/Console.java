package dev.pilothouse.plugin.api;

/** The consoles a panel can appear in. */
public enum Console {
    DESKTOP,
    WEB
}

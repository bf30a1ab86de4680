package dev.pilothouse.plugin.bundled;

/** What the bundled plugins share. */
public final class Bundled {

    /** Bundled plugins move with Pilothouse itself. */
    public static final String VERSION = "0.1.0";

    private Bundled() {}
}

package dev.pilothouse.plugin.api;

/**
 * The SPI's version. A plugin states the version it was built against in its {@link PluginDescriptor}; the host
 * loads it when the major numbers are equal and the plugin's minor is not newer than the host's (additions only
 * raise the minor; any removal or change of meaning raises the major).
 */
public final class PluginApi {

    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    public static final String VERSION = MAJOR + "." + MINOR;

    /** The jar-manifest attribute a plugin may carry so an incompatible jar is refused before any of its code runs. */
    public static final String MANIFEST_ATTRIBUTE = "Pilothouse-Plugin-Api";

    private PluginApi() {}

    /** Why a plugin built against {@code required} cannot run on this API, or null when it can. */
    public static String incompatibility(String required) {
        if (required == null || !required.matches("\\d+\\.\\d+")) {
            return "plugin API version '" + required + "' is not MAJOR.MINOR (this host offers " + VERSION + ")";
        }
        String[] parts = required.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = Integer.parseInt(parts[1]);
        if (major != MAJOR) {
            return "built for plugin API " + required + ", this host offers " + VERSION + " (major versions differ)";
        }
        if (minor > MINOR) {
            return "built for plugin API " + required + ", newer than this host's " + VERSION;
        }
        return null;
    }
}

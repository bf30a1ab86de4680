package dev.pilothouse.plugin.host;

/** A plugin call that failed (threw, timed out, returned something invalid): who, from where, and what happened. */
public record PluginProblem(String plugin, String source, String message) {

    @Override
    public String toString() {
        return "plugin " + plugin + " (" + source + "): " + message;
    }
}

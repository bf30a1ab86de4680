package dev.pilothouse.plugin.api;

import java.util.Map;

/** What a panel is drawn for: the workspace's current schema and files, and the plugin's settings. */
public record PanelInput(SchemaView schema, Map<String, String> files, Map<String, String> settings) {

    public PanelInput {
        files = Map.copyOf(files);
        settings = Map.copyOf(settings);
    }
}

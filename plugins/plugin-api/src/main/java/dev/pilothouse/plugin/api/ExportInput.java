package dev.pilothouse.plugin.api;

import java.util.Map;

/** The app to export: its schema, its files by name, and the plugin's settings. */
public record ExportInput(SchemaView schema, Map<String, String> files, Map<String, String> settings) {

    public ExportInput {
        files = Map.copyOf(files);
        settings = Map.copyOf(settings);
    }
}

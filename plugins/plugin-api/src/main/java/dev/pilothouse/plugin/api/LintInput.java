package dev.pilothouse.plugin.api;

import java.util.Map;

/** What a lint rule checks: a schema file's text and model, with the plugin's settings from plugins.yaml. */
public record LintInput(String file, String text, SchemaView schema, Map<String, String> settings) {

    public LintInput {
        settings = Map.copyOf(settings);
    }
}

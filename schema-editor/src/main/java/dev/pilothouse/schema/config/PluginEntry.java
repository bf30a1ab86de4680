package dev.pilothouse.schema.config;

import dev.pilothouse.schema.text.TextRange;
import java.util.List;

/** One top-level entry of config.yaml in the outline: the plugin, where it is, and the file globs it loads. */
public record PluginEntry(String name, TextRange range, boolean builtIn, List<String> files) {

    public PluginEntry {
        files = List.copyOf(files);
    }
}

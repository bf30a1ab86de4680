package dev.pilothouse.schema.config;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a top-level config.yaml key accepts. {@code options} empty with {@code openOptions} means the plugin takes
 * options we do not check (root-level sections such as {@code http} or plugins from package.json).
 */
public record PluginSpec(
        String name,
        boolean acceptsBoolean,
        Map<String, ValueShape> options,
        Set<String> required,
        boolean openOptions) {

    public PluginSpec {
        options = Map.copyOf(options);
        required = Set.copyOf(required);
    }

    /** A file-based plugin: {@code files} (required) and {@code urlPath}, plus its own options. */
    static PluginSpec files(String name, Map<String, ValueShape> extra) {
        var options = new java.util.LinkedHashMap<String, ValueShape>();
        options.put("files", ValueShape.FILES);
        options.put("urlPath", ValueShape.URL_PATH);
        // `path` and `root` are the pre-4.5 spellings the older docs still show; Harper ignores them quietly
        options.put("path", ValueShape.STRING);
        options.put("root", ValueShape.STRING);
        options.putAll(extra);
        return new PluginSpec(name, false, options, Set.of("files"), false);
    }

    static PluginSpec open(String name) {
        return new PluginSpec(name, true, Map.of(), Set.of(), true);
    }

    /** Known option names, sorted, for messages and quick fixes. */
    public List<String> optionNames() {
        return options.keySet().stream().sorted().toList();
    }
}

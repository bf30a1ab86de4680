package dev.pilothouse.plugin.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The workspace's {@code .pilothouse/plugins.yaml}: one section per plugin name, each a map of scalar settings.
 * <pre>
 * naming-conventions:
 *   tables: PascalCase
 *   attributes: camelCase
 * </pre>
 */
public record PluginSettings(Map<String, Map<String, String>> sections) {

    public static final PluginSettings NONE = new PluginSettings(Map.of());

    public PluginSettings {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        sections = Map.copyOf(copy);
    }

    public Map<String, String> of(String plugin) {
        return sections.getOrDefault(plugin, Map.of());
    }

    /** Reads the file; a missing file means no settings. Bad YAML or shapes fail naming the file, line and key. */
    public static PluginSettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null) {
            return NONE;
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException(file + ": expected a map of plugin names to settings");
        }
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        for (var entry : top.entrySet()) {
            String plugin = String.valueOf(entry.getKey());
            if (entry.getValue() == null) {
                sections.put(plugin, Map.of());
                continue;
            }
            if (!(entry.getValue() instanceof Map<?, ?> values)) {
                throw new IllegalArgumentException(file + ": '" + plugin + "' must be a map of settings");
            }
            Map<String, String> section = new LinkedHashMap<>();
            for (var setting : values.entrySet()) {
                Object value = setting.getValue();
                if (value instanceof Map<?, ?> || value instanceof List<?>) {
                    throw new IllegalArgumentException(file + ": '" + plugin + "." + setting.getKey()
                            + "' must be a single value, not a " + (value instanceof Map<?, ?> ? "map" : "list"));
                }
                section.put(String.valueOf(setting.getKey()), value == null ? "" : String.valueOf(value));
            }
            sections.put(plugin, section);
        }
        return new PluginSettings(sections);
    }
}

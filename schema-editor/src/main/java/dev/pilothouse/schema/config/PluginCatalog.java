package dev.pilothouse.schema.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The built-in config.yaml keys of a Harper version and the options each accepts. */
public final class PluginCatalog {

    private final Map<String, PluginSpec> plugins;

    public PluginCatalog(Map<String, PluginSpec> plugins) {
        this.plugins = Map.copyOf(plugins);
    }

    /** Harper 4.7.29's loaders (harper.md §2, read from the shipped bundle). */
    public static PluginCatalog harper47() {
        Map<String, PluginSpec> p = new LinkedHashMap<>();
        Map<String, ValueShape> rest = Map.of("lastModified", ValueShape.BOOLEAN, "webSocket", ValueShape.BOOLEAN);
        p.put("rest", new PluginSpec("rest", true, rest, Set.of(), false));
        p.put("REST", new PluginSpec("REST", true, rest, Set.of(), false));
        p.put("graphql", new PluginSpec("graphql", true, Map.of(), Set.of(), false));
        p.put("graphqlSchema", PluginSpec.files("graphqlSchema", Map.of()));
        p.put("jsResource", PluginSpec.files("jsResource", Map.of()));
        p.put("fastifyRoutes", PluginSpec.files("fastifyRoutes", Map.of()));
        p.put(
                "static",
                PluginSpec.files(
                        "static",
                        Map.of(
                                "index",
                                ValueShape.BOOLEAN,
                                "extensions",
                                ValueShape.STRING_LIST,
                                "fallthrough",
                                ValueShape.BOOLEAN,
                                "notFound",
                                ValueShape.NOT_FOUND)));
        p.put("roles", PluginSpec.files("roles", Map.of()));
        p.put("loadEnv", PluginSpec.files("loadEnv", Map.of("override", ValueShape.BOOLEAN)));
        p.put("dataLoader", PluginSpec.files("dataLoader", Map.of()));
        for (String section : new String[] {
            "login",
            "operationsApi",
            "customFunctions",
            "http",
            "clustering",
            "replication",
            "authentication",
            "mqtt",
            "logging"
        }) {
            p.put(section, PluginSpec.open(section));
        }
        return new PluginCatalog(p);
    }

    public Optional<PluginSpec> find(String key) {
        return Optional.ofNullable(plugins.get(key));
    }

    public Set<String> names() {
        return plugins.keySet();
    }
}

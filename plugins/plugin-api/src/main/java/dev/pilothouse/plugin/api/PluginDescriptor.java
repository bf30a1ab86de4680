package dev.pilothouse.plugin.api;

import java.util.Objects;

/**
 * Who a plugin is. {@code name} is a short id ({@code [a-z0-9][a-z0-9-]*}), also the key of its section in
 * {@code .pilothouse/plugins.yaml}; {@code apiVersion} is normally {@link PluginApi#VERSION} at build time.
 */
public record PluginDescriptor(String name, String version, String apiVersion, String description) {

    public PluginDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(apiVersion, "apiVersion");
        description = description == null ? "" : description;
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("plugin name '" + name + "' must match [a-z0-9][a-z0-9-]*");
        }
    }
}

/**
 * Service-provider interfaces for Pilothouse plugins, version {@link dev.pilothouse.plugin.api.PluginApi#VERSION}.
 *
 * <p>A plugin jar lists one or more {@link dev.pilothouse.plugin.api.Plugin} implementations in
 * {@code META-INF/services/dev.pilothouse.plugin.api.Plugin}. Everything a plugin sees is a record of this package
 * (ADR 0008): the API depends on the JDK only, so a plugin compiles against this one jar.
 */
package dev.pilothouse.plugin.api;

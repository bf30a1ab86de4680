package dev.pilothouse.plugin.bundled.naming;

import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.plugin.api.PluginDescriptor;
import dev.pilothouse.plugin.api.SchemaLintRule;
import dev.pilothouse.plugin.bundled.Bundled;
import java.util.List;

/** Naming conventions for tables and attributes, configured under {@code naming-conventions} in plugins.yaml. */
public final class NamingConventionsPlugin implements Plugin {

    static final String NAME = "naming-conventions";

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                NAME, Bundled.VERSION, PluginApi.VERSION, "table and attribute names follow a configured convention");
    }

    @Override
    public List<SchemaLintRule> lintRules() {
        return List.of(new NamingRule(true), new NamingRule(false));
    }
}

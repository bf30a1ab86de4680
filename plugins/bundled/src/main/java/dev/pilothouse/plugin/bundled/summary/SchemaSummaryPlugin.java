package dev.pilothouse.plugin.bundled.summary;

import dev.pilothouse.plugin.api.Panel;
import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.plugin.api.PluginDescriptor;
import dev.pilothouse.plugin.bundled.Bundled;
import java.util.List;

/** A console panel summarising the schema: one row per table with its key, attributes and REST path. */
public final class SchemaSummaryPlugin implements Plugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                "schema-summary",
                Bundled.VERSION,
                PluginApi.VERSION,
                "a panel listing the tables, their primary keys and exported REST paths");
    }

    @Override
    public List<Panel> panels() {
        return List.of(new SchemaSummaryPanel());
    }
}

package dev.pilothouse.plugin.bundled.openapi;

import dev.pilothouse.plugin.api.Exporter;
import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.api.PluginApi;
import dev.pilothouse.plugin.api.PluginDescriptor;
import dev.pilothouse.plugin.bundled.Bundled;
import java.util.List;

/** Exports the REST API Harper serves for the schema's exported tables as an OpenAPI 3.1 document. */
public final class OpenApiPlugin implements Plugin {

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(
                "openapi", Bundled.VERSION, PluginApi.VERSION, "the REST API of the @export tables as OpenAPI 3.1");
    }

    @Override
    public List<Exporter> exporters() {
        return List.of(new OpenApiExporter());
    }
}

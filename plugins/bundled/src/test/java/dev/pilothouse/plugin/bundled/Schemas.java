package dev.pilothouse.plugin.bundled;

import dev.pilothouse.plugin.api.SchemaView;
import dev.pilothouse.schema.DocumentSnapshot;
import dev.pilothouse.schema.LanguageService;
import dev.pilothouse.schema.plugin.PluginViews;

/** Schema text to the plugin API's view, through the real language service. */
public final class Schemas {

    private Schemas() {}

    public static SchemaView view(String text) {
        var analysis = new LanguageService().analyze(new DocumentSnapshot("schema.graphql", 1, text));
        return PluginViews.schema("schema.graphql", analysis.model());
    }
}

package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.Console;
import dev.pilothouse.plugin.api.Panel;
import dev.pilothouse.plugin.api.PanelContent;
import dev.pilothouse.plugin.api.PanelInput;
import dev.pilothouse.plugin.api.SchemaView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders every active plugin's panels for one console; each panel runs guarded and on its own. */
final class Panels {

    private final PluginHost host;

    Panels(PluginHost host) {
        this.host = host;
    }

    PanelResult render(Console console, SchemaView schema, Map<String, String> files) {
        List<PanelResult.RenderedPanel> panels = new ArrayList<>();
        List<PluginProblem> problems = new ArrayList<>();
        for (LoadedPlugin p : host.active()) {
            PanelInput input = new PanelInput(schema, files, host.settings().of(p.name()));
            for (Panel panel : p.contributions().panels()) {
                try {
                    PanelResult.RenderedPanel rendered =
                            host.call(p, "panel " + panel.getClass().getName(), () -> {
                                if (!panel.consoles().contains(console)) {
                                    return null;
                                }
                                PanelContent content = panel.render(input);
                                if (content == null) {
                                    throw new IllegalStateException("panel " + panel.id() + " rendered nothing");
                                }
                                return new PanelResult.RenderedPanel(p.name(), panel.id(), panel.title(), content);
                            });
                    if (rendered != null) {
                        panels.add(rendered);
                    }
                } catch (PluginException e) {
                    problems.add(e.problem());
                }
            }
        }
        return new PanelResult(panels, problems);
    }
}

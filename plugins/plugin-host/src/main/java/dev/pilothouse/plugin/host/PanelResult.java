package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.PanelContent;
import java.util.List;

/** The plugin panels rendered for one console, and the panels that failed to render. */
public record PanelResult(List<RenderedPanel> panels, List<PluginProblem> problems) {

    public PanelResult {
        panels = List.copyOf(panels);
        problems = List.copyOf(problems);
    }

    /** A panel's title and content, ready for a console to draw with its own toolkit. */
    public record RenderedPanel(String plugin, String id, String title, PanelContent content) {
    }
}

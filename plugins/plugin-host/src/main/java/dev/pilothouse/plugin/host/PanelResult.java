package dev.pilothouse.plugin.host;

import dev.pilothouse.plugin.api.PanelContent;
import java.util.List;

/** The plugin panels rendered for one console, and the panels that failed to render. */
public record PanelResult(List<RenderedPanel> panels, List<PluginProblem> problems) {

    public PanelResult {
        panels = List.copyOf(panels);
        problems = List.copyOf(problems);
    }

    /** The status line both consoles show: "4 plugins (1 failed, 1 refused), 2 panels, 1 failed". */
    public String summary(List<PluginRecord> plugins) {
        long failed =
                plugins.stream().filter(r -> r.status() == PluginStatus.FAILED).count();
        long refused =
                plugins.stream().filter(r -> r.status() == PluginStatus.REFUSED).count();
        return count(plugins.size(), "plugin") + " (" + failed + " failed"
                + (refused == 0 ? "" : ", " + refused + " refused") + "), " + count(panels.size(), "panel")
                + (problems.isEmpty() ? "" : ", " + problems.size() + " failed");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A panel's title and content, ready for a console to draw with its own toolkit. */
    public record RenderedPanel(String plugin, String id, String title, PanelContent content) {}
}

package dev.pilothouse.web.views.plugins;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.pilothouse.plugin.api.Console;
import dev.pilothouse.plugin.api.Kind;
import dev.pilothouse.plugin.host.PanelResult;
import dev.pilothouse.plugin.host.PluginRecord;
import dev.pilothouse.plugin.host.WorkspacePlugins;
import dev.pilothouse.web.ui.WebUi;
import dev.pilothouse.web.views.MainLayout;
import dev.pilothouse.web.workspace.WorkspaceFiles;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The workspace's plugins and the panels they draw for the web console. Panels render off the request thread
 * through the plugin host's guard and arrive by server push; a panel that throws or hangs shows its error in place.
 */
@Route(value = "plugins", layout = MainLayout.class)
@PageTitle("Plugins · Pilothouse")
@PermitAll
public class PluginsView extends VerticalLayout {

    private final WorkspacePlugins plugins;
    private final WorkspaceFiles files;
    private final Executor background;
    private final Grid<PluginRecord> list = new Grid<>();
    private final Span status = new Span("Drawing panels…");
    private final Div panels = new Div();

    public PluginsView(
            WorkspacePlugins plugins, WorkspaceFiles files, java.util.concurrent.ScheduledExecutorService ticker) {
        this.plugins = plugins;
        this.files = files;
        this.background = ticker;
        list.setId("plugins-list");
        list.addColumn(PluginRecord::name).setHeader("Plugin").setAutoWidth(true);
        list.addColumn(PluginRecord::version).setHeader("Version").setAutoWidth(true);
        list.addColumn(r -> r.kinds().stream().map(Kind::label).collect(Collectors.joining(", ")))
                .setHeader("Contributes")
                .setAutoWidth(true);
        list.addColumn(r -> r.status().name().toLowerCase(java.util.Locale.ROOT))
                .setHeader("Status")
                .setAutoWidth(true);
        list.addColumn(r -> r.error() == null ? r.source() : r.source() + ": " + r.error())
                .setHeader("Source / error")
                .setFlexGrow(1);
        list.setAllRowsVisible(true);
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        status.setId("plugins-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        panels.setId("plugin-panels");
        panels.setWidthFull();
        setWidthFull();
        add(new H2("Plugins"), status, list, new H3("Panels"), panels, new Button("Redraw", e -> refresh()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    private void refresh() {
        list.setItems(plugins.host().plugins());
        Map<String, String> app = new LinkedHashMap<>();
        for (String name : WorkspaceFiles.FILES) {
            if (files.exists(name)) {
                app.put(name, files.read(name));
            }
        }
        UI ui = UI.getCurrent();
        CompletableFuture.supplyAsync(() -> plugins.host().panels(Console.WEB, app), background)
                .whenComplete((result, failure) -> WebUi.access(ui, () -> show(result, failure)));
    }

    private void show(PanelResult result, Throwable failure) {
        panels.removeAll();
        if (failure != null) {
            status.setText("Panels could not be drawn: " + failure.getMessage());
            return;
        }
        result.panels()
                .forEach(p -> panels.add(panel(
                        "plugin-panel-" + p.plugin(), p.title() + " · " + p.plugin(), PanelContents.of(p.content()))));
        result.problems().forEach(p -> {
            Span error = new Span(p.toString());
            error.addClassName("ph-plugin-error");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            panels.add(panel("plugin-panel-" + p.plugin(), "Panel failed · " + p.plugin(), error));
        });
        status.setText(result.summary(plugins.host().plugins()));
    }

    private static Div panel(String id, String title, Component body) {
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "var(--lumo-space-s) 0");
        Div d = new Div(heading, body);
        d.setId(id);
        d.addClassName("ph-plugin-panel");
        d.setWidthFull();
        d.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return d;
    }
}

package dev.pilothouse.desktop.viewmodel;

import dev.pilothouse.plugin.api.Console;
import dev.pilothouse.plugin.api.PanelContent;
import dev.pilothouse.plugin.host.PanelResult;
import dev.pilothouse.plugin.host.PluginHost;
import dev.pilothouse.plugin.host.PluginProblem;
import dev.pilothouse.plugin.host.PluginRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Plugins tab: every plugin the open workspace loads (failures included) and the desktop panels they draw,
 * rendered off the FX thread from the schema as edited (unsaved text included). Panel calls go through the plugin
 * host's guard, so a panel that throws or hangs becomes an error entry in its place.
 */
public final class PluginsViewModel {

    /** One panel in the tab: its content, or the error that replaced it. */
    public record PanelView(String plugin, String title, PanelContent content, String error) {}

    private final Supplier<PluginHost> host;
    private final WorkbenchViewModel workbench;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<PluginRecord> plugins = FXCollections.observableArrayList();
    private final ObservableList<PanelView> panels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Open a workspace");

    public PluginsViewModel(Supplier<PluginHost> host, WorkbenchViewModel workbench, Executor io, Executor ui) {
        this.host = host;
        this.workbench = workbench;
        this.io = io;
        this.ui = ui;
    }

    /** Reloads the list and redraws the panels; call on the FX thread. */
    public CompletableFuture<Void> refresh() {
        Path workspace = workbench.workspaceProperty().get();
        Map<String, String> edited = new HashMap<>();
        workbench
                .editors()
                .forEach(e -> edited.put(
                        e.file().getFileName().toString(), e.snapshot().text()));
        return CompletableFuture.supplyAsync(() -> render(workspace, edited), io)
                .thenAcceptAsync(this::show, ui)
                .exceptionally(e -> {
                    ui.execute(() -> status.set(
                            "Plugins could not be drawn: " + e.getCause().getMessage()));
                    return null;
                });
    }

    private record Rendered(List<PluginRecord> plugins, List<PanelView> panels, String status) {}

    private Rendered render(Path workspace, Map<String, String> edited) {
        PluginHost current = host.get();
        if (current == null || workspace == null) {
            return new Rendered(List.of(), List.of(), "Open a workspace to load its plugins");
        }
        PanelResult result = current.panels(Console.DESKTOP, files(workspace, edited));
        List<PanelView> views = new ArrayList<>();
        result.panels().forEach(p -> views.add(new PanelView(p.plugin(), p.title(), p.content(), null)));
        for (PluginProblem problem : result.problems()) {
            views.add(new PanelView(problem.plugin(), "Panel failed", null, problem.toString()));
        }
        List<PluginRecord> all = current.plugins();
        return new Rendered(all, views, result.summary(all));
    }

    private static Map<String, String> files(Path workspace, Map<String, String> edited) {
        Map<String, String> files = new HashMap<>();
        for (String name : WorkbenchViewModel.APP_FILES) {
            Path file = workspace.resolve(name);
            try {
                if (Files.isRegularFile(file)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        files.putAll(edited);
        return files;
    }

    private void show(Rendered rendered) {
        plugins.setAll(rendered.plugins());
        panels.setAll(rendered.panels());
        status.set(rendered.status());
    }

    public ObservableList<PluginRecord> plugins() {
        return plugins;
    }

    public ObservableList<PanelView> panels() {
        return panels;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

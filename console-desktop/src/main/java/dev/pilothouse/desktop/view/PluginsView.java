package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.PluginsViewModel;
import dev.pilothouse.desktop.viewmodel.PluginsViewModel.PanelView;
import dev.pilothouse.plugin.host.PluginRecord;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Plugins tab: the loaded plugins (failures named with their jar) above the desktop panels they draw. */
public final class PluginsView {

    public static final String TAB = "tab-plugins";

    private final VBox root = new VBox(6);

    /** Adds the tab's opener; returns what opens (and refreshes) it, for the command palette. */
    public static Runnable install(WorkbenchView workbench, PluginsViewModel vm) {
        PluginsView view = new PluginsView(vm);
        Runnable open = () -> {
            workbench.openTab(TAB, "Plugins", view::node);
            vm.refresh();
        };
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();
        link.setId("explorer-plugins");
        link.textProperty().bind(vm.statusProperty());
        link.setWrapText(true);
        link.setOnAction(e -> open.run());
        Label title = new Label("PLUGINS");
        title.getStyleClass().add("pane-title");
        VBox section = new VBox(4, title, link);
        section.getStylesheets().add(GovernanceViews.CSS);
        workbench.addExplorerSection(section);
        return open;
    }

    PluginsView(PluginsViewModel vm) {
        Label status = new Label();
        status.setId("plugins-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        HBox bar = new HBox(8, ProposalView.button("plugins-refresh", "Refresh", vm::refresh), status);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<PluginRecord> table = new TableView<>(vm.plugins());
        table.setId("plugins-table");
        table.setPlaceholder(new Label("No plugins loaded"));
        table.setFixedCellSize(30);
        table.setPrefHeight(44 + 30 * 5);
        table.setMinHeight(120);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Plugin", 170, PluginRecord::name));
        table.getColumns().add(column("Version", 70, PluginRecord::version));
        table.getColumns()
                .add(column(
                        "Contributes",
                        230,
                        r -> String.join(
                                ", ", r.kinds().stream().map(k -> k.label()).toList())));
        table.getColumns().add(column("Status", 70, r -> r.status().name().toLowerCase(java.util.Locale.ROOT)));
        table.getColumns()
                .add(column(
                        "Source / error", 360, r -> r.error() == null ? r.source() : r.source() + ": " + r.error()));

        VBox panels = new VBox(8);
        panels.setId("plugin-panels");
        vm.panels().addListener((ListChangeListener<PanelView>) c -> panels.getChildren()
                .setAll(vm.panels().stream().map(PluginsView::panel).toList()));
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(bar, table, new Label("Panels"), scroll);
        root.setPadding(new javafx.geometry.Insets(8));
        root.setStyle("-fx-background-color: -color-bg-default;"); // opaque over the editor area's placeholder
        root.getStylesheets().add(GovernanceViews.CSS);
    }

    private static Node panel(PanelView p) {
        Node body = p.error() != null ? errorBox(p.error()) : PanelContentNodes.of(p.content());
        TitledPane pane = new TitledPane(p.title() + "  ·  " + p.plugin(), body);
        pane.setId("plugin-panel-" + p.plugin());
        pane.setCollapsible(false);
        return pane;
    }

    private static Node errorBox(String error) {
        Label text = new Label(error);
        text.setWrapText(true);
        text.getStyleClass().add("error-text");
        VBox box = new VBox(text);
        box.getStyleClass().add("error-bar");
        return box;
    }

    private static TableColumn<PluginRecord, String> column(
            String title, double width, Function<PluginRecord, String> value) {
        TableColumn<PluginRecord, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }

    Node node() {
        return root;
    }
}

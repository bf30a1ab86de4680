package dev.pilothouse.desktop.view;

import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.AgentSurface;
import dev.pilothouse.desktop.viewmodel.AgentSurfaceViewModel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * View as agent: pick a registered agent or tick scopes, and see the gateway's {@link AgentSurface} as a tree (MCP
 * tools, each table and attribute after the protection rule, what it could propose). Only renders the kit's value.
 */
final class AgentSurfaceView {

    private final VBox root = new VBox(8);
    private final TreeView<String> tree = new TreeView<>();

    AgentSurfaceView(AgentSurfaceViewModel model) {
        root.getStyleClass().addAll("review", "review-scroll");
        root.getStylesheets().add(GovernanceViews.CSS);
        Label title = new Label("View as agent");
        title.getStyleClass().add("review-title");
        Label about = ReviewExplorer.muted("The tools, data and proposals an agent gets through /mcp, as the gateway"
                + " computes them. Pick an agent, or tick scopes to see a proposed one.");
        about.setWrapText(true);
        ComboBox<String> agent = new ComboBox<>(model.agents());
        agent.setId("surface-agent");
        agent.setPromptText("agent");
        Map<Scope, CheckBox> scopes = new EnumMap<>(Scope.class);
        HBox bar = new HBox(8, new Label("Agent"), agent, new Label("or proposed scopes"));
        for (Scope s : Scope.values()) {
            CheckBox box = new CheckBox(s.label());
            box.setId("surface-scope-" + s.label());
            scopes.put(s, box);
            bar.getChildren().add(box);
        }
        Button show = ProposalView.button("surface-show", "Show", () -> {
            Set<Scope> ticked = EnumSet.noneOf(Scope.class);
            scopes.forEach((s, box) -> {
                if (box.isSelected()) {
                    ticked.add(s);
                }
            });
            model.show(agent.getValue(), ticked);
        });
        show.getStyleClass().add("accent");
        Button refresh = ProposalView.button("surface-refresh", "Refresh agents", () -> model.refreshAgents());
        bar.getChildren().addAll(show, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = ReviewExplorer.muted("");
        message.setId("surface-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        tree.setId("agent-surface");
        tree.setShowRoot(true);
        VBox.setVgrow(tree, Priority.ALWAYS);
        model.surfaceProperty().addListener((o, a, s) -> render(s));
        render(model.surfaceProperty().get());
        root.getChildren().addAll(title, about, bar, message, tree);
    }

    Node node() {
        return root;
    }

    private void render(AgentSurface s) {
        if (s == null) {
            tree.setRoot(null);
            return;
        }
        TreeItem<String> top = open("agent:" + s.agent() + " — scopes " + (s.scopes().isEmpty() ? "none"
                : String.join(", ", s.scopes())));
        TreeItem<String> tools = open("MCP tools (" + s.tools().size() + ")");
        s.tools().forEach(t -> tools.getChildren().add(new TreeItem<>(t.name() + "  [" + t.scope() + "]  "
                + (t.title() == null ? "" : t.title()))));
        if (s.tools().isEmpty()) {
            tools.getChildren().add(new TreeItem<>("none"));
        }
        TreeItem<String> tables = open("Tables after the protection rule (" + s.tables().size() + ")");
        for (AgentSurface.TableView t : s.tables()) {
            TreeItem<String> table = open(t.refused() == null ? t.table() : t.table() + " — refused: " + t.refused());
            if (t.refused() == null) {
                t.attributes().forEach(a -> table.getChildren().add(new TreeItem<>(a.name() + ": "
                        + (a.redacted() ? dev.pilothouse.agent.tools.ToolCatalog.REDACTED : "returned"))));
            }
            tables.getChildren().add(table);
        }
        TreeItem<String> propose = open("Could propose");
        if (s.proposable().isEmpty()) {
            propose.getChildren().add(new TreeItem<>("nothing (no propose scope)"));
        } else {
            s.proposable().forEach(p -> propose.getChildren().add(new TreeItem<>(p)));
        }
        top.getChildren().addAll(java.util.List.of(tools, tables, propose));
        tree.setRoot(top);
    }

    private static TreeItem<String> open(String text) {
        TreeItem<String> item = new TreeItem<>(text);
        item.setExpanded(true);
        return item;
    }
}

package dev.pilothouse.desktop.view;

import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.agent.tools.AgentSurface;
import dev.pilothouse.agent.tools.ToolCatalog;
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
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * View as agent: pick a registered agent or tick scopes, and see the gateway's {@link AgentSurface} side by side:
 * the MCP tools listed, each table and attribute after the protection rule, what it could propose. Only renders the kit's value.
 */
final class AgentSurfaceView {

    private final VBox root = new VBox(8);
    private final Label agentLine = new Label();
    private final ListView<String> tools = new ListView<>();
    private final TreeView<String> tables = new TreeView<>();
    private final ListView<String> proposable = new ListView<>();

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
        agentLine.setId("agent-surface-agent");
        agentLine.getStyleClass().add("review-heading");
        tools.setId("agent-surface-tools");
        tables.setId("agent-surface-tables");
        tables.setShowRoot(false);
        proposable.setId("agent-surface-proposable");
        HBox columns = new HBox(
                12,
                column("MCP tools listed", tools, 1),
                column("Tables after the protection rule", tables, 1.2),
                column("Could propose", proposable, 0.6));
        columns.setId("agent-surface");
        VBox.setVgrow(columns, Priority.ALWAYS);
        columns.visibleProperty().bind(model.surfaceProperty().isNotNull());
        agentLine.visibleProperty().bind(columns.visibleProperty());
        model.surfaceProperty().addListener((o, a, s) -> render(s));
        render(model.surfaceProperty().get());
        root.getChildren().addAll(title, about, bar, message, agentLine, columns);
    }

    Node node() {
        return root;
    }

    private void render(AgentSurface s) {
        if (s == null) {
            agentLine.setText("");
            tools.getItems().clear();
            tables.setRoot(null);
            proposable.getItems().clear();
            return;
        }
        agentLine.setText(
                "agent:" + s.agent() + " — scopes " + (s.scopes().isEmpty() ? "none" : String.join(", ", s.scopes())));
        tools.getItems()
                .setAll(s.tools().stream()
                        .map(t -> t.name() + "  [" + t.scope() + "]" + (t.title() == null ? "" : "  " + t.title()))
                        .toList());
        tools.setPlaceholder(ReviewExplorer.muted("none"));
        TreeItem<String> top = open("tables");
        for (AgentSurface.TableView t : s.tables()) {
            TreeItem<String> table = open(t.refused() == null ? t.table() : t.table() + ": refused, " + t.refused());
            if (t.refused() == null) {
                t.attributes()
                        .forEach(a -> table.getChildren()
                                .add(new TreeItem<>(
                                        a.name() + ": " + (a.redacted() ? ToolCatalog.REDACTED : "returned"))));
            }
            top.getChildren().add(table);
        }
        tables.setRoot(top);
        proposable.getItems().setAll(s.proposable());
        proposable.setPlaceholder(ReviewExplorer.muted("nothing (no propose scope)"));
    }

    private static VBox column(String title, Node content, double weight) {
        Label heading = new Label(title);
        heading.getStyleClass().add("review-heading");
        VBox box = new VBox(4, heading, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setPrefWidth(300 * weight); // the extra width is shared evenly, so the weights hold roughly
        return box;
    }

    private static TreeItem<String> open(String text) {
        TreeItem<String> item = new TreeItem<>(text);
        item.setExpanded(true);
        return item;
    }
}

package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.diagram.SceneRenderer;
import dev.pilothouse.desktop.viewmodel.HistoryViewModel;
import dev.pilothouse.desktop.viewmodel.ReviewViewModel;
import dev.pilothouse.workspace.versioning.DeployTag;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * History: the audit chain's verification, rollback (to the previous deploy or a chosen tag) and the audit
 * timeline drawn from the visualizer's scene.
 */
final class HistoryView {

    private final VBox root = new VBox(8);

    HistoryView(HistoryViewModel history, ReviewViewModel review) {
        root.getStyleClass().addAll("review", "review-scroll");
        root.getStylesheets()
                .addAll(
                        GovernanceViews.CSS,
                        SceneRenderer.class.getResource("diagram.css").toExternalForm());
        Label audit = new Label();
        audit.setId("history-audit");
        audit.textProperty().bind(history.auditProperty());
        history.auditOkProperty().addListener((o, a, ok) -> auditStyle(audit, ok));
        auditStyle(audit, history.auditOkProperty().get());
        ComboBox<DeployTag> tags = new ComboBox<>(history.tags());
        tags.setId("history-tags");
        tags.setPromptText("deploy tag");
        tags.setCellFactory(v -> tagCell());
        tags.setButtonCell(tagCell());
        Button toTag = ProposalView.button(
                "history-rollback-tag",
                "Roll back to tag",
                () -> Optional.ofNullable(tags.getValue()).ifPresent(t -> review.rollback(Optional.of(t.name()))));
        toTag.disableProperty().bind(tags.valueProperty().isNull());
        Button previous = ProposalView.button(
                "history-rollback-previous", "Roll back to previous", () -> review.rollback(Optional.empty()));
        previous.disableProperty().bind(Bindings.size(history.tags()).lessThan(2));
        Button refresh = ProposalView.button("history-refresh", "Refresh", () -> history.refresh());
        HBox bar = new HBox(8, audit, grow(), previous, tags, toTag, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        ScrollPane timeline = new ScrollPane();
        timeline.setId("history-timeline");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        history.timelineProperty()
                .addListener((o, a, scene) -> timeline.setContent(
                        scene == null
                                ? ReviewExplorer.muted("No proposal, validation, approval, deploy or rollback yet")
                                : drawing(scene)));
        timeline.setContent(
                history.timelineProperty().get() == null
                        ? ReviewExplorer.muted("No audit steps yet")
                        : drawing(history.timelineProperty().get()));
        Label title = new Label();
        title.getStyleClass().add("review-heading");
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> history.timelineProperty().get() == null
                                ? "Audit timeline"
                                : history.timelineProperty().get().title(),
                        history.timelineProperty()));
        root.getChildren()
                .addAll(
                        GovernanceViews.errorBar(review.errorProperty(), review::dismissError, "history-error"),
                        GovernanceViews.errorBar(
                                history.errorProperty(), () -> history.refresh(), "history-load-error"),
                        bar,
                        new DeployStepsView("history-deploy-steps", review.deploySteps()).node(),
                        new CompareVersionsView(history).node(),
                        title,
                        timeline);
    }

    /** The timeline scene on a themed, padded canvas (the scroll pane scrolls it). */
    private static Pane drawing(dev.pilothouse.visualizer.scene.Scene scene) {
        Pane pane = new Pane(SceneRenderer.render(scene).root());
        pane.getStyleClass().add("diagram-canvas");
        pane.setPadding(new javafx.geometry.Insets(8));
        pane.setPrefSize(scene.width() + 16, scene.height() + 16);
        return pane;
    }

    private static void auditStyle(Label audit, boolean ok) {
        audit.getStyleClass().removeAll("audit-ok", "audit-bad");
        audit.getStyleClass().add(ok ? "audit-ok" : "audit-bad");
    }

    private static ListCell<DeployTag> tagCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DeployTag t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name() + "  " + t.commit().substring(0, 7));
            }
        };
    }

    private static javafx.scene.layout.Region grow() {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    Node node() {
        return root;
    }
}

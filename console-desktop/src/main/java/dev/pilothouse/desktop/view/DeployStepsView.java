package dev.pilothouse.desktop.view;

import dev.pilothouse.workspace.deploy.DeployRun;
import dev.pilothouse.workspace.deploy.DeployUpdate;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** The steps of the last deploy or rollback: phase, step, time taken and what it found, redrawn as they change. */
final class DeployStepsView {

    private final GridPane grid = new GridPane();

    DeployStepsView(String id, ObservableList<DeployRun.Row> steps) {
        grid.setId(id);
        grid.getStyleClass().add("deploy-steps");
        grid.setHgap(10);
        grid.setVgap(3);
        steps.addListener((ListChangeListener<DeployRun.Row>) c -> draw(List.copyOf(steps)));
        draw(List.copyOf(steps));
    }

    GridPane node() {
        return grid;
    }

    private void draw(List<DeployRun.Row> rows) {
        grid.getChildren().clear();
        grid.setVisible(!rows.isEmpty());
        grid.setManaged(!rows.isEmpty());
        int line = 0;
        for (DeployRun.Row row : rows) {
            String phase = row.phase().name().toLowerCase(Locale.ROOT);
            boolean running = row.phase() == DeployUpdate.Phase.RUNNING;
            Label badge = ReviewExplorer.badge(running ? "running…" : phase, "phase-" + phase);
            Label step = new Label(row.step().label());
            step.setId("deploy-step-" + row.step().name().toLowerCase(Locale.ROOT));
            step.setTooltip(new Tooltip(row.step().purpose()));
            step.getProperties().put("phase", phase);
            Label took = ReviewExplorer.muted(row.took()
                    .map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0))
                    .orElse(""));
            Label detail = new Label(running ? row.step().purpose() : row.detail()); // while running: what it waits for
            detail.setWrapText(true); // a long error stays readable in full
            detail.getStyleClass().add("review-evidence");
            grid.addRow(line++, badge, step, took, detail);
        }
    }
}

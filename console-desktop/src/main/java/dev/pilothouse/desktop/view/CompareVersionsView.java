package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.HistoryViewModel;
import dev.pilothouse.desktop.viewmodel.VersionComparison;
import dev.pilothouse.workspace.FileDiff;
import dev.pilothouse.workspace.versioning.Version;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** History's "Compare versions": any two versions of main, their files side by side and the classified changes. */
final class CompareVersionsView {

    private final TitledPane pane;
    private final VBox result = new VBox(6);

    CompareVersionsView(HistoryViewModel history) {
        ComboBox<Version> from = versions("history-compare-from", "older version", history);
        ComboBox<Version> to = versions("history-compare-to", "newer version", history);
        Button compare = ProposalView.button(
                "history-compare",
                "Compare",
                () -> history.compare(from.getValue().id(), to.getValue().id()));
        compare.disableProperty()
                .bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        compare.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // long version labels must not squeeze it
        HBox bar = new HBox(8, from, ReviewExplorer.muted("→"), to, compare);
        bar.setAlignment(Pos.CENTER_LEFT);
        history.comparisonProperty().addListener((o, a, c) -> show(c));
        ScrollPane scroll = new ScrollPane(result);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(260);
        pane = new TitledPane("Compare versions", new VBox(8, bar, scroll));
        pane.setId("history-compare-pane");
        pane.setExpanded(false);
    }

    private void show(VersionComparison c) {
        result.getChildren().clear();
        if (c == null) {
            return;
        }
        result.getChildren()
                .add(ReviewExplorer.muted(
                        c.from().substring(0, Math.min(7, c.from().length())) + " → "
                                + c.to().substring(0, Math.min(7, c.to().length())) + ": "
                                + c.files().size() + " file(s), "
                                + c.changes().size() + " schema change(s)"));
        c.changes().forEach(ch -> result.getChildren().add(ProposalView.change(ch)));
        for (FileDiff f : c.files()) {
            result.getChildren().add(DiffView.of(f));
        }
    }

    private static ComboBox<Version> versions(String id, String prompt, HistoryViewModel history) {
        ComboBox<Version> box = new ComboBox<>(history.versions());
        box.setId(id);
        box.setPromptText(prompt);
        box.setPrefWidth(320);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        box.setCellFactory(v -> cell());
        box.setButtonCell(cell());
        return box;
    }

    private static ListCell<Version> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Version v, boolean empty) {
                super.updateItem(v, empty);
                setText(
                        empty || v == null
                                ? null
                                : v.id().substring(0, 7) + (v.tags().isEmpty() ? "" : " " + String.join(",", v.tags()))
                                        + "  " + firstLine(v.message()));
            }
        };
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 39) + "…" : line;
    }

    Node node() {
        return pane;
    }
}

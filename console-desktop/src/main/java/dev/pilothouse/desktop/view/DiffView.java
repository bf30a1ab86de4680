package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.FileDiff;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One changed file side by side: old lines left, new lines right, numbered, changed rows marked by kind. A long line
 * wraps inside its half and its row grows: a reviewer reads every character of it, since the end of a long line is
 * exactly where a hostile change would hide.
 */
final class DiffView {

    static final double ROW = 20;

    private DiffView() {
    }

    static VBox of(FileDiff diff) {
        Label title = new Label(diff.file() + "  (" + diff.changedLines() + " changed lines)");
        title.getStyleClass().add("review-file");
        ListView<FileDiff.Row> rows = new ListView<>(javafx.collections.FXCollections.observableList(diff.rows()));
        rows.setId("diff-" + diff.file().replace('.', '-'));
        rows.getStyleClass().add("diff");
        rows.setPrefHeight(Math.min(diff.rows().size(), 24) * ROW + 4);
        rows.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FileDiff.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(null);
                getStyleClass().removeAll("diff-same", "diff-changed", "diff-added", "diff-removed");
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                getStyleClass().add("diff-" + r.kind().name().toLowerCase(java.util.Locale.ROOT));
                HBox left = side(r.oldNumber(), r.oldText(), "diff-old");
                HBox right = side(r.newNumber(), r.newText(), "diff-new");
                // both halves exactly half the row, whatever their text, so the columns line up
                left.prefWidthProperty().bind(widthProperty().divide(2).subtract(2));
                right.prefWidthProperty().bind(widthProperty().divide(2).subtract(2));
                setGraphic(new HBox(left, right));
            }
        });
        return new VBox(2, title, rows);
    }

    private static HBox side(int number, String text, String style) {
        Label n = new Label(number == 0 ? "" : String.valueOf(number));
        n.getStyleClass().add("diff-number");
        n.setMinWidth(34);
        Label t = new Label(text == null ? "" : text);
        t.getStyleClass().add("diff-text");
        t.setWrapText(true); // never an ellipsis
        t.setTextOverrun(javafx.scene.control.OverrunStyle.CLIP);
        t.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.setMinWidth(0);
        t.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox side = new HBox(6, n, t);
        side.getStyleClass().addAll("diff-side", style, text == null ? "diff-empty" : "diff-line");
        side.setMinWidth(0);
        return side;
    }
}

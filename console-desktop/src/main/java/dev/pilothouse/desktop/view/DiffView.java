package dev.pilothouse.desktop.view;

import dev.pilothouse.workspace.FileDiff;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One changed file side by side: old lines left, new lines right, numbered, changed rows marked by kind. A long line
 * wraps inside its half and its row grows: a reviewer reads every character of it, since the end of a long line is
 * exactly where a hostile change would hide. A hidden character (a bidirectional override, a zero-width space, a
 * control code) is shown as a marker naming it, never left to act on the line, and its row is marked.
 */
final class DiffView {

    static final double ROW = 20;

    private DiffView() {}

    static VBox of(FileDiff diff) {
        Label title = new Label(diff.file() + "  (" + diff.changedLines() + " changed lines"
                + (diff.hasHidden() ? ", hidden characters shown as ⟨U+…⟩" : "") + ")");
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
                getStyleClass().removeAll("diff-same", "diff-changed", "diff-added", "diff-removed", "diff-hidden");
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                getStyleClass().add("diff-" + r.kind().name().toLowerCase(java.util.Locale.ROOT));
                if (r.hasHidden()) {
                    getStyleClass().add("diff-hidden");
                }
                HBox left = side(r.oldNumber(), r.oldText(), r.oldRuns(), "diff-old");
                HBox right = side(r.newNumber(), r.newText(), r.newRuns(), "diff-new");
                // both halves exactly half the row, whatever their text, so the columns line up
                left.prefWidthProperty().bind(widthProperty().divide(2).subtract(2));
                right.prefWidthProperty().bind(widthProperty().divide(2).subtract(2));
                setGraphic(new HBox(left, right));
            }
        });
        return new VBox(2, title, rows);
    }

    private static HBox side(int number, String text, List<FileDiff.Run> runs, String style) {
        Label n = new Label(number == 0 ? "" : String.valueOf(number));
        n.getStyleClass().add("diff-number");
        n.setMinWidth(34);
        javafx.scene.layout.Region t = runs.stream().anyMatch(FileDiff.Run::isHidden) ? marked(runs) : plain(text);
        t.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        t.setMinWidth(0);
        t.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(t, Priority.ALWAYS);
        HBox side = new HBox(6, n, t);
        side.getStyleClass().addAll("diff-side", style, text == null ? "diff-empty" : "diff-line");
        side.setMinWidth(0);
        return side;
    }

    private static Label plain(String text) {
        Label t = new Label(text == null ? "" : text);
        t.getStyleClass().add("diff-text");
        t.setWrapText(true); // never an ellipsis
        t.setTextOverrun(javafx.scene.control.OverrunStyle.CLIP);
        return t;
    }

    /** A line holding hidden characters: its text with each hidden one replaced by a marker chip naming it. */
    private static TextFlow marked(List<FileDiff.Run> runs) {
        TextFlow flow = new TextFlow(runs.stream().map(DiffView::piece).toArray(Node[]::new));
        flow.getStyleClass().add("diff-text-marked");
        return flow;
    }

    private static Node piece(FileDiff.Run run) {
        if (!run.isHidden()) {
            Text text = new Text(run.text());
            text.getStyleClass().add("diff-run");
            return text;
        }
        FileDiff.Hidden h = run.hidden();
        Label chip = new Label("⟨" + h.codePoint() + "⟩");
        chip.getStyleClass().add("diff-hidden-char");
        chip.setTooltip(new Tooltip(h.codePoint() + " " + h.name() + ": a hidden character; it changes how the line"
                + " reads on screen without being seen, so it is shown here instead of acting"));
        return chip;
    }
}

package dev.pilothouse.desktop.view;

import dev.pilothouse.schema.complete.Completion;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.fxmisc.richtext.CodeArea;

/** The completion list under the caret; the editor keeps focus and forwards navigation keys to it. */
final class CompletionPopup {

    private final CodeArea owner;
    private final Consumer<Completion> accept;
    private final Popup popup = new Popup();
    private final ListView<Completion> list = new ListView<>();

    CompletionPopup(CodeArea owner, Consumer<Completion> accept) {
        this.owner = owner;
        this.accept = accept;
        list.setId("completion-list");
        list.getStyleClass().add("completion-list");
        list.setPrefSize(420, 220);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Completion item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label label = new Label(item.label());
                Label kind = new Label(item.kind().name().toLowerCase());
                kind.getStyleClass().add("completion-kind");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label detail = new Label(item.detail() == null ? "" : item.detail());
                detail.getStyleClass().add("completion-detail");
                detail.setMaxWidth(200);
                setGraphic(new HBox(8, kind, label, gap, detail));
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                acceptSelected();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
    }

    void show(List<Completion> items, double x, double y) {
        list.getItems().setAll(items);
        list.getSelectionModel().selectFirst();
        list.scrollTo(0);
        if (!popup.isShowing()) {
            Point2D at = new Point2D(x, y);
            popup.show(owner, at.getX(), at.getY() + 2);
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    void hide() {
        popup.hide();
    }

    /** Handles a key pressed in the editor while the list shows; true when consumed. */
    boolean handle(KeyEvent e) {
        KeyCode code = e.getCode();
        switch (code) {
            case DOWN -> list.getSelectionModel().selectNext();
            case UP -> list.getSelectionModel().selectPrevious();
            case ENTER, TAB -> acceptSelected();
            case ESCAPE -> hide();
            default -> {
                return false;
            }
        }
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
        return true;
    }

    private void acceptSelected() {
        Completion chosen = list.getSelectionModel().getSelectedItem();
        hide();
        if (chosen != null) {
            accept.accept(chosen);
        }
    }

    ListView<Completion> list() {
        return list;
    }
}

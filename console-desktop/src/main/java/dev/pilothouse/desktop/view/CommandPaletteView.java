package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.Command;
import dev.pilothouse.desktop.viewmodel.CommandPaletteViewModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/** Ctrl+Shift+P: a query field over every command, Enter runs the selected one. */
final class CommandPaletteView {

    private final Popup popup = new Popup();
    private final TextField query = new TextField();
    private final ListView<Command> list;

    CommandPaletteView(CommandPaletteViewModel vm) {
        list = new ListView<>(vm.matches());
        list.setId("palette-list");
        list.setPrefSize(560, 300);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Command item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label keys = new Label(item.shortcut());
                keys.getStyleClass().add("muted");
                setGraphic(new HBox(new Label(item.title()), gap, keys));
            }
        });
        query.setId("palette-query");
        query.setPromptText("Type a command");
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.textProperty().addListener((o, a, b) -> list.getSelectionModel().selectFirst());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> list.getSelectionModel().selectNext();
                case UP -> list.getSelectionModel().selectPrevious();
                case ENTER -> run(list.getSelectionModel().getSelectedItem());
                case ESCAPE -> popup.hide();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> run(list.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, query, list);
        box.getStyleClass().add("palette");
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    private void run(Command command) {
        if (command != null) {
            popup.hide();
            command.action().run();
        }
    }

    void show(Node owner) {
        query.clear();
        list.getSelectionModel().selectFirst();
        var bounds = owner.localToScreen(owner.getBoundsInLocal());
        popup.show(owner, bounds.getMinX() + Math.max(0, (bounds.getWidth() - 560) / 2), bounds.getMinY() + 60);
        query.requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    static boolean isPaletteKey(KeyEvent e) {
        return e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.P;
    }
}

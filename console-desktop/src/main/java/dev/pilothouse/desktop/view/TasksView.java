package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.TaskItem;
import dev.pilothouse.desktop.viewmodel.TasksViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Bottom panel: every long step with its latest progress line; failures show their reason and a Retry button. */
final class TasksView {

    private final ListView<TaskItem> list;

    TasksView(TasksViewModel vm) {
        list = new ListView<>(vm.tasks());
        list.setId("tasks-list");
        list.setPlaceholder(new Label("No tasks yet"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TaskItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(14, 14);
                spinner.visibleProperty().bind(item.stateProperty().isEqualTo(TaskItem.State.RUNNING));
                spinner.managedProperty().bind(spinner.visibleProperty());
                Label state = new Label();
                state.textProperty()
                        .bind(Bindings.createStringBinding(
                                () -> switch (item.stateProperty().get()) {
                                    case RUNNING -> "";
                                    case DONE -> "✓";
                                    case FAILED -> "✗";
                                },
                                item.stateProperty()));
                state.getStyleClass().add("task-state");
                Label title = new Label(item.title());
                title.getStyleClass().add("task-title");
                Label message = new Label();
                message.textProperty()
                        .bind(Bindings.when(item.errorProperty().isNotNull())
                                .then(item.errorProperty())
                                .otherwise(item.messageProperty()));
                message.getStyleClass().add("muted");
                item.stateProperty()
                        .addListener((o, a, b) ->
                                message.getStyleClass().setAll(b == TaskItem.State.FAILED ? "task-error" : "muted"));
                if (item.stateProperty().get() == TaskItem.State.FAILED) {
                    message.getStyleClass().setAll("task-error");
                }
                message.setWrapText(true);
                Button retry = new Button("Retry");
                retry.getStyleClass().add("small");
                retry.visibleProperty().bind(item.stateProperty().isEqualTo(TaskItem.State.FAILED));
                retry.managedProperty().bind(retry.visibleProperty());
                retry.setOnAction(a -> item.retry());
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                VBox text = new VBox(2, title, message);
                HBox.setHgrow(text, Priority.SOMETIMES);
                setGraphic(new HBox(8, spinner, state, text, gap, retry));
            }
        });
    }

    ListView<TaskItem> node() {
        return list;
    }
}

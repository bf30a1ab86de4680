package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.LogSource;
import dev.pilothouse.desktop.viewmodel.LogsViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Bottom panel "Logs": Harper's log, newest at the bottom (followed), with a minimum-level filter. */
final class LogsView {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final VBox root = new VBox(4);

    LogsView(LogsViewModel vm) {
        ComboBox<LogsViewModel.Level> level = new ComboBox<>();
        level.getItems().setAll(LogsViewModel.Level.values());
        level.setId("logs-level");
        level.valueProperty().bindBidirectional(vm.minimumProperty());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("muted");
        HBox bar = new HBox(
                8, new Label("Level ≥"), level, ProposalView.button("logs-refresh", "Refresh", vm::refresh), status);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<LogSource.Entry> table = new TableView<>(vm.shown());
        table.setId("logs-table");
        table.setPlaceholder(new Label("No log entries (a runtime must be connected)"));
        table.getColumns().add(column("Time", 120, e -> TIME.format(e.time())));
        table.getColumns().add(column("Level", 70, LogSource.Entry::level));
        TableColumn<LogSource.Entry, String> message =
                column("Message", 900, e -> e.message().strip());
        table.getColumns().add(message);
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(LogSource.Entry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("log-error", "log-warn");
                if (!empty
                        && e != null
                        && (e.level().equals("error") || e.level().equals("fatal"))) {
                    getStyleClass().add("log-error");
                } else if (!empty && e != null && e.level().equals("warn")) {
                    getStyleClass().add("log-warn");
                }
            }
        });
        vm.shown().addListener((ListChangeListener<LogSource.Entry>) c -> {
            if (!vm.shown().isEmpty()) {
                table.scrollTo(vm.shown().size() - 1);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(bar, table);
        root.getStylesheets().add(GovernanceViews.CSS);
    }

    private static TableColumn<LogSource.Entry, String> column(
            String title, double width, java.util.function.Function<LogSource.Entry, String> value) {
        TableColumn<LogSource.Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    Node node() {
        return root;
    }
}

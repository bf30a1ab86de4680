package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.Problem;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Bottom panel listing every diagnostic of the open files; double-click jumps to it. */
final class ProblemsView {

    private final TableView<Problem> table;

    ProblemsView(ObservableList<Problem> problems, Consumer<Problem> reveal) {
        table = new TableView<>(problems);
        table.setId("problems-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No problems"));
        table.getColumns()
                .add(column("Severity", 80, p -> p.diagnostic().severity().label()));
        table.getColumns().add(column("Code", 70, p -> p.diagnostic().code()));
        table.getColumns().add(column("Where", 150, Problem::location));
        table.getColumns().add(column("Message", 600, p -> p.diagnostic().message()));
        table.setRowFactory(v -> {
            TableRow<Problem> row = new TableRow<>() {
                @Override
                protected void updateItem(Problem item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("problem-error", "problem-warning", "problem-info");
                    if (!empty && item != null) {
                        getStyleClass()
                                .add("problem-"
                                        + switch (item.diagnostic().severity()) {
                                            case ERROR -> "error";
                                            case WARNING -> "warning";
                                            default -> "info";
                                        });
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    reveal.accept(row.getItem());
                }
            });
            return row;
        });
    }

    static <T> TableColumn<T, String> column(String title, double width, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    TableView<Problem> node() {
        return table;
    }
}

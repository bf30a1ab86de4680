package dev.pilothouse.desktop.view;

import dev.pilothouse.desktop.viewmodel.DataBrowserViewModel;
import dev.pilothouse.desktop.viewmodel.DataPort;
import dev.pilothouse.desktop.viewmodel.DataRow;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Tables on the left; the page grid with filter, sort (column headers), paging and inline edit on the right. */
final class DataBrowserView {

    private final SplitPane root = new SplitPane();
    private final TableView<DataRow> grid = new TableView<>();

    DataBrowserView(DataBrowserViewModel vm) {
        ListView<DataPort.TableInfo> tables = new ListView<>(vm.tables());
        tables.setId("data-tables");
        tables.setPlaceholder(new Label("Start or attach a runtime\nto browse its tables"));
        tables.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DataPort.TableInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label() + "  (" + item.recordCount() + ")");
            }
        });
        tables.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !Objects.equals(b, vm.tableProperty().get())) {
                vm.tableProperty().set(b);
            }
        });
        vm.tableProperty().addListener((o, a, b) -> tables.getSelectionModel().select(b));
        Button refresh = new Button("Refresh");
        refresh.setOnAction(a -> vm.refreshTables());
        VBox left = new VBox(6, title("TABLES"), tables, refresh);
        VBox.setVgrow(tables, Priority.ALWAYS);
        left.getStyleClass().add("explorer");

        TextField filter = new TextField();
        filter.setId("data-filter");
        filter.setPromptText("Filter, e.g. price >= 10 and name starts_with \"Wid\"");
        filter.setOnAction(a -> vm.applyFilter(filter.getText()));
        vm.filterProperty().addListener((o, a, b) -> {
            if (!Objects.equals(b, filter.getText())) {
                filter.setText(b);
            }
        });
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button apply = new Button("Apply");
        apply.setOnAction(a -> vm.applyFilter(filter.getText()));
        Button prev = new Button("◀");
        prev.setId("data-prev");
        prev.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        prev.setOnAction(a -> vm.previousPage());
        Button next = new Button("▶");
        next.setId("data-next");
        next.disableProperty().bind(vm.hasNextProperty().not());
        next.setOnAction(a -> vm.nextPage());
        Label page = new Label();
        page.textProperty().bind(Bindings.concat("page ", vm.pageProperty().add(1)));
        HBox bar = new HBox(6, filter, apply, prev, page, next);
        bar.getStyleClass().add("toolbar-row");

        grid.setId("data-grid");
        grid.setItems(vm.rows());
        grid.setEditable(true);
        grid.setPlaceholder(new Label("Select a table"));
        grid.setSortPolicy(t -> true); // sorting happens in Harper, per page: the headers only ask for it
        grid.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(DataRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("changed"), !empty && item != null && item.changed());
            }
        });
        vm.columns().addListener((ListChangeListener<String>) c -> rebuildColumns(vm));
        grid.getSortOrder().addListener((ListChangeListener<TableColumn<DataRow, ?>>) ch -> sortChanged(vm));

        Label status = new Label();
        status.setId("data-status");
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("data-error");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        Label live = new Label();
        live.textProperty().bind(Bindings.concat("live updates: ", vm.liveUpdatesProperty()));
        live.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(10, status, gap, live);
        BorderPane right = new BorderPane(grid, bar, null, new VBox(4, error, foot), null);
        right.getStyleClass().add("data-pane");
        root.getItems().addAll(left, right);
        root.setDividerPositions(0.22);
        root.setId("data-browser");
    }

    private void rebuildColumns(DataBrowserViewModel vm) {
        grid.getColumns().clear();
        DataPort.TableInfo table = vm.tableProperty().get();
        for (String name : vm.columns()) {
            TableColumn<DataRow, String> c = new TableColumn<>(name);
            c.setPrefWidth(140);
            c.setCellValueFactory(
                    cd -> new ReadOnlyStringWrapper(text(cd.getValue().get(name))));
            boolean key = table != null && name.equals(table.primaryKey());
            c.setEditable(!key);
            c.setCellFactory(TextFieldTableCell.forTableColumn());
            c.setOnEditCommit(e -> {
                String problem = vm.edit(e.getRowValue(), name, e.getNewValue());
                if (problem != null) {
                    grid.refresh(); // show the old value again; the reason is in the error line
                }
            });
            c.setSortable(true);
            c.sortTypeProperty().addListener((o, a, b) -> sortChanged(vm));
            c.getStyleClass().add(key ? "key-column" : "value-column");
            grid.getColumns().add(c);
        }
    }

    private void sortChanged(DataBrowserViewModel vm) {
        if (grid.getSortOrder().isEmpty()) {
            vm.sort(null, false);
        } else {
            TableColumn<DataRow, ?> first = grid.getSortOrder().get(0);
            vm.sort(first.getText(), first.getSortType() == TableColumn.SortType.DESCENDING);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }

    TableView<DataRow> grid() {
        return grid;
    }

    SplitPane node() {
        return root;
    }
}

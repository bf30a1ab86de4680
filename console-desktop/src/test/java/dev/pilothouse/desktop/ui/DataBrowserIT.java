package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.view.WorkbenchView;
import dev.pilothouse.desktop.viewmodel.DataRow;
import dev.pilothouse.desktop.viewmodel.ReviewPort;
import dev.pilothouse.desktop.viewmodel.RuntimePort;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data browser against a real Harper: list, page, filter, edit, and a live update from an outside write. */
@ExtendWith(ApplicationExtension.class)
class DataBrowserIT {

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = Ui.onStage(stage, new Desktop(Ui.offline(null), new OfflineRuntime(), null, ReviewPort.NONE));
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @SuppressWarnings("unchecked")
    private TableView<DataRow> openProducts(FxRobot robot) {
        RuntimePort.Connection connection = DesktopHarper.connection();
        Ui.run(() -> {
            desktop.runtime().connected(connection);
            desktop.view().show(WorkbenchView.MainView.DATA);
        });
        Ui.waitFor(
                "Product listed",
                () -> robot.lookup(DataBrowserIT::isProductCell).tryQuery().isPresent(),
                this::tasks);
        Node cell = robot.lookup(DataBrowserIT::isProductCell).query();
        robot.clickOn(cell);
        TableView<DataRow> grid = robot.lookup("#data-grid").queryAs(TableView.class);
        Ui.waitFor("first page", () -> grid.getItems().size() >= 12, this::tasks);
        return grid;
    }

    private static boolean isProductCell(Node n) {
        return n instanceof ListCell<?> c && c.getText() != null && c.getText().startsWith("data.Product");
    }

    @Test
    void externalWriteShowsUpAsAChangedRow(FxRobot robot) {
        TableView<DataRow> grid = openProducts(robot);
        assertThat(grid.getColumns()).extracting(c -> c.getText()).containsExactly("id", "name", "price", "stock");
        String name = "Renamed " + System.nanoTime();
        // give the WebSocket subscription a moment to be open before writing from outside
        Ui.waitFor(
                "subscribed",
                () -> desktop.tasks().tasks().stream()
                        .anyMatch(t -> t.title().startsWith("Subscribe to data.Product")
                                && t.stateProperty().get() != null
                                && t.stateProperty().get().name().equals("DONE")));
        sleep(500);
        DesktopHarper.client()
                .upsert("data", "Product", List.of(Map.of("id", "p3", "name", name, "price", 10.0, "stock", 20)));
        Ui.waitFor(
                "live update of p3",
                () -> grid.getItems().stream()
                        .anyMatch(r -> "p3".equals(r.id()) && name.equals(r.get("name")) && r.changed()));
    }

    @Test
    void filterSortAndInlineEditGoThroughHarper(FxRobot robot) throws Exception {
        TableView<DataRow> grid = openProducts(robot);
        robot.clickOn("#data-filter").write("price >= 20").type(javafx.scene.input.KeyCode.ENTER);
        Ui.waitFor(
                "filtered",
                () -> !grid.getItems().isEmpty()
                        && grid.getItems().stream().allMatch(r -> ((Number) r.get("price")).doubleValue() >= 20));
        Ui.run(() -> desktop.data().sort("price", true));
        Ui.waitFor(
                "sorted descending",
                () -> grid.getItems().size() > 1
                        && ((Number) grid.getItems().get(0).get("price")).doubleValue()
                                >= ((Number) grid.getItems().get(1).get("price")).doubleValue());
        DataRow first = grid.getItems().get(0);
        assertThat(Ui.onFx(() -> desktop.data().edit(first, "stock", "many"))).contains("not an integer");
        assertThat(Ui.onFx(() -> desktop.data().edit(first, "stock", "77"))).isNull();
        Ui.waitFor(
                "written",
                () -> DesktopHarper.client()
                                .searchById("data", "Product", List.of(first.id()))
                                .get(0)
                                .path("stock")
                                .asInt()
                        == 77);
    }

    private String tasks() {
        return desktop.tasks().tasks().stream()
                        .map(t -> t.title() + " " + t.stateProperty().get() + " "
                                + t.errorProperty().get() + " "
                                + t.messageProperty().get())
                        .toList()
                + " tables " + desktop.data().tables();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

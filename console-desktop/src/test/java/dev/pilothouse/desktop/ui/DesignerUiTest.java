package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.diagram.DiagramCanvas;
import dev.pilothouse.desktop.view.WorkbenchView.MainView;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The designer round trip, headless: forms edit the schema text, and text edits redraw the diagram. */
@ExtendWith(ApplicationExtension.class)
class DesignerUiTest {

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        Path workspace = Ui.copyWorkspace("shop");
        desktop = Ui.offlineDesktop(stage, workspace);
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    private CodeArea schemaText(FxRobot robot) {
        Ui.waitFor(
                "schema editor open",
                () -> robot.lookup("#editor-schema-graphql").tryQuery().isPresent());
        return robot.lookup("#editor-schema-graphql").queryAs(CodeArea.class);
    }

    private DiagramCanvas openDesigner(FxRobot robot) {
        robot.clickOn("#activity-designer");
        DiagramCanvas canvas = robot.lookup("#designer-canvas").queryAs(DiagramCanvas.class);
        Ui.waitFor("diagram drawn", () -> canvas.nodeGroup("table:Product") != null);
        return canvas;
    }

    /**
     * Types into a form field; the forms re-populate when the selection settles after an edit, which on a loaded
     * machine can land after the click, so the typing is checked and repeated (at most three times).
     */
    private static void typeInto(FxRobot robot, String query, String text) {
        javafx.scene.control.TextField field = robot.lookup(query).queryAs(javafx.scene.control.TextField.class);
        for (int attempt = 1; ; attempt++) {
            Ui.run(field::clear);
            robot.clickOn(query).write(text);
            if (text.equals(Ui.onFx(field::getText))) {
                return;
            }
            assertThat(attempt).as("typing into " + query).isLessThan(3);
        }
    }

    private String state() {
        var d = desktop.designer();
        return "error=" + d.errorProperty().get() + " status="
                + d.statusProperty().get() + " table=" + d.selection().tableName() + " attribute="
                + d.selection().attributeName();
    }

    @Test
    void addATableInTheDesignerAndSeeTheText(FxRobot robot) {
        CodeArea area = schemaText(robot);
        DiagramCanvas canvas = openDesigner(robot);
        robot.clickOn("#designer-new-table").write("Review");
        robot.clickOn("#designer-new-export");
        robot.clickOn("#designer-add-table");
        Ui.waitFor(
                "Review in the text",
                () -> area.getText().contains("type Review @table @export {\n  id: ID @primaryKey\n}\n"));
        assertThat(area.getText()).startsWith("# Shop: products and the orders that reference them.\ntype Product");
        Ui.waitFor("Review in the diagram", () -> canvas.nodeGroup("table:Review") != null);
        assertThat(Ui.onFx(() -> canvas.nodeGroup("table:Review").getStyleClass()))
                .contains("selected", "export");
        typeInto(robot, "#designer-new-attribute", "rating");
        Ui.run(() -> robot.lookup("#designer-new-attribute-type")
                .queryAs(javafx.scene.control.ComboBox.class)
                .getEditor()
                .setText("Int!"));
        robot.clickOn("#designer-add-attribute");
        Ui.waitFor(
                "rating in the text",
                () -> area.getText().contains("  id: ID @primaryKey\n  rating: Int!\n}"),
                this::state);
    }

    @Test
    void editTheTextAndSeeTheDiagramUpdate(FxRobot robot) {
        CodeArea area = schemaText(robot);
        DiagramCanvas canvas = openDesigner(robot);
        Ui.run(() -> desktop.view().show(MainView.FILES));
        robot.clickOn(area);
        Ui.run(() -> area.moveTo(area.getLength()));
        robot.write("\ntype Supplier @table {\n  id: ID @primaryKey\n}\n");
        Ui.run(() -> desktop.view().show(MainView.DESIGNER));
        Ui.waitFor("Supplier in the diagram", () -> canvas.nodeGroup("table:Supplier") != null);
        Ui.run(() -> desktop.setTheme(dev.pilothouse.desktop.view.Theme.DARK));
        Ui.snapshot(
                desktop.scene(), "desktop-designer-dark"); // target/screenshots: the diagram's colours follow the theme
    }

    @Test
    void clickARowThenIndexItAndAnInvalidRenameIsExplained(FxRobot robot) {
        CodeArea area = schemaText(robot);
        DiagramCanvas canvas = openDesigner(robot);
        var stockRow = Ui.onFx(() -> canvas.nodeGroup("table:Product").getChildren().stream()
                .filter(n -> n.getStyleClass().contains("row")
                        && n.lookup(".row-name") instanceof javafx.scene.text.Text t
                        && t.getText().equals("stock"))
                .findFirst()
                .orElseThrow());
        robot.clickOn(stockRow);
        Ui.waitFor(
                "stock selected",
                () -> desktop.designer().selection().attributeProperty().get() != null);
        // fired once the form shows stock: a click can land while the form is still laid out for the selection
        Ui.waitFor(
                "the form shows stock",
                () -> robot.lookup("#designer-indexed")
                        .tryQuery()
                        .filter(javafx.scene.Node::isVisible)
                        .filter(n -> !n.isDisabled())
                        .isPresent());
        Ui.run(() -> robot.lookup("#designer-indexed")
                .<javafx.scene.control.CheckBox>query()
                .fire());
        Ui.waitFor("stock indexed in the text", () -> area.getText().contains("  stock: Int @indexed\n"), this::state);
        robot.clickOn("#designer-pane-table");
        robot.clickOn("#designer-rename-table").write("Order");
        robot.clickOn("#designer-rename-table-apply");
        Ui.waitFor(
                "error shown",
                () -> robot.lookup("#designer-error")
                        .tryQuery()
                        .filter(l -> l.isVisible() && ((Label) l).getText().contains("'Order' already exists"))
                        .isPresent(),
                this::state);
        assertThat(area.getText()).contains("type Product @table");
    }
}

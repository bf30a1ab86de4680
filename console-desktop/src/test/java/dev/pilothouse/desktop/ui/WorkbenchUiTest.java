package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.viewmodel.Problem;
import dev.pilothouse.schema.complete.Completion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The editing flows, headless: open a workspace, see a diagnostic appear, complete a directive, use the palette; the
 * unsaved mark, Enter's indentation, completion's filter and the problems of files without an editor.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchUiTest {

    /** Two {@code get} methods in one resource class: a warning (JS duplicate member). */
    static final String RESOURCES_WITH_WARNING = """
            import { Resource } from 'harperdb';

            export class Hello extends Resource {
              get() {
                return { hello: 'world' };
              }
              get() {
                return { hello: 'again' };
              }
            }
            """;

    private Desktop desktop;
    private Path workspace;

    @Start
    void start(Stage stage) {
        workspace = Ui.copyWorkspace("shop");
        try {
            Files.writeString(workspace.resolve("resources.js"), RESOURCES_WITH_WARNING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        desktop = Ui.offlineDesktop(stage, workspace);
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    private CodeArea schemaEditor(FxRobot robot) {
        Ui.waitFor(
                "schema editor open",
                () -> robot.lookup("#editor-schema-graphql").tryQuery().isPresent());
        return robot.lookup("#editor-schema-graphql").queryAs(CodeArea.class);
    }

    /** The schema editor, focused, the caret at the end. */
    private CodeArea atEnd(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        robot.clickOn(area);
        Ui.run(() -> area.moveTo(area.getLength()));
        return area;
    }

    @Test
    void openingAWorkspaceListsItsFilesAndOpensTheSchema(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        ListView<?> files = robot.lookup("#explorer-files").queryAs(ListView.class);
        assertThat(files.getItems()).hasSize(3);
        assertThat(area.getText()).contains("type Product @table @export");
        Ui.waitFor(
                "highlighting applied",
                () -> area.getStyleOfChar(area.getText().indexOf("@table") + 1).contains("tok-directive"));
    }

    @Test
    void typingAnUnknownTypeShowsItInTheProblemsPanel(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        robot.clickOn(area);
        Ui.run(() -> area.moveTo(area.getText().indexOf("  quantity: Int")));
        robot.write("  maker: Maker\n");
        TableView<?> problems = robot.lookup("#problems-table").queryAs(TableView.class);
        Ui.waitFor(
                "a problem naming Maker",
                () -> problems.getItems().stream().anyMatch(p -> p.toString().contains("Maker")));
        int at = area.getText().indexOf("Maker") + 1;
        assertThat(Ui.onFx(() -> area.getStyleOfChar(at))).contains("diag-error");
    }

    @Test
    void ctrlSpaceCompletesADirective(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        robot.clickOn(area);
        Ui.run(() -> area.moveTo(area.getLength()));
        robot.write("\ntype Review @ta");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        Ui.waitFor(
                "completion list",
                () -> robot.lookup("#completion-list").tryQuery().isPresent()
                        && robot.lookup("#completion-list")
                                        .queryAs(ListView.class)
                                        .getItems()
                                        .size()
                                > 0);
        robot.type(KeyCode.ENTER);
        Ui.waitFor("@table inserted", () -> area.getText().contains("type Review @table"));
    }

    @Test
    void typingAtOpensCompletionAndEscapeClosesIt(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        robot.clickOn(area);
        Ui.run(() -> area.moveTo(area.getLength()));
        robot.write("\ntype Tag @");
        Ui.waitFor(
                "completion after @",
                () -> robot.lookup("#completion-list")
                        .tryQuery()
                        .map(n -> n.getScene().getWindow().isShowing())
                        .orElse(false));
        robot.type(KeyCode.ESCAPE);
        Ui.waitFor(
                "completion closed",
                () -> robot.lookup("#completion-list")
                        .tryQuery()
                        .map(n -> !n.getScene().getWindow().isShowing())
                        .orElse(true));
    }

    @Test
    void f12JumpsToTheDefinitionAndAltEnterAppliesTheQuickFix(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        robot.clickOn(area);
        Ui.run(() -> area.moveTo(area.getText().indexOf("product: Product") + "product: Pro".length()));
        robot.type(KeyCode.F12);
        int definition = area.getText().indexOf("type Product") + "type ".length();
        Ui.waitFor(
                "Product's name selected",
                () -> area.getSelection().getStart() == definition && "Product".equals(area.getSelectedText()));

        Ui.run(() -> area.insertText(area.getText().indexOf("  quantity"), "  note: String @indexd\n"));
        Ui.waitFor(
                "diagnostic for @indexd",
                () -> desktop.workbench().problems().stream()
                        .anyMatch(p -> p.diagnostic().message().contains("@indexd")));
        Ui.run(() -> area.moveTo(area.getText().indexOf("@indexd") + 3));
        robot.press(KeyCode.ALT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.ALT);
        Ui.waitFor("fixed to @indexed", () -> area.getText().contains("note: String @indexed\n"));
    }

    @Test
    void commandPaletteRunsTheThemeToggle(FxRobot robot) {
        schemaEditor(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        Ui.waitFor(
                "palette open", () -> robot.lookup("#palette-query").tryQuery().isPresent());
        robot.write("dark theme");
        robot.type(KeyCode.ENTER);
        Ui.waitFor(
                "dark theme applied",
                () -> desktop.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
    }

    @Test
    void formatAndSaveKeepTheFileOnDiskInStep(FxRobot robot) throws Exception {
        CodeArea area = schemaEditor(robot);
        Ui.run(() -> area.replaceText("type   A @table {id:ID @primaryKey}\n"));
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        Ui.waitFor("formatted", () -> area.getText().startsWith("type A @table {\n  id: ID @primaryKey\n}"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Ui.waitFor(
                "saved",
                () -> !desktop.workbench()
                        .activeEditorProperty()
                        .get()
                        .dirtyProperty()
                        .get());
        assertThat(java.nio.file.Files.readString(workspace.resolve("schema.graphql")))
                .isEqualTo(Ui.onFx(area::getText));
    }

    @Test
    void startingWithoutHarperShowsARetryableFailure(FxRobot robot) {
        schemaEditor(robot);
        Ui.onFx(() -> desktop.runtime()
                .attach(
                        java.net.URI.create("http://127.0.0.1:9"),
                        new dev.pilothouse.runtime.Credentials.Basic("admin", "x")));
        Ui.waitFor(
                "failed task shown",
                () -> desktop.tasks().tasks().stream()
                        .anyMatch(t ->
                                "offline test runtime".equals(t.errorProperty().get())));
        assertThat(robot.lookup("#status-runtime").queryLabeled().getText()).contains("attach failed");
    }

    private static String tabTitle(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class);
        return tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId()))
                .map(Tab::getText)
                .findFirst()
                .orElse("");
    }

    @Test
    void undoingBackToTheSavedTextClearsTheUnsavedMarkAndRedoSetsItAgain(FxRobot robot) {
        atEnd(robot);
        assertThat(Ui.onFx(() -> tabTitle(robot, "tab-schema-graphql"))).isEqualTo("schema.graphql");
        robot.write("x");
        Ui.waitFor("unsaved mark", () -> tabTitle(robot, "tab-schema-graphql").equals("● schema.graphql"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Ui.waitFor(
                "mark cleared by undo",
                () -> tabTitle(robot, "tab-schema-graphql").equals("schema.graphql"));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        Ui.waitFor(
                "mark set by redo", () -> tabTitle(robot, "tab-schema-graphql").equals("● schema.graphql"));
    }

    /** What the explorer shows for {@code name} (empty while its cell is not laid out). */
    private static String explorerText(FxRobot robot, String name) {
        return robot.lookup("#explorer-files .list-cell").queryAll().stream()
                .map(c -> (javafx.scene.control.ListCell<?>) c)
                .filter(c -> c.getItem() instanceof Path p
                        && p.getFileName().toString().equals(name))
                .map(javafx.scene.control.ListCell::getText)
                .findFirst()
                .orElse("");
    }

    @Test
    void theExplorerMarksAFileWithUnsavedEditsAsItsTabDoes(FxRobot robot) {
        atEnd(robot);
        Ui.waitFor(
                "schema listed unmarked",
                () -> explorerText(robot, "schema.graphql").equals("schema.graphql"));
        robot.write("x");
        Ui.waitFor(
                "unsaved mark in the explorer",
                () -> explorerText(robot, "schema.graphql").equals("● schema.graphql"));
        assertThat(Ui.onFx(() -> explorerText(robot, "config.yaml"))).isEqualTo("config.yaml");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Ui.waitFor(
                "mark cleared by undo",
                () -> explorerText(robot, "schema.graphql").equals("schema.graphql")
                        && tabTitle(robot, "tab-schema-graphql").equals("schema.graphql"));
        robot.write("y");
        Ui.waitFor("marked again", () -> explorerText(robot, "schema.graphql").equals("● schema.graphql"));
        Ui.run(() -> desktop.workbench().saveActive());
        Ui.waitFor(
                "mark cleared by saving",
                () -> explorerText(robot, "schema.graphql").equals("schema.graphql"));
    }

    @Test
    void enterKeepsTheLinesIndentationAndIndentsAfterABrace(FxRobot robot) {
        CodeArea area = atEnd(robot);
        robot.write("type Review {");
        robot.type(KeyCode.ENTER);
        robot.write("id: ID");
        robot.type(KeyCode.ENTER);
        robot.write("note: String");
        Ui.waitFor(
                "indented body",
                () -> area.getText().endsWith("type Review {\n  id: ID\n  note: String"),
                area::getText);
    }

    @SuppressWarnings("unchecked")
    @Test
    void completionShowsOnlyWhatMatchesTheTypedPrefixAndNarrowsAsYouType(FxRobot robot) {
        atEnd(robot);
        robot.write("type Review @");
        Ui.waitFor(
                "completion after @",
                () -> robot.lookup("#completion-list")
                        .tryQuery()
                        .map(n -> n.getScene().getWindow().isShowing())
                        .orElse(false));
        ListView<Completion> list = robot.lookup("#completion-list").queryAs(ListView.class);
        int all = Ui.onFx(() -> list.getItems().size());
        robot.write("ex");
        Ui.waitFor(
                "narrowed to 'ex'",
                () -> list.getItems().size() < all
                        && !list.getItems().isEmpty()
                        && list.getItems().stream()
                                .allMatch(c -> c.label().toLowerCase().contains("ex")),
                () -> list.getItems().stream().map(Completion::label).toList().toString());
        assertThat(Ui.onFx(() -> list.getItems().get(0).label())).isEqualTo("export");
    }

    @SuppressWarnings("unchecked")
    @Test
    void problemsCountsTheWarningOfResourcesJsWithoutOpeningItAndDoubleClickOpensIt(FxRobot robot) {
        atEnd(robot);
        Ui.waitFor(
                "resources.js warning listed",
                () -> desktop.workbench().problems().stream()
                        .anyMatch(p -> p.location().startsWith("resources.js")),
                () -> desktop.workbench().problems().toString());
        TabPane bottom = robot.lookup("#bottom-panel").queryAs(TabPane.class);
        assertThat(Ui.onFx(() -> bottom.getTabs().get(0).getText())).isNotEqualTo("Problems (0)");
        long before = Ui.onFx(() -> resourcesProblems(desktop.workbench().problems()));

        TableView<Problem> table = robot.lookup("#problems-table").queryAs(TableView.class);
        Ui.waitFor(
                "row shown",
                () -> robot.lookup("#problems-table .table-row-cell").queryAll().stream()
                        .anyMatch(r -> ((TableRow<?>) r).getItem() != null));
        javafx.scene.Node row = Ui.onFx(() -> robot.lookup("#problems-table .table-row-cell").queryAll().stream()
                .filter(r -> ((TableRow<?>) r).getItem() instanceof Problem p
                        && p.location().startsWith("resources.js"))
                .findFirst()
                .orElseThrow());
        robot.doubleClickOn(row);
        Ui.waitFor(
                "resources.js opened",
                () -> robot.lookup("#editor-resources-js").tryQuery().isPresent());
        Ui.waitFor(
                "resources.js analysed in its editor",
                () -> desktop.workbench().editors().stream()
                        .anyMatch(e -> e.title().equals("resources.js")
                                && e.analyzedVersionProperty().get() >= 0));
        assertThat(Ui.onFx(() -> resourcesProblems(table.getItems())))
                .as("listed once, not twice")
                .isEqualTo(before);
    }

    private static long resourcesProblems(List<Problem> problems) {
        return problems.stream()
                .filter(p -> p.location().startsWith("resources.js"))
                .count();
    }
}

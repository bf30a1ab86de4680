package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.viewmodel.Problem;
import dev.pilothouse.schema.js.ResourcesChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * App files written by another program (an agent, another editor) while the console is open: the problems panel
 * and clean editors follow within seconds; an editor with unsaved edits is marked, not overwritten, and the user
 * chooses.
 */
@ExtendWith(ApplicationExtension.class)
class FilesChangedOnDiskUiTest {

    static final String BROKEN_SCHEMA = """
            type Product @table @export {
              id: ID @primaryKey
              maker: Maker
            }
            """;
    static final Duration FEW_SECONDS = Duration.ofSeconds(5);

    private Desktop desktop;
    private Path workspace;

    @Start
    void start(Stage stage) {
        workspace = Ui.copyWorkspace("shop");
        // the desktop as the application builds it (its real folder watch), without Harper
        desktop = Ui.offlineDesktop(stage, workspace);
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    private void write(String name, String text) {
        try {
            Files.writeString(workspace.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean problemNaming(FxRobot robot, String file, String word) {
        TableView<?> problems = robot.lookup("#problems-table").queryAs(TableView.class);
        return problems.getItems().stream()
                .map(Problem.class::cast)
                .anyMatch(
                        p -> p.title().equals(file) && p.diagnostic().message().contains(word));
    }

    private static boolean duplicateMember(FxRobot robot) {
        TableView<?> problems = robot.lookup("#problems-table").queryAs(TableView.class);
        return problems.getItems().stream()
                .map(Problem.class::cast)
                .anyMatch(p -> p.title().equals("resources.js")
                        && p.diagnostic().code().equals(ResourcesChecker.DUPLICATE_MEMBER));
    }

    private CodeArea schemaEditor(FxRobot robot) {
        Ui.waitFor(
                "schema editor open",
                () -> robot.lookup("#editor-schema-graphql").tryQuery().isPresent()
                        && desktop.workbench()
                                        .editors()
                                        .get(0)
                                        .analyzedVersionProperty()
                                        .get()
                                >= 0);
        return robot.lookup("#editor-schema-graphql").queryAs(CodeArea.class);
    }

    @Test
    void aBrokenSchemaWrittenOnDiskShowsInProblemsAndInTheCleanEditor(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        assertThat(Ui.onFx(() -> problemNaming(robot, "schema.graphql", "Maker")))
                .isFalse();
        write("schema.graphql", BROKEN_SCHEMA);
        Ui.waitFor(
                "the error in the problems panel", FEW_SECONDS, () -> problemNaming(robot, "schema.graphql", "Maker"));
        assertThat(Ui.<String>onFx(() -> area.getText())).isEqualTo(BROKEN_SCHEMA);
        assertThat(desktop.workbench().editors().get(0).dirtyProperty().get()).isFalse();
    }

    @Test
    void aFileWithoutAnEditorIsCheckedAgainWhenWrittenOnDisk(FxRobot robot) {
        schemaEditor(robot);
        assertThat(Ui.onFx(() -> duplicateMember(robot))).isFalse();
        write("resources.js", WorkbenchUiTest.RESOURCES_WITH_WARNING);
        Ui.waitFor("resources.js's warning listed", FEW_SECONDS, () -> duplicateMember(robot));
        assertThat(desktop.workbench().editorOf(workspace.resolve("resources.js")))
                .isEmpty();
    }

    @Test
    void unsavedEditsAreMarkedNotOverwrittenAndTheUserChooses(FxRobot robot) {
        CodeArea area = schemaEditor(robot);
        robot.clickOn(area);
        Ui.run(() -> area.moveTo(area.getLength()));
        robot.write("# mine");
        Ui.waitFor(
                "unsaved",
                () -> desktop.workbench().editors().get(0).dirtyProperty().get());

        write("schema.graphql", BROKEN_SCHEMA);
        Ui.waitFor(
                "the changed-on-disk bar",
                FEW_SECONDS,
                () -> robot.lookup("#disk-changed-schema-graphql")
                        .tryQuery()
                        .map(n -> n.isVisible())
                        .orElse(false));
        assertThat(Ui.<String>onFx(() -> area.getText())).endsWith("# mine").doesNotContain("Maker");
        assertThat(Ui.onFx(() -> robot.lookup("#editor-tabs")
                        .queryAs(javafx.scene.control.TabPane.class)
                        .getTabs()
                        .get(0)
                        .getText()))
                .isEqualTo("● schema.graphql ⚠");

        Ui.waitFor(
                "the explorer's marks",
                () -> robot.lookup("#explorer-files .list-cell").queryAll().stream()
                        .anyMatch(c -> "● schema.graphql ⚠".equals(((javafx.scene.control.Labeled) c).getText())));
        Ui.snapshot(desktop.scene(), "desktop-disk-changed");
        robot.clickOn("#disk-reload-schema-graphql");
        Ui.waitFor(
                "the disk's text in the editor, clean",
                () -> area.getText().equals(BROKEN_SCHEMA)
                        && !desktop.workbench().editors().get(0).dirtyProperty().get());
        Ui.waitFor(
                "its error in the problems panel", FEW_SECONDS, () -> problemNaming(robot, "schema.graphql", "Maker"));
        assertThat(robot.lookup("#disk-changed-schema-graphql").query().isVisible())
                .isFalse();
    }
}

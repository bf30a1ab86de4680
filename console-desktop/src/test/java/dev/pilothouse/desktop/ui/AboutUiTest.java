package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.viewmodel.ReviewPort;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "About Pilothouse" from the command palette names the build's version and the Java it runs on. */
@ExtendWith(ApplicationExtension.class)
class AboutUiTest {

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = Ui.onStage(
                stage,
                new Desktop(
                        Ui.offline(Ui.copyWorkspace("shop")),
                        new OfflineRuntime(),
                        (spec, sink) -> () -> {},
                        ReviewPort.NONE));
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void paletteOpensTheAboutBoxWithTheVersion(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        Ui.waitFor(
                "palette open", () -> robot.lookup("#palette-query").tryQuery().isPresent());
        robot.write("about");
        robot.type(KeyCode.ENTER);
        Ui.waitFor(
                "about box open", () -> robot.lookup("#about-dialog").tryQuery().isPresent());

        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("Pilothouse " + System.getProperty("pilothouse.expectedVersion"));
        assertThat(about.getContentText()).contains("Java " + Runtime.version().feature(), "JavaFX 21");
        Ui.snapshot(about.getScene(), "desktop-about");

        robot.clickOn((javafx.scene.Node) about.lookupButton(ButtonType.OK));
        Ui.waitFor(
                "about box closed",
                () -> robot.lookup("#about-dialog").tryQuery().isEmpty());
    }
}

package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.TestHumans;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The solo mode banner and status field follow the workspace policy, read through the kit (no Harper needed). */
@ExtendWith(ApplicationExtension.class)
class SoloModeUiTest {

    static final Identity ADA = Identity.parse("human:ada");

    private Desktop desktop;
    private Path workspace;
    private PilothouseHome home;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(Ui.TARGET, "solo-");
        home = new PilothouseHome(root.resolve("home"));
        workspace = root.resolve("shop");
        WorkspaceInit.init(workspace, Optional.of(Ui.copyWorkspace("shop")), ADA, home);
        OfflineRuntime runtime = new OfflineRuntime();
        desktop = Ui.onStage(
                stage,
                new Desktop(
                        Ui.offline(workspace),
                        runtime,
                        (spec, sink) -> () -> {},
                        new WorkspaceGovernance(home, TestHumans.registered(home, "ada"), runtime)));
        desktop.start();
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void withSoloModeOffNoBannerShows(FxRobot robot) throws Exception {
        Ui.waitFor(
                "policy read",
                () -> robot.lookup("#solo-mode-banner").tryQuery().isPresent());
        desktop.soloMode().refresh().get(); // the read's result is applied before the future completes

        assertThat(shown(robot, "#solo-mode-banner")).isFalse();
        assertThat(shown(robot, "#status-solo-mode")).isFalse();
    }

    @Test
    void turningSoloModeOnShowsTheBannerAndStatusFieldWithinAPoll(FxRobot robot) {
        Ui.waitFor(
                "policy read",
                () -> robot.lookup("#solo-mode-banner").tryQuery().isPresent());
        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            g.updatePolicy(g.policy().withSoloMode(true), TestHumans.proved(ADA)); // as `policy set --solo-mode on`
        }

        Ui.waitFor("banner shown", Duration.ofSeconds(12), () -> shown(robot, "#solo-mode-banner"));
        assertThat(robot.lookup("#solo-mode-banner").queryAs(Label.class).getText())
                .contains("Solo mode is on: changes deploy without a second person's approval");
        assertThat(shown(robot, "#status-solo-mode")).isTrue();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }
}

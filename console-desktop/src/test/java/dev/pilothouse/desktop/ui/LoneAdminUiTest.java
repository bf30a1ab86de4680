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

/** A boundary change made by a lone admin is flagged above the workbench until a second admin acknowledges it. */
@ExtendWith(ApplicationExtension.class)
class LoneAdminUiTest {

    static final Identity ADA = Identity.parse("human:ada");

    private Desktop desktop;
    private Path workspace;
    private PilothouseHome home;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(Ui.TARGET, "lone-admin-");
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
    void aLoneAdminsPolicyChangeShowsTheBannerWithinAPoll(FxRobot robot) throws Exception {
        Ui.waitFor(
                "banner installed",
                () -> robot.lookup("#lone-admin-banner").tryQuery().isPresent());
        desktop.loneAdmin().refresh().get();
        assertThat(shown(robot)).as("nothing was changed alone yet").isFalse();

        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            g.protect("Product", TestHumans.proved(ADA)); // as `pilothouse policy protect Product`, ada alone
        }

        Ui.waitFor("banner shown", Duration.ofSeconds(12), () -> shown(robot));
        assertThat(robot.lookup("#lone-admin-banner").queryAs(Label.class).getText())
                .contains("R1", "changed by a lone admin", "pilothouse requests acknowledge");
    }

    private static boolean shown(FxRobot robot) {
        return robot.lookup("#lone-admin-banner")
                .tryQuery()
                .map(Node::isVisible)
                .orElse(false);
    }
}

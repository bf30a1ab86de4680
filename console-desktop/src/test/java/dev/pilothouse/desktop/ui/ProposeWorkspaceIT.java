package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.proposal.Proposal;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Label;
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
 * Ctrl+Shift+D on a governed workspace connected to a real Harper: an unsaved edit is saved and becomes a proposal
 * by the desktop's human, opened in the Review tab; the working copy is main again, and nothing reached Harper (no
 * component, no deploy tag), since the desktop deploys only approved proposals through Governance.
 */
@ExtendWith(ApplicationExtension.class)
class ProposeWorkspaceIT {

    static final Identity REV = Identity.parse("human:rev");
    static final String CREW = "  name: String @indexed\n  crew: Int\n";

    private Desktop desktop;
    private Path workspace;
    private PilothouseHome home;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(Ui.TARGET, "propose-");
        home = new PilothouseHome(root.resolve("home"));
        workspace = root.resolve("harbour"); // the project name; no other test deploys it
        WorkspaceInit.init(workspace, Optional.of(Ui.copyWorkspace("fleet")), Identity.parse("human:ada"), home);
        OfflineRuntime runtime = new OfflineRuntime(); // connected below to the shared Harper
        desktop = Ui.onStage(
                stage,
                new Desktop(
                        Ui.offline(workspace),
                        runtime,
                        (spec, sink) -> () -> {},
                        new WorkspaceGovernance(
                                home, dev.pilothouse.desktop.TestHumans.registered(home, "rev"), runtime)));
        desktop.start();
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void ctrlShiftDProposesTheSavedWorkspaceAsTheDesktopsHumanAndDeploysNothing(FxRobot robot) throws Exception {
        var connection = DesktopHarper.connection(); // not inside Ui.run: the first call starts Harper
        Ui.run(() -> desktop.runtime().connected(connection));
        String main = Files.readString(workspace.resolve("schema.graphql"));
        Ui.waitFor(
                "schema editor open",
                () -> robot.lookup("#editor-schema-graphql").tryQuery().isPresent());
        CodeArea area = robot.lookup("#editor-schema-graphql").queryAs(CodeArea.class);
        Ui.run(() -> area.replaceText(main.replace("  name: String @indexed\n", CREW))); // unsaved
        robot.clickOn(area);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        Ui.waitFor(
                "asked why", () -> robot.lookup("#propose-rationale").tryQuery().isPresent());
        robot.clickOn("#propose-rationale").write("Count the crew of each boat");
        Ui.snapshot(robot.lookup("#propose-rationale").query().getScene(), "desktop-propose-dialog");
        robot.type(KeyCode.ENTER);

        Ui.waitFor(
                "proposal opened in the Review tab",
                Duration.ofSeconds(30),
                () -> desktop.review().detailProperty().get() != null
                        && robot.lookup("#review-approve").tryQuery().isPresent(),
                this::context);
        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            Proposal p = g.proposals().getFirst();
            assertThat(g.proposals()).hasSize(1);
            assertThat(p.author()).isEqualTo(REV.toString());
            assertThat(p.message()).isEqualTo("Count the crew of each boat");
            assertThat(p.state()).isEqualTo(ProposalState.OPEN);
            assertThat(g.files(p.commit()).get("schema.graphql")).contains("crew: Int");
            assertThat(g.deployTags()).as("no deploy tag").isEmpty();
            assertThat(g.audit().entries())
                    .extracting(e -> e.action())
                    .contains("proposal.created")
                    .noneMatch(a -> a.startsWith("deploy"));
        }
        assertThat(desktop.review().detailProperty().get().proposal().author()).isEqualTo("human:rev");
        assertThat(DesktopHarper.client().components().find("harbour"))
                .as("nothing deployed")
                .isEmpty();
        assertThat(Files.readString(workspace.resolve("schema.graphql")))
                .as("working copy back on main")
                .isEqualTo(main);
        Ui.waitFor("the clean editor shows main again", () -> area.getText().equals(main));
        Ui.snapshot(desktop.scene(), "desktop-propose");
        assertThat(Ui.onFx(() ->
                        robot.lookup("#status-deploy").queryAs(Label.class).getText()))
                .doesNotContain("live as");
    }

    private String context() {
        return "error: " + desktop.review().errorProperty().get() + "; tasks: "
                + desktop.tasks().tasks().stream()
                        .map(t -> t.title() + "=" + t.stateProperty().get() + " "
                                + t.errorProperty().get())
                        .toList();
    }
}

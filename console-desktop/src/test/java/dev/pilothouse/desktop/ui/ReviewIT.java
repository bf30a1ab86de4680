package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.service.AgentGatewayHost;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.desktop.viewmodel.LogsViewModel;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The review flow against a real Harper: the "fleet" app is live as deploy/1; an agent proposes v2 through
 * Governance; the proposal appears in the explorer, a premature approval is refused visibly and dismissed, it is
 * validated, approved and deployed from the UI, and Harper serves v2; rolling back from the History tab serves v1
 * again, and rolling back to the chosen deploy/2 serves v2. Also: the agent gateway hosted on loopback answers
 * at the URL in the status bar, and the Logs panel reads Harper's log.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewIT {

    static final Duration DEPLOY = Duration.ofSeconds(150);
    static final Identity ADA = Identity.parse("human:ada");

    private Desktop desktop;
    private Path workspace;
    private PilothouseHome home;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(Ui.TARGET, "review-");
        home = new PilothouseHome(root.resolve("home"));
        workspace = root.resolve("fleet");
        WorkspaceInit.init(workspace, Optional.of(Ui.copyWorkspace("fleet")), ADA, home);
        OfflineRuntime runtime = new OfflineRuntime(); // connected below to the shared Harper; deploys use its client
        WorkspaceGovernance governance =
                new WorkspaceGovernance(home, dev.pilothouse.desktop.TestHumans.registered(home, "rev"), runtime);
        desktop = Ui.onStage(
                stage,
                new Desktop(
                        Ui.offline(workspace),
                        runtime,
                        (spec, sink) -> () -> {},
                        governance,
                        new AgentGatewayHost(governance, 0)));
        desktop.start();
    }

    @AfterEach
    void close() {
        if (desktop != null) {
            Ui.run(desktop::close);
        }
    }

    private String servedVersion() {
        return DesktopHarper.client()
                .rest()
                .get("/FleetVersion")
                .map(n -> n.path("version").asText())
                .orElse("none");
    }

    @Test
    void anAgentsProposalIsApprovedDeployedAndRolledBackFromTheUi(FxRobot robot) throws Exception {
        var connection = DesktopHarper.connection();
        try (Governance g = Governance.open(
                workspace,
                home,
                Optional.of(new HarperTarget(
                        connection.client(),
                        new dev.pilothouse.runtime.Deployer(connection.client()),
                        "fleet",
                        DEPLOY)))) {
            dev.pilothouse.desktop.TestHumans.deployHeadSolo(g, home, ADA); // deploy/1: v1 is live
        }
        assertThat(servedVersion()).isEqualTo("1");
        Ui.run(() -> desktop.runtime().connected(connection));
        try (Governance g = Governance.open(workspace, home, Optional.empty())) {
            g.propose(
                    Map.of(
                            "resources.js",
                            Files.readString(workspace.resolve("resources.js")).replace("version: 1", "version: 2"),
                            "schema.graphql",
                            Files.readString(workspace.resolve("schema.graphql"))
                                    .replace("  name: String @indexed\n", "  name: String @indexed\n  crew: Int\n")),
                    Identity.parse("agent:claude"),
                    "Version 2: count the crew",
                    Optional.empty());
        }

        ListView<?> proposals = robot.lookup("#explorer-proposals").queryAs(ListView.class);
        Ui.waitFor(
                "the agent's proposal listed",
                Duration.ofSeconds(30),
                () -> proposals.getItems().size() == 1);
        robot.clickOn(Ui.filledCell(robot, "#explorer-proposals"));
        Ui.waitFor(
                "proposal opened",
                () -> desktop.review().detailProperty().get() != null
                        && robot.lookup("#review-validate").tryQuery().isPresent());
        assertThat(robot.lookup("#diff-schema-graphql").tryQuery()).isPresent();
        assertThat(robot.lookup("#proposal-schema-diagram").tryQuery())
                .as("the schema change drawn")
                .isPresent();

        robot.clickOn("#review-approve"); // too early: refused by rule, shown, dismissed, nothing changed
        Ui.waitFor(
                "refusal shown",
                () -> robot.lookup("#review-error")
                        .queryAs(Label.class)
                        .getParent()
                        .isVisible());
        assertThat(Ui.onFx(
                        () -> robot.lookup("#review-error").queryAs(Label.class).getText()))
                .startsWith("refused by rule must-be-validated:");
        robot.clickOn("#review-error-dismiss");
        Ui.waitFor(
                "refusal dismissed",
                () -> !robot.lookup("#review-error")
                        .queryAs(Label.class)
                        .getParent()
                        .isVisible());
        assertThat(state()).isEqualTo(ProposalState.OPEN);

        robot.clickOn("#review-validate");
        Ui.waitFor("validated", () -> state() == ProposalState.VALIDATED, this::context);
        robot.clickOn("#review-comment").write("crew counts look right");
        Ui.acknowledgeSkipped(robot); // validation here runs no shadow: the approver says so explicitly
        robot.clickOn("#review-approve");
        Ui.waitFor("approved", () -> state() == ProposalState.APPROVED, this::context);
        robot.clickOn("#review-deploy");
        // each step is drawn as it happens: the error-rate watch (10 s) is seen running, the health check done
        Ui.waitFor(
                "watch step running",
                DEPLOY,
                () -> phase(robot, "review-deploy-steps", "watch").equals("running"),
                this::context);
        assertThat(phase(robot, "review-deploy-steps", "verify")).isEqualTo("done");
        assertThat(Ui.onFx(() -> desktop.tasks().tasks().stream()
                        .filter(t -> t.title().startsWith("Deploy proposal"))
                        .findFirst()
                        .orElseThrow()
                        .messageProperty()
                        .get()))
                .as("the Tasks panel names the step under way")
                .startsWith("error-rate watch: running");
        Ui.waitFor("deployed", DEPLOY, () -> state() == ProposalState.DEPLOYED, this::context);
        assertThat(servedVersion()).isEqualTo("2");
        Ui.waitFor(
                "commit step done",
                () -> phase(robot, "review-deploy-steps", "record").equals("done"));
        assertThat(Ui.onFx(() -> robot.lookup("#review-deploy-steps").queryAs(GridPane.class).getChildren().stream()
                        .filter(n -> n.getId() != null && n.getId().startsWith("deploy-step-"))
                        .map(n -> n.getId().substring("deploy-step-".length()) + ":"
                                + n.getProperties().get("phase"))
                        .toList()))
                .containsExactly("check:done", "apply:done", "verify:done", "watch:done", "record:done");
        Ui.snapshot(robot.lookup("#review-deploy-steps").query().getScene(), "desktop-deploy-steps");
        assertThat(desktop.review()
                        .detailProperty()
                        .get()
                        .proposal()
                        .decisions()
                        .getFirst()
                        .comment())
                .isEqualTo("crew counts look right");

        robot.clickOn("#explorer-history");
        Ui.waitFor(
                "history tab with two deploy tags",
                () -> robot.lookup("#history-rollback-previous").tryQuery().isPresent()
                        && desktop.history().tags().size() == 2);
        robot.clickOn("#history-rollback-previous");
        Ui.waitFor("rolled back", DEPLOY, () -> desktop.history().tags().size() == 3, this::context);
        Ui.waitFor(
                "rollback steps shown in History",
                () -> phase(robot, "history-deploy-steps", "record").equals("done"));
        assertThat(servedVersion()).isEqualTo("1");

        Ui.run(() -> robot.lookup("#history-tags")
                .queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel()
                .select(desktop.history().tags().stream()
                        .filter(t -> t.name().equals("deploy/2"))
                        .findFirst()
                        .orElseThrow()));
        robot.clickOn("#history-rollback-tag");
        Ui.waitFor(
                "rolled back to deploy/2",
                DEPLOY,
                () -> desktop.history().tags().size() == 4,
                this::context);
        assertThat(servedVersion()).isEqualTo("2");
        Ui.waitFor(
                "audit verified",
                () -> robot.lookup("#history-audit")
                        .queryAs(Label.class)
                        .getText()
                        .startsWith("audit verified to #"));
        assertThat(desktop.history().timelineProperty().get().nodes())
                .anySatisfy(n -> assertThat(n.classes()).contains("rollback"));
    }

    /** The phase a deploy step list shows for a step, or "" when that step is not listed (yet). */
    private static String phase(FxRobot robot, String list, String step) {
        return Ui.onFx(() -> robot.lookup("#" + list + " #deploy-step-" + step)
                .tryQuery()
                .map(n -> String.valueOf(n.getProperties().get("phase")))
                .orElse(""));
    }

    @Test
    void theAgentGatewayAnswersAtTheStatusBarsUrlAndLogsAreRead(FxRobot robot) throws Exception {
        var connection = DesktopHarper.connection(); // not inside Ui.run: the first call starts Harper
        Ui.run(() -> desktop.runtime().connected(connection));
        Label agents = robot.lookup("#status-agents").queryAs(Label.class);
        Ui.waitFor(
                "gateway hosted for the connected runtime",
                () -> agents.getText().contains("http://127.0.0.1:")
                        && desktop.tasks().tasks().stream()
                                        .filter(t -> t.title().equals("Host agent gateway"))
                                        .count()
                                == 2
                        && desktop.tasks().tasks().stream()
                                .noneMatch(t -> t.stateProperty().get()
                                        == dev.pilothouse.desktop.viewmodel.TaskItem.State.RUNNING),
                this::context);
        URI endpoint = URI.create(Ui.onFx(agents::getText).replace("Agents: ", ""));
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(endpoint)
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401); // it runs, and it wants an agent's token
        Ui.waitFor("log entries", () -> !desktop.logs().entries().isEmpty());
        Ui.run(() -> desktop.logs().minimumProperty().set(LogsViewModel.Level.TRACE));
        assertThat(Ui.onFx(() -> desktop.logs().shown().size()))
                .isEqualTo(Ui.onFx(() -> desktop.logs().entries().size()));
        Ui.run(() -> desktop.logs().minimumProperty().set(LogsViewModel.Level.ERROR));
        assertThat(Ui.onFx(() -> desktop.logs().shown().stream()
                        .map(e -> e.level())
                        .distinct()
                        .toList()))
                .isSubsetOf("error", "fatal", "notify");
        Ui.run(desktop::close);
        desktop = null;
        Thread.sleep(300);
        assertThat(reachable(endpoint)).as("gateway stopped on close").isFalse();
    }

    private static boolean reachable(URI endpoint) {
        try (java.net.Socket s = new java.net.Socket(endpoint.getHost(), endpoint.getPort())) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private ProposalState state() {
        var d = desktop.review().detailProperty().get();
        return d == null ? null : d.proposal().state();
    }

    private String context() {
        return "error: " + desktop.review().errorProperty().get() + "; tasks: "
                + desktop.tasks().tasks().stream()
                        .map(t -> t.title() + "=" + t.stateProperty().get() + " "
                                + t.errorProperty().get())
                        .toList();
    }
}

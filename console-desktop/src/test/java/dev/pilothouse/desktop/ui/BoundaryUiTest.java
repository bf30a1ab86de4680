package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.agent.auth.AgentRegistry;
import dev.pilothouse.agent.auth.Scope;
import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.TestHumans;
import dev.pilothouse.desktop.service.DesktopBoundary;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.workspace.Actor;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.PolicyBoundary;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.humans.HumanChanges;
import dev.pilothouse.workspace.humans.HumanRegistry;
import dev.pilothouse.workspace.humans.Role;
import dev.pilothouse.workspace.policy.Policy;
import dev.pilothouse.workspace.policy.PolicyStore;
import dev.pilothouse.workspace.requests.ChangeRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Requests and View-as-agent tabs, headless and without Harper: the desktop's human (this OS account, the first
 * admin) approves a second admin's request and is refused their own; an agent's surface shows the redacted attribute.
 */
@ExtendWith(ApplicationExtension.class)
class BoundaryUiTest {

    static final Identity BOB = Identity.parse("human:bob");

    private Desktop desktop;
    private Path workspace;
    private PilothouseHome home;
    private DesktopBoundary boundary;

    @Start
    void start(Stage stage) throws Exception {
        Path root = Files.createTempDirectory(Ui.TARGET, "boundary-");
        home = new PilothouseHome(root.resolve("home"));
        workspace = root.resolve("shop");
        WorkspaceInit.init(workspace, Optional.of(Ui.copyWorkspace("shop")), Identity.parse("human:ada"), home);
        HumanRegistry humans = TestHumans.registered(home, "ada");
        boundary = new DesktopBoundary(home, humans);
        humans.add("bob", Set.of(), Optional.of("daemon"));
        boundary.requests().file(boundary.user("test"), HumanChanges.roles("bob", Set.of(Role.ADMIN))); // ada alone
        OfflineRuntime runtime = new OfflineRuntime();
        desktop = Ui.onStage(
                stage,
                new Desktop(
                        Ui.offline(workspace),
                        runtime,
                        (spec, sink) -> () -> {},
                        new WorkspaceGovernance(home, humans, runtime)));
        desktop.start();
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void approvingASecondAdminsRequestAppliesIt(FxRobot robot) {
        ChangeRequest bobs = fileSoloMode(TestHumans.proved(BOB));
        openRequests(robot, bobs.id());

        approve(robot);

        Ui.waitFor(
                "applied",
                () -> outcome(robot).contains(bobs.id() + " (")
                        && outcome(robot).contains("applied"),
                () -> "outcome '" + outcome(robot) + "', error '" + error(robot) + "', selected "
                        + table(robot).getSelectionModel().getSelectedItem());
        assertThat(policy().soloMode()).isTrue();
        assertThat(boundary.requests().get(bobs.id())).satisfies(r -> {
            assertThat(r.state()).isEqualTo(ChangeRequest.State.APPLIED);
            assertThat(r.decidedBy()).isEqualTo("human:ada");
        });
        Ui.waitFor(
                "no longer pending", () -> table(robot).getItems().stream().noneMatch(r -> r.id().equals(bobs.id())));
    }

    @Test
    void approvingOnesOwnRequestShowsTheRefusal(FxRobot robot) throws Exception {
        ChangeRequest own = fileSoloMode(boundary.user("test"));
        openRequests(robot, own.id());

        approve(robot);

        Ui.waitFor(
                "refusal shown",
                () -> robot.lookup("#requests-error")
                                .tryQuery()
                                .map(Node::isVisible)
                                .orElse(false)
                        && error(robot).contains("refused by rule no-self-approval"));
        assertThat(policy().soloMode()).isFalse();
        assertThat(boundary.requests().get(own.id()).state()).isEqualTo(ChangeRequest.State.PENDING);
        assertThat(Ui.onFx(() -> robot.lookup("#requests-detail")
                        .<javafx.scene.control.TextArea>query()
                        .getText()))
                .contains(own.id(), "asked by human:ada", "before: ", "after: ");
        Thread.sleep(300); // a couple of pulses for CSS and layout
        Ui.snapshot(desktop.scene(), "desktop-requests");
    }

    @Test
    void viewAsAgentShowsTheGatewaysSurface(FxRobot robot) throws Exception {
        try (Governance g = Governance.open(workspace, home, Optional.empty())) { // bob asks, ada approves
            boundary.requests()
                    .approve(g.protect("Product.price", TestHumans.proved(BOB)).id(), boundary.user("test"));
        }
        new AgentRegistry(home, Clock.systemUTC()).add("catalog-bot", Set.of(Scope.READ, Scope.PROPOSE));
        command("view.agentSurface");
        Ui.waitFor(
                "agents listed",
                () -> robot.lookup("#surface-agent")
                        .tryQuery()
                        .map(c -> ((ComboBox<?>) c).getItems().contains("catalog-bot"))
                        .orElse(false));
        Ui.run(() -> robot.lookup("#surface-agent").<ComboBox<String>>query().setValue("catalog-bot"));

        robot.clickOn("#surface-show");

        Ui.waitFor("surface shown", Duration.ofSeconds(20), () -> {
            TreeView<?> tree = robot.lookup("#agent-surface-tables").query();
            return tree.getRoot() != null;
        });
        assertThat(Ui.onFx(() ->
                        robot.lookup("#agent-surface-agent").<Label>query().getText()))
                .isEqualTo("agent:catalog-bot — scopes read, propose");
        assertThat(Ui.onFx(() -> robot.lookup("#agent-surface-tools")
                        .<ListView<String>>query()
                        .getItems()))
                .anyMatch(t -> t.startsWith("propose_change  [propose]"))
                .anyMatch(t -> t.startsWith("query_table"));
        String tables = Ui.onFx(() -> text(
                robot.lookup("#agent-surface-tables").<TreeView<String>>query().getRoot()));
        assertThat(tables).contains("Product", "price: [redacted", "name: returned");
        assertThat(Ui.onFx(() -> robot.lookup("#agent-surface-proposable")
                        .<ListView<String>>query()
                        .getItems()))
                .contains("schema.graphql");
        Thread.sleep(300);
        Ui.snapshot(desktop.scene(), "desktop-agent-surface");
    }

    private static String text(javafx.scene.control.TreeItem<String> item) {
        StringBuilder out = new StringBuilder(item.getValue()).append('\n');
        item.getChildren().forEach(c -> out.append(text(c)));
        return out.toString();
    }

    private ChangeRequest fileSoloMode(Actor who) {
        return boundary.requests().file(who, PolicyBoundary.change(policy(), policy().withSoloMode(true)));
    }

    private Policy policy() {
        return new PolicyStore(home.policyFile()).load();
    }

    private void command(String id) {
        Ui.run(() -> desktop.palette().commands().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow()
                .action()
                .run());
    }

    private void openRequests(FxRobot robot, String id) {
        command("view.requests");
        Ui.waitFor(
                "request listed",
                () -> robot.lookup("#requests-table")
                        .tryQuery()
                        .map(t -> ((TableView<?>) t)
                                .getItems().stream()
                                        .anyMatch(r -> ((ChangeRequest) r).id().equals(id)))
                        .orElse(false));
        Ui.run(() -> {
            TableView<ChangeRequest> table = table(robot);
            table.getSelectionModel()
                    .select(table.getItems().stream()
                            .filter(r -> r.id().equals(id))
                            .findFirst()
                            .orElseThrow());
        });
    }

    private static TableView<ChangeRequest> table(FxRobot robot) {
        return robot.lookup("#requests-table").query();
    }

    /**
     * Fires the Approve button the user sees for the selected request. Fired rather than clicked: the subject here
     * is what approving does, and a mouse click on a loaded machine can land before the tab's layout settles.
     */
    private static void approve(FxRobot robot) {
        Ui.run(() -> {
            javafx.scene.control.Button approve =
                    robot.lookup("#requests-approve").queryButton();
            assertThat(approve.isDisabled())
                    .as("Approve enabled for the selected request")
                    .isFalse();
            approve.fire();
        });
    }

    private static String error(FxRobot robot) {
        return robot.lookup("#requests-error")
                .tryQuery()
                .map(l -> ((Label) l).getText())
                .orElse("");
    }

    private static String outcome(FxRobot robot) {
        return robot.lookup("#requests-outcome")
                .tryQuery()
                .map(l -> ((Label) l).getText())
                .orElse("");
    }
}

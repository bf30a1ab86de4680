package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.DesktopOptions;
import dev.pilothouse.desktop.service.AgentGatewayHost;
import dev.pilothouse.desktop.service.HarperRuntime;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.desktop.view.Theme;
import dev.pilothouse.desktop.view.WorkbenchView.MainView;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.schema.edit.SchemaEdit;
import dev.pilothouse.workspace.Governance;
import dev.pilothouse.workspace.Identity;
import dev.pilothouse.workspace.PilothouseHome;
import dev.pilothouse.workspace.WorkspaceInit;
import dev.pilothouse.workspace.deploy.HarperTarget;
import dev.pilothouse.workspace.proposal.ProposalState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Screenshots of the main views against a real Harper, written to target/screenshots/desktop-*.png (and to
 * docs/screenshots with -Dpilothouse.updateScreenshots=true; see docs/desktop.md).
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotIT {

    static final Identity ADA = Identity.parse("human:ada");

    private Desktop desktop;
    private Path workspace;
    private Path root;
    private PilothouseHome home;

    @Start
    void start(Stage stage) throws Exception {
        root = Files.createTempDirectory(Ui.TARGET, "shots-");
        home = new PilothouseHome(root.resolve("home"));
        workspace = root.resolve("shop");
        WorkspaceInit.init(workspace, Optional.of(Ui.copyWorkspace("shop")), ADA, home);
        HarperRuntime runtime =
                new HarperRuntime(home, workspace, Ui.TARGET.resolve("no-runtime"), HarperInstaller.forCurrentUser());
        WorkspaceGovernance governance =
                new WorkspaceGovernance(home, dev.pilothouse.desktop.TestHumans.registered(home, "ada"), runtime);
        desktop = new Desktop(
                new DesktopOptions(
                        workspace, null, null, null, Ui.TARGET.resolve("no-runtime"), false, false, Theme.LIGHT),
                runtime,
                null,
                governance,
                new AgentGatewayHost(governance, 0));
        stage.setScene(desktop.scene());
        stage.show();
        desktop.start();
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void mainViews(FxRobot robot) throws Exception {
        var connection = DesktopHarper.connection();
        Ui.run(() -> desktop.runtime().connected(connection));
        Ui.run(() -> desktop.runtime().refreshHealth("shop"));
        Ui.waitFor(
                "schema open",
                () -> robot.lookup("#editor-schema-graphql").tryQuery().isPresent());
        CodeArea area = robot.lookup("#editor-schema-graphql").queryAs(CodeArea.class);
        designer(area);
        Ui.run(() -> area.insertText(
                area.getText().indexOf("  quantity: Int"), "  maker: Maker @indexed\n  note: String @indexd\n"));
        Ui.waitFor("diagnostics", () -> desktop.workbench().problems().size() >= 2);
        Ui.waitFor(
                "healthy",
                () -> "healthy".equals(desktop.runtime().healthProperty().get()));
        Ui.run(() -> area.moveTo(area.getText().indexOf("Maker") + 2));
        shot("desktop-workbench");

        Ui.run(() -> desktop.view().show(MainView.DATA));
        Ui.waitFor(
                "tables",
                () -> desktop.data().tables().stream().anyMatch(t -> t.name().equals("Product")));
        Ui.run(() -> desktop.data()
                .tableProperty()
                .set(desktop.data().tables().stream()
                        .filter(t -> t.name().equals("Product"))
                        .findFirst()
                        .orElseThrow()));
        Ui.waitFor("rows", () -> desktop.data().rows().size() >= 12);
        // the subscription opens asynchronously, and Harper may still be replacing workers after another test's
        // deploy: write again until the data browser sees a change (at most four times)
        for (int attempt = 0; ; attempt++) {
            Thread.sleep(800);
            DesktopHarper.client()
                    .upsert(
                            "data",
                            "Product",
                            List.of(Map.of(
                                    "id", "p5", "name", "Ensign (restocked)", "price", 15.0, "stock", 240 + attempt)));
            try {
                Ui.waitFor(
                        "changed row",
                        Duration.ofSeconds(8),
                        () -> desktop.data().rows().stream().anyMatch(r -> r.changed()));
                break;
            } catch (AssertionError notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
        shot("desktop-data");

        Ui.run(() -> desktop.view().show(MainView.LIVE));
        Ui.run(() -> desktop.live().subscribe("ws:/Product/"));
        Ui.run(() -> desktop.live().subscribe("mqtt:Order/#"));
        Thread.sleep(1_000);
        for (int i = 0; i < 30; i++) {
            DesktopHarper.client()
                    .upsert(
                            "data",
                            "Product",
                            List.of(Map.of(
                                    "id", "p" + (1 + i % 12), "name", "Item " + i, "price", 5.0 + i, "stock", i)));
            if (i % 3 == 0) {
                DesktopHarper.client()
                        .upsert(
                                "data",
                                "Order",
                                List.of(Map.of("id", "o" + i, "productId", "p" + (1 + i % 12), "quantity", 1 + i % 4)));
            }
            Thread.sleep(40);
        }
        Ui.waitFor(
                "live events",
                () -> desktop.live().events().size() >= 20
                        && desktop.live().topicRates().size() >= 2);
        Thread.sleep(600); // one more counters refresh
        shot("desktop-live");
        flow(robot);

        robot.clickOn("#tab-live-metrics");
        for (int i = 0; i < 40; i++) { // some requests, so the rate chart is not flat
            DesktopHarper.client()
                    .rest()
                    .put(
                            "/Product/m" + (i % 5),
                            Map.of("id", "m" + (i % 5), "name", "M " + i, "price", 1.0 + i, "stock", i));
            Thread.sleep(100);
        }
        Ui.waitFor(
                "metrics samples",
                Duration.ofSeconds(30),
                () -> robot.lookup("#metrics-status")
                        .tryQuery()
                        .map(l -> ((javafx.scene.control.Label) l)
                                .getText()
                                .matches("[3-9] samples.*|[1-9][0-9]+ samples.*"))
                        .orElse(false));
        shot("desktop-metrics");

        Ui.run(() -> {
            desktop.view().show(MainView.FILES);
            desktop.palette().commands().stream()
                    .filter(c -> c.id().equals("view.plugins"))
                    .findFirst()
                    .orElseThrow()
                    .action()
                    .run();
        });
        Ui.waitFor("plugin panels", () -> !desktop.plugins().panels().isEmpty());
        shot("desktop-plugins");

        Ui.run(() -> {
            desktop.setTheme(Theme.DARK);
            desktop.view().show(MainView.FILES);
        });
        shot("desktop-dark");
    }

    /** The review of an agent's proposal (validated with live evidence), then history after its deploy. */
    @Test
    void reviewAndHistory(FxRobot robot) throws Exception {
        var connection = DesktopHarper.connection();
        Path fleet = root.resolve("fleet");
        WorkspaceInit.init(fleet, Optional.of(Ui.copyWorkspace("fleet")), ADA, home);
        try (Governance g = Governance.open(
                fleet,
                home,
                Optional.of(new HarperTarget(
                        connection.client(),
                        new dev.pilothouse.runtime.Deployer(connection.client()),
                        "fleet",
                        Duration.ofSeconds(150))))) {
            dev.pilothouse.desktop.TestHumans.deployHeadSolo(g, home, ADA);
            g.propose(
                    Map.of(
                            "schema.graphql",
                            Files.readString(fleet.resolve("schema.graphql"))
                                    .replace(
                                            "  name: String @indexed\n",
                                            "  name: String\n  crew: Int\n  berth: String @indexed\n"),
                            "resources.js",
                            Files.readString(fleet.resolve("resources.js")).replace("version: 1", "version: 2")),
                    Identity.parse("agent:claude"),
                    "Version 2: crew count and berth per boat\n\nName lookups" + " are rare, so its index goes.",
                    Optional.empty());
        }
        Ui.run(() -> {
            desktop.runtime().connected(connection);
            desktop.workbench().openWorkspace(fleet);
        });
        Ui.waitFor("proposal listed", () -> desktop.review().proposals().size() == 1);
        robot.clickOn(Ui.filledCell(robot, "#explorer-proposals"));
        Ui.waitFor(
                "proposal open",
                () -> robot.lookup("#review-validate").tryQuery().isPresent());
        robot.clickOn("#review-validate");
        Ui.waitFor(
                "validated",
                () -> desktop.review().detailProperty().get().proposal().state() == ProposalState.VALIDATED);
        Ui.run(() -> desktop.view().showBottom("tab-tasks"));
        shot("desktop-review");
        Ui.run(() -> robot.lookup("#proposal-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
        shot("desktop-review-diff");
        Ui.run(() -> {
            var scroll = robot.lookup("#proposal-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            double top = robot.lookup("#proposal-schema-diagram")
                    .query()
                    .getBoundsInParent()
                    .getMinY();
            double range = scroll.getContent().getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.clamp((top - 60) / range, 0, 1));
        });
        shot("desktop-review-diagram");
        Ui.run(() -> robot.lookup("#proposal-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(0));

        robot.clickOn("#review-comment").write("Fine: nothing queries by name");
        Ui.acknowledgeSkipped(robot); // validation here runs no shadow: the approver says so explicitly
        robot.clickOn("#review-approve");
        Ui.waitFor(
                "approved",
                () -> desktop.review().detailProperty().get().proposal().state() == ProposalState.APPROVED);
        robot.clickOn("#review-deploy");
        Ui.waitFor(
                "deployed",
                Duration.ofSeconds(150),
                () -> desktop.review().detailProperty().get().proposal().state() == ProposalState.DEPLOYED);
        robot.clickOn("#explorer-history");
        Ui.waitFor(
                "two deploy tags and the timeline",
                () -> desktop.history().tags().size() == 2
                        && robot.lookup("#history-timeline .diagram").tryQuery().isPresent());
        Ui.run(() -> desktop.view().showBottom("tab-logs"));
        Ui.waitFor("log entries", () -> !desktop.logs().shown().isEmpty());
        shot("desktop-history");

        // History's comparison of the two deployed versions
        Ui.run(() -> {
            robot.lookup("#history-compare-pane")
                    .queryAs(javafx.scene.control.TitledPane.class)
                    .setExpanded(true);
            var versions = desktop.history().versions();
            robot.lookup("#history-compare-from")
                    .queryAs(javafx.scene.control.ComboBox.class)
                    .getSelectionModel()
                    .select(versions.get(versions.size() - 1));
            robot.lookup("#history-compare-to")
                    .queryAs(javafx.scene.control.ComboBox.class)
                    .getSelectionModel()
                    .select(versions.get(0));
        });
        robot.clickOn("#history-compare");
        Ui.waitFor(
                "comparison",
                () -> desktop.history().comparisonProperty().get() != null
                        && !desktop.history().comparisonProperty().get().files().isEmpty());
        shot("desktop-compare");
    }

    /**
     * An agent's code change validated where no sandbox exists: the shadow step waits for a reviewer (skipped, grey)
     * and the review offers to run it unconfined; then solo mode turned on, shown above the workbench.
     */
    @Test
    void reviewOfAShadowWaitingForAReviewerThenSoloMode(FxRobot robot) throws Exception {
        Path dock = root.resolve("dock");
        WorkspaceInit.init(dock, Optional.of(Ui.copyWorkspace("shop")), ADA, home);
        var shadow = new dev.pilothouse.workspace.shadow.ShadowHarper(
                root.resolve("shadow"),
                HarperInstaller.forCurrentUser(),
                true,
                Optional.of("no sandbox on this machine"));
        try (Governance g = Governance.at(dock, home).shadow(shadow).open()) {
            String resources = Files.readString(dock.resolve("resources.js"));
            String id = g.propose(
                            Map.of("resources.js", resources + "\n// restock hint: low stock below 5\n"),
                            Identity.parse("agent:claude"),
                            "Restock hint in the resources",
                            Optional.empty())
                    .id();
            g.validate(id, "agent:claude");
        }
        Ui.run(() -> desktop.workbench().openWorkspace(dock));
        Ui.waitFor("proposal listed", () -> desktop.review().proposals().size() == 1);
        robot.clickOn(Ui.filledCell(robot, "#explorer-proposals"));
        Ui.waitFor(
                "run unconfined offered",
                () -> robot.lookup("#review-run-unconfined").tryQuery().isPresent());
        shot("desktop-review-shadow");

        try (Governance g = Governance.open(dock, home, Optional.empty())) {
            g.updatePolicy(g.policy().withSoloMode(true), dev.pilothouse.desktop.TestHumans.proved(ADA));
        }
        Ui.waitFor(
                "solo mode banner",
                Duration.ofSeconds(12),
                () -> robot.lookup("#solo-mode-banner")
                        .tryQuery()
                        .map(javafx.scene.Node::isVisible)
                        .orElse(false));
        shot("desktop-solo-mode");
    }

    /** The designer after a few form operations, a row selected; the text is put back afterwards. */
    private void designer(CodeArea area) throws Exception {
        String original = Ui.onFx(area::getText);
        var d = desktop.designer();
        Ui.run(() -> desktop.view().show(MainView.DESIGNER));
        for (SchemaEdit edit : List.of(
                new SchemaEdit.AddTable("Review", "id", "ID", null, true),
                new SchemaEdit.AddAttribute("Review", "productId", "ID"),
                new SchemaEdit.SetIndexed("Review", "productId", true),
                new SchemaEdit.AddRelationship("Review", "product", "Product", "productId", null),
                new SchemaEdit.AddAttribute("Review", "rating", "Int!"),
                new SchemaEdit.AddRelationship("Product", "reviews", "Review", null, "productId"))) {
            assertThat(Ui.onFx(() -> d.apply(edit)).get(20, java.util.concurrent.TimeUnit.SECONDS))
                    .as(edit.describe())
                    .isTrue();
        }
        Ui.waitFor(
                "designer diagram",
                () -> d.sceneProperty().get() != null
                        && d.sceneProperty().get().nodes().size() == 3
                        && d.sceneProperty().get().edges().size() == 3);
        Ui.run(() -> d.select("table:Review", "rating"));
        shot("desktop-designer");
        Ui.run(() -> {
            area.replaceText(original);
            desktop.view().show(MainView.FILES);
        });
    }

    /** The Live view's Flow tab while REST writers and our WebSocket and MQTT subscriptions are busy. */
    private void flow(FxRobot robot) throws Exception {
        robot.clickOn("#tab-live-flow");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            DesktopHarper.client()
                    .rest()
                    .put(
                            "/Product/p" + (1 + i % 12),
                            Map.of("id", "p" + (1 + i % 12), "name", "Flow " + i, "price", 5.0 + i % 40, "stock", i));
            if (i % 3 == 0) {
                DesktopHarper.client()
                        .rest()
                        .put(
                                "/Order/f" + i % 9,
                                Map.of("id", "f" + i % 9, "productId", "p" + (1 + i % 12), "quantity", 1 + i % 4));
            }
            Thread.sleep(30);
            if (i > 60
                    && flowShows(List.of(
                            "flow:src:rest:REST clients->res:Product",
                            "flow:src:rest:REST clients->res:Order",
                            "flow:res:Product->sub:websocket:this console",
                            "flow:res:Order->sub:mqtt:this console"))) {
                break;
            }
        }
        Ui.run(robot.lookup("#live-flow").queryAs(dev.pilothouse.desktop.diagram.DiagramCanvas.class)::fit);
        shot("desktop-flow");
        robot.clickOn("#tab-live-events");
    }

    private boolean flowShows(List<String> edges) {
        return Ui.onFx(() -> {
            var scene = desktop.flow().flowSceneProperty().get();
            return scene != null
                    && edges.stream()
                            .allMatch(id -> scene.edges().stream()
                                    .anyMatch(e ->
                                            e.id().equals(id) && !e.classes().contains("idle")));
        });
    }

    private void shot(String name) throws Exception {
        Thread.sleep(300); // a couple of pulses for CSS and layout
        Path file = Ui.snapshot(desktop.scene(), name);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}

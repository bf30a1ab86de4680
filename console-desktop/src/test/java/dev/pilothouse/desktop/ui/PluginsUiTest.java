package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.service.WorkspaceGovernance;
import dev.pilothouse.desktop.viewmodel.PluginsViewModel.PanelView;
import dev.pilothouse.desktop.viewmodel.Problem;
import dev.pilothouse.plugin.api.Plugin;
import dev.pilothouse.plugin.host.PluginRecord;
import dev.pilothouse.plugin.host.PluginStatus;
import dev.pilothouse.plugin.host.PluginTrust;
import dev.pilothouse.testsupport.PluginSources;
import dev.pilothouse.testsupport.TestJars;
import dev.pilothouse.workspace.PilothouseHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The open workspace's plugins in the desktop: the bundled naming rule's diagnostic in the editor's problems, the
 * Plugins tab listing them, a jar panel drawn and a throwing panel replaced by its error, the window still alive.
 */
@ExtendWith(ApplicationExtension.class)
class PluginsUiTest {

    private Desktop desktop;

    @Start
    void start(Stage stage) throws Exception {
        Path workspace = Ui.copyWorkspace("shop");
        Files.writeString(
                workspace.resolve("schema.graphql"),
                "\ntype order_line @table {\n  id: ID @primaryKey\n}\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path plugins = Files.createDirectories(workspace.resolve(".pilothouse/plugins"));
        PilothouseHome home = new PilothouseHome(Files.createTempDirectory(Ui.TARGET, "plugins-home-"));
        PluginTrust trust = PluginTrust.in(home.root()); // workspace jars load once an admin allow-lists them
        trust.trust(
                panelJar(
                        plugins,
                        "shelf",
                        "Shelf",
                        "return new PanelContent.Text(in.schema().tables().size()" + " + \" tables\");"),
                "human:ada",
                Instant.now());
        trust.trust(
                panelJar(plugins, "boom", "Boom", "throw new IllegalStateException(\"panel exploded\");"),
                "human:ada",
                Instant.now());
        panelJar(plugins, "stray", "Stray", "return new PanelContent.Text(\"never drawn\");");
        WorkspaceGovernance governance = new WorkspaceGovernance(
                home, dev.pilothouse.desktop.TestHumans.registered(home, "ada"), new OfflineRuntime());
        desktop = Ui.onStage(
                stage, new Desktop(Ui.offline(workspace), new OfflineRuntime(), (spec, sink) -> () -> {}, governance));
        desktop.start();
    }

    private static Path panelJar(Path folder, String name, String title, String body) throws Exception {
        return TestJars.build(
                folder.resolve(name + ".jar"),
                PluginSources.panelPlugin(name, title, body),
                PluginSources.serviceEntry(PluginSources.className(name)),
                Map.of(),
                Plugin.class);
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void namingRuleInTheEditorAndPanelsDrawnOrReplacedByTheirError(FxRobot robot) {
        Ui.waitFor(
                "the naming rule's problem",
                () -> desktop.workbench().problems().stream()
                        .map(Problem::diagnostic)
                        .anyMatch(
                                d -> d.code().equals("NAMING001") && d.message().contains("order_line")));

        Ui.run(() -> desktop.palette().commands().stream()
                .filter(c -> c.id().equals("view.plugins"))
                .findFirst()
                .orElseThrow()
                .action()
                .run());
        Ui.waitFor("three panels", () -> desktop.plugins().panels().size() == 3);

        assertThat(Ui.onFx(() -> desktop.plugins().plugins().stream()
                        .map(PluginRecord::name)
                        .toList()))
                .contains("naming-conventions", "schema-summary", "shelf", "boom", "stray");
        PluginRecord stray = Ui.onFx(() -> desktop.plugins().plugins().stream()
                .filter(r -> r.name().equals("stray"))
                .findFirst()
                .orElseThrow());
        assertThat(stray.status()).isEqualTo(PluginStatus.REFUSED);
        assertThat(stray.error()).contains("not allow-listed: sha256");
        assertThat(Ui.onFx(() -> desktop.plugins().panels().stream()
                        .map(PanelView::title)
                        .toList()))
                .containsExactlyInAnyOrder("Schema summary", "Shelf", "Panel failed");
        PanelView failed = Ui.onFx(() -> desktop.plugins().panels().stream()
                .filter(p -> p.error() != null)
                .findFirst()
                .orElseThrow());
        assertThat(failed.plugin()).isEqualTo("boom");
        assertThat(failed.error()).contains("panel exploded").contains("boom.jar");
        // the panels sit in a scroll pane, whose content joins the scene graph at its next layout pass
        Ui.waitFor(
                "the panels laid out",
                () -> robot.lookup("#plugin-panel-shelf").tryQuery().isPresent()
                        && robot.lookup("#plugin-panel-boom").tryQuery().isPresent());
        TitledPane shelf = robot.lookup("#plugin-panel-shelf").queryAs(TitledPane.class);
        assertThat(Ui.onFx(() -> ((javafx.scene.control.TextArea) shelf.getContent()).getText()))
                .isEqualTo("3 tables");
        assertThat(robot.lookup("#plugin-panel-boom").tryQuery()).isPresent();
        assertThat(Ui.onFx(() -> desktop.plugins().statusProperty().get())).contains("1 failed");
    }
}

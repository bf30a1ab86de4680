package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.diagram.DiagramCanvas;
import dev.pilothouse.desktop.view.WorkbenchView;
import dev.pilothouse.desktop.viewmodel.ReviewPort;
import dev.pilothouse.visualizer.scene.Scene;
import java.time.Duration;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Live view's flow and topology tabs against a real Harper: REST writes show up as an inbound edge. */
@ExtendWith(ApplicationExtension.class)
class LiveFlowIT {

    private static final String REST_EDGE = "flow:src:rest:REST clients->res:Product";

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = Ui.onStage(stage, new Desktop(Ui.offline(null), new OfflineRuntime(), null, ReviewPort.NONE));
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void restWritesAppearAsAnInboundEdgeOfTheFlowDiagram(FxRobot robot) throws Exception {
        Ui.run(() -> {
            desktop.runtime().connected(DesktopHarper.connection());
            desktop.view().show(WorkbenchView.MainView.LIVE);
        });
        robot.clickOn("#tab-live-flow");
        DiagramCanvas canvas = robot.lookup("#live-flow").queryAs(DiagramCanvas.class);
        // the analytics feed's first poll only finds where Harper's table ends: write until the edge shows
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int i = 0;
        while (!hasRestEdge(canvas) && System.nanoTime() < deadline) {
            for (int k = 0; k < 5; k++, i++) {
                DesktopHarper.client()
                        .rest()
                        .put(
                                "/Product/flow" + (i % 7),
                                Map.of("id", "flow" + (i % 7), "name", "Flow " + i, "price", 1.0 + i, "stock", i));
            }
            Thread.sleep(200);
        }
        assertThat(hasRestEdge(canvas))
                .as("REST edge in %s", Ui.onFx(() -> edges(canvas.shown())))
                .isTrue();
        // drawn, not only in the model: the edge's line is a shape in the canvas, labelled with a nonzero rate
        assertThat(Ui.onFx(() -> canvas.lookupAll(".edge-line").stream().anyMatch(Node::isVisible)))
                .isTrue();
        Scene shown = Ui.onFx(canvas::shown);
        String label = shown.edges().stream()
                .filter(e -> e.id().equals(REST_EDGE))
                .findFirst()
                .orElseThrow()
                .labels()
                .get(0)
                .text()
                .strip();
        assertThat(label).matches("[0-9.]+k?/s");
        long redraws = Ui.onFx(() -> desktop.flow().redrawsProperty().get());
        assertThat(redraws).isPositive();

        robot.clickOn("#tab-live-topology");
        Ui.waitFor(
                "topology of the connected node",
                () -> Ui.onFx(() -> {
                    Scene t = robot.lookup("#live-topology")
                            .queryAs(DiagramCanvas.class)
                            .shown();
                    return t != null
                            && t.nodes().size() == 1
                            && t.nodes().get(0).classes().contains("healthy");
                }));
        assertThat(Ui.onFx(() -> robot.lookup("#live-tabs")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId()))
                .isEqualTo("tab-live-topology");
        assertThat(Ui.onFx(() -> robot.lookup("#live-topology")
                        .queryAs(DiagramCanvas.class)
                        .lookupAll(".node")
                        .size()))
                .isPositive();
    }

    private static boolean hasRestEdge(DiagramCanvas canvas) {
        return Ui.onFx(() -> canvas.shown() != null
                && canvas.shown().edges().stream()
                        .anyMatch(e -> e.id().equals(REST_EDGE) && !e.classes().contains("idle")));
    }

    private static String edges(Scene scene) {
        return scene == null
                ? "no scene"
                : scene.edges().stream().map(e -> e.id()).toList().toString();
    }
}

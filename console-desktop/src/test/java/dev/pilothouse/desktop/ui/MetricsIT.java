package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.view.WorkbenchView;
import dev.pilothouse.desktop.viewmodel.ReviewPort;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Live view's Metrics tab against a real Harper: its figures and charts fill from the 2 s poll. */
@ExtendWith(ApplicationExtension.class)
class MetricsIT {

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
    void figuresAndChartsOfTheConnectedRuntimeAppear(FxRobot robot) {
        Ui.run(() -> {
            desktop.runtime().connected(DesktopHarper.connection());
            desktop.view().show(WorkbenchView.MainView.LIVE);
        });
        robot.clickOn("#tab-live-metrics");
        Ui.waitFor(
                "two samples",
                () -> Ui.onFx(() -> robot.lookup("#metrics-status")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("2 samples")
                        || robot.lookup("#metrics-status")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("3 samples")));
        assertThat(Ui.onFx(
                        () -> robot.lookup("#metric-rss").queryAs(Label.class).getText()))
                .matches("[0-9.]+ MB")
                .isNotEqualTo("0.0 MB");
        assertThat(Ui.onFx(() ->
                        robot.lookup("#metric-threads").queryAs(Label.class).getText()))
                .matches("[1-9][0-9]*");
        java.util.List<Integer> points =
                Ui.onFx(() -> robot.lookup("#live-metrics").query().lookupAll(".chart").stream()
                        .map(c ->
                                ((LineChart<?, ?>) c).getData().get(0).getData().size())
                        .toList());
        assertThat(points).hasSize(3).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
    }
}

package dev.pilothouse.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.Desktop;
import dev.pilothouse.desktop.view.WorkbenchView;
import dev.pilothouse.desktop.viewmodel.LiveViewModel;
import dev.pilothouse.desktop.viewmodel.ReviewPort;
import dev.pilothouse.desktop.viewmodel.TopicRate;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The live view under 10,000 synthetic events/s: every event is counted, the list stays bounded, per-topic rates
 * fill in and the FX thread is never starved. How smooth it stays (p99 frame interval) is measured by
 * {@code LiveFrameTimingBenchmark}, outside {@code verify}.
 */
@ExtendWith(ApplicationExtension.class)
class LiveViewUnderLoadTest {

    private final SyntheticStream stream = new SyntheticStream(10_000);
    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = Ui.onStage(stage, new Desktop(Ui.offline(null), new OfflineRuntime(), stream, ReviewPort.NONE));
        desktop.view().show(WorkbenchView.MainView.LIVE);
    }

    @AfterEach
    void close() {
        Ui.run(desktop::close);
    }

    @Test
    void everyEventIsCountedWhileTheListStaysBoundedAndTheFxThreadKeepsPulsing() {
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        Ui.run(() -> {
            timer.start();
            desktop.live().subscribe("synthetic");
        });
        Ui.waitFor("the list filled", () -> desktop.live().events().size() == LiveViewModel.MAX_ROWS);
        long counted = Ui.onFx(() -> desktop.live().receivedProperty().get());
        Ui.waitFor(
                "20,000 more events counted",
                () -> desktop.live().receivedProperty().get() > counted + 20_000);
        Ui.run(timer::stop);

        assertThat(Ui.onFx(() -> desktop.live().events().size())).isEqualTo(LiveViewModel.MAX_ROWS);
        assertThat(Ui.onFx(() -> desktop.live().droppedProperty().get()))
                .as("coalescing and the bounded buffer may drop rows, never more than were counted")
                .isLessThan(Ui.onFx(() -> desktop.live().receivedProperty().get()));
        assertThat(Ui.onFx(() -> desktop.live().topicRates().stream()
                        .map(TopicRate::topic)
                        .toList()))
                .containsExactlyInAnyOrder("Product", "Order", "sensors/temp", "sensors/vibration");
        assertThat(Ui.onFx(() -> desktop.live().topicRates().stream()
                        .mapToDouble(TopicRate::perSecond)
                        .sum()))
                .as("the rates add up to a busy stream")
                .isGreaterThan(1_000);
        assertThat(pulses.get())
                .as("the FX thread kept pulsing while the stream ran")
                .isGreaterThan(10);
    }
}

package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.MetricsSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sampling, the kept window and a new history per runtime; the real Harper is in ui.MetricsIT. */
class MetricsViewModelTest {

    static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    final List<RuntimePort.Connection> asked = new ArrayList<>();
    RuntimePort.Connection connection = new RuntimePort.Connection("local", "n", "4.7.29", null, null);
    int second;
    RuntimeException failure;

    final MetricsViewModel vm = new MetricsViewModel(
            c -> {
                asked.add(c);
                if (failure != null) {
                    throw failure;
                }
                MetricsSnapshot s = new MetricsSnapshot(T0.plusSeconds(second), second, 1, 2, 3, 1, second, 4, 0.5, 0);
                second += 2;
                return s;
            },
            () -> connection,
            Runnable::run,
            Runnable::run);

    @Test
    void keepsTheLastFiveMinutesAndShowsTheNewest() {
        for (int i = 0; i < 200; i++) { // 400 s of samples every 2 s
            vm.refresh();
        }
        assertThat(vm.history().getFirst().time()).isEqualTo(T0.plusSeconds(398 - 300));
        assertThat(vm.history()).hasSize(151);
        assertThat(vm.latestProperty().get().cpuPercent()).isEqualTo(398);
        assertThat(vm.statusProperty().get()).isEqualTo("151 samples, last 08:06:38 UTC");
    }

    @Test
    void anotherRuntimeStartsANewHistoryAndNoRuntimeSamplesNothing() {
        vm.refresh();
        vm.refresh();
        connection = new RuntimePort.Connection("attached", "m", "4.7.29", null, null);
        vm.refresh();
        assertThat(vm.history()).hasSize(1);
        connection = null;
        vm.refresh();
        assertThat(asked).hasSize(3);
        assertThat(vm.statusProperty().get()).isEqualTo("no runtime");
    }

    @Test
    void aFailedSampleIsReportedAndTheNextOneStillRuns() {
        failure = new IllegalStateException("Harper unreachable");
        vm.refresh();
        assertThat(vm.statusProperty().get()).startsWith("metrics failed").contains("Harper unreachable");
        failure = null;
        vm.refresh();
        assertThat(vm.history()).hasSize(1);
    }
}

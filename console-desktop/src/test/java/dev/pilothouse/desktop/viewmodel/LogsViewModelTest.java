package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Incremental reads, the level filter and the bound on kept entries; the real read_log is in ui.ReviewIT. */
class LogsViewModelTest {

    static final Instant T0 = Instant.parse("2026-11-22T06:00:00Z");
    static final RuntimePort.Connection CONNECTED = new RuntimePort.Connection("local", "n", "4.7.29", null, null);

    final List<LogSource.Entry> log = new ArrayList<>();
    final List<Instant> asked = new ArrayList<>();
    RuntimePort.Connection connection = CONNECTED;

    final LogsViewModel vm = new LogsViewModel(
            (c, from, limit) -> {
                asked.add(from);
                return log.stream()
                        .filter(e -> !e.time().isBefore(from))
                        .limit(limit)
                        .toList();
            },
            () -> connection,
            Runnable::run,
            Runnable::run,
            Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC));

    private void write(int second, String level, String message) {
        log.add(new LogSource.Entry(T0.plusSeconds(second), level, "main/0", message));
    }

    @Test
    void theFirstReadCoversTheLastHalfHour() {
        vm.refresh();
        assertThat(asked).containsExactly(T0.plusSeconds(60).minus(LogsViewModel.FIRST_WINDOW));
    }

    @Test
    void readsOnlyWhatIsNewSinceTheNewestEntrySeen() {
        write(1, "info", "a");
        write(2, "error", "b");
        vm.refresh();
        write(3, "warn", "c");
        vm.refresh();
        assertThat(vm.entries()).extracting(LogSource.Entry::message).containsExactly("a", "b", "c");
        assertThat(asked.get(1)).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void showsEntriesFromTheChosenLevelUp() {
        write(1, "debug", "d");
        write(2, "info", "i");
        write(3, "warn", "w");
        write(4, "error", "e");
        vm.refresh();
        assertThat(vm.shown()).extracting(LogSource.Entry::message).containsExactly("i", "w", "e");
        vm.minimumProperty().set(LogsViewModel.Level.WARN);
        assertThat(vm.shown()).extracting(LogSource.Entry::message).containsExactly("w", "e");
        vm.minimumProperty().set(LogsViewModel.Level.TRACE);
        assertThat(vm.shown()).hasSize(4);
    }

    @Test
    void keepsTheNewestEntriesOnly() {
        for (int i = 0; i < LogsViewModel.KEEP + 300; i++) {
            write(i, "info", "m" + i);
            if (i % LogsViewModel.PAGE == 0) {
                vm.refresh();
            }
        }
        vm.refresh();
        assertThat(vm.entries()).hasSize(LogsViewModel.KEEP);
        assertThat(vm.entries().getLast().message()).isEqualTo("m" + (LogsViewModel.KEEP + 299));
    }

    @Test
    void withoutARuntimeNothingIsReadAndTheStatusSaysWhy() {
        connection = null;
        vm.refresh();
        assertThat(asked).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("no runtime");
    }

    @Test
    void aFailedReadIsShownAndTheNextOneStillRuns() {
        LogsViewModel failing = new LogsViewModel(
                (c, from, limit) -> {
                    throw new IllegalStateException("Harper answered 500");
                },
                () -> CONNECTED,
                Runnable::run,
                Runnable::run,
                Clock.systemUTC());
        failing.refresh();
        assertThat(failing.statusProperty().get()).isEqualTo("read_log failed: Harper answered 500");
        failing.refresh();
        assertThat(failing.statusProperty().get()).startsWith("read_log failed");
    }
}

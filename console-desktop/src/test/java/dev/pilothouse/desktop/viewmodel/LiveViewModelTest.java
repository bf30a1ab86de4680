package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.live.EventBuffer;
import dev.pilothouse.desktop.live.LiveItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveViewModelTest {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final List<Consumer<LiveItem>> sinks = new ArrayList<>();
    private final TasksViewModel tasks = new TasksViewModel(Runnable::run, Runnable::run);
    private final LiveViewModel vm = new LiveViewModel(
            (spec, sink) -> {
                sinks.add(sink);
                return () -> {};
            },
            tasks,
            timers,
            Runnable::run,
            1_000);

    @AfterEach
    void stop() {
        vm.closeStreams();
        timers.shutdownNow();
    }

    private static EventBuffer.Batch batch(int n, String topic, long nanos) {
        List<LiveItem> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new LiveItem(
                    Instant.now(), topic, LiveItem.Kind.PUT, false, String.valueOf(i), "{\"n\":" + i + "}", 12));
        }
        return new EventBuffer.Batch(items, Map.of(topic, (long) n), 0, 0, nanos);
    }

    @Test
    void eventsFromASubscribedStreamReachTheListThroughTheDrainTimer() throws Exception {
        vm.subscribe("ws:/Product/");
        sinks.get(0).accept(new LiveItem(Instant.now(), "/Product/", LiveItem.Kind.PUT, false, "p1", "{}", 2));
        EditorViewModelTest.await(() -> vm.events().size() == 1);
        assertThat(vm.receivedProperty().get()).isEqualTo(1);
    }

    @Test
    void listKeepsOnlyTheNewestRows() {
        vm.apply(batch(1_500, "a", System.nanoTime()));
        vm.apply(batch(1_500, "b", System.nanoTime()));
        assertThat(vm.events()).hasSize(LiveViewModel.MAX_ROWS);
        assertThat(vm.events().get(vm.events().size() - 1).topic()).isEqualTo("b");
    }

    @Test
    void ratesArePerTopic() {
        long t0 = System.nanoTime();
        vm.apply(batch(100, "fast", t0 + 1_000_000_000L));
        vm.apply(batch(100, "fast", t0 + 2_000_000_000L));
        assertThat(vm.topicRates()).singleElement().satisfies(r -> {
            assertThat(r.total()).isEqualTo(200);
            assertThat(r.perSecond()).isBetween(90.0, 110.0);
        });
    }

    @Test
    void pausedKeepsCountingButStopsAddingRows() {
        vm.pausedProperty().set(true);
        vm.apply(batch(10, "a", System.nanoTime()));
        assertThat(vm.events()).isEmpty();
        assertThat(vm.receivedProperty().get()).isEqualTo(10);
    }

    @Test
    void filterNarrowsTheVisibleRows() {
        vm.apply(batch(10, "Product", System.nanoTime()));
        vm.apply(batch(5, "Order", System.nanoTime()));
        vm.filterProperty().set("order");
        assertThat(vm.visibleEvents()).hasSize(5);
        vm.filterProperty().set("");
        assertThat(vm.visibleEvents()).hasSize(15);
    }

    @Test
    void recordingExportsJsonLines(@TempDir Path dir) throws Exception {
        vm.recordingProperty().set(true);
        batch(3, "Product", System.nanoTime()).items().forEach(vm::offer);
        vm.apply(new EventBuffer.Batch(List.of(), Map.of(), 0, 0, System.nanoTime()));
        assertThat(vm.recordedCountProperty().get()).isEqualTo(3);
        Path file = vm.export(dir.resolve("events.jsonl")).get();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .contains(
                        "\"topic\":\"Product\"",
                        "\"kind\":\"PUT\"",
                        "\"replay\":false",
                        "\"summary\":\"{\\\"n\\\":0}\"",
                        "\"bytes\":12");
    }

    @Test
    void theSuggestedStreamIsTheOpenAppsFirstExportedTable() {
        vm.suggestFrom(java.util.Map.of("fleet.Depot", "/depots/"));
        org.assertj.core.api.Assertions.assertThat(vm.suggestedProperty().get()).isEqualTo("ws:/depots/");
        vm.suggestFrom(java.util.Map.of());
        org.assertj.core.api.Assertions.assertThat(vm.suggestedProperty().get()).isEmpty();
    }
}

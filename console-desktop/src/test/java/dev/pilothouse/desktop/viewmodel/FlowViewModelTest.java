package dev.pilothouse.desktop.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.desktop.live.LiveItem;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.runtime.InboundTraffic;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.flow.FlowDiagram;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.scene.SceneEdge;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowViewModelTest {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService layout = Executors.newSingleThreadExecutor();
    private final AtomicLong clock = new AtomicLong();

    @AfterEach
    void stop() {
        timers.shutdownNow();
        layout.shutdownNow();
    }

    private FlowViewModel flow(FlowModel model) {
        DiagramAssembler assembler = new DiagramAssembler(new Layouter(Runnable::run, 4));
        return new FlowViewModel(
                model, new FlowDiagram(assembler), new TopologyDiagram(assembler), timers, layout, Runnable::run);
    }

    private static LiveItem change(String topic, LiveItem.Kind kind, boolean replay) {
        return new LiveItem(Instant.now(), topic, kind, replay, "p1", "{\"name\":\"Anchor\"}", 120);
    }

    @Test
    void deliveriesAndInboundTrafficBecomeEdgesWithRates() throws Exception {
        FlowModel model = new FlowModel(clock::get, Duration.ofMillis(100), 100, Duration.ofMinutes(5));
        FlowViewModel vm = flow(model);
        List<LiveItem> shown = new ArrayList<>();
        Consumer<LiveItem> sink = vm.counting("ws:/Product/", shown::add);
        sink.accept(change("/Product/", LiveItem.Kind.PUT, true)); // state on connect: shown, not counted
        for (int i = 0; i < 20; i++) {
            sink.accept(change("/Product/", LiveItem.Kind.PUT, false));
        }
        vm.inbound()
                .accept(new InboundTraffic(
                        Instant.now(), 1000, InboundTraffic.Source.REST, null, "Product", "PUT", 9, 900));
        clock.addAndGet(Duration.ofMillis(150).toNanos());
        vm.snapshotTaken(model.snapshot());
        Scene scene = await(vm, 1);

        assertThat(shown).hasSize(21);
        SceneEdge out = edge(scene, "flow:res:Product->sub:websocket:" + FlowViewModel.SUBSCRIBER);
        SceneEdge in = edge(scene, "flow:src:rest:REST clients->res:Product");
        // 20 deliveries and 9 writes within the 0.9 s window
        assertThat(out.labels().get(0).text().strip()).isEqualTo("22/s");
        assertThat(in.labels().get(0).text().strip()).isEqualTo("10/s");
        assertThat(out.width()).isGreaterThan(in.width());
        assertThat(model.snapshot().totalEvents()).isEqualTo(29);
        // the rates count what crossed the wire (120 bytes a change), not the length of the text shown
        assertThat(model.snapshot().links())
                .filteredOn(l -> l.key().channel().name().equals("WEBSOCKET"))
                .singleElement()
                .satisfies(l -> assertThat(l.totalBytes()).isEqualTo(20 * 120));
    }

    @Test
    void manyEventsCoalesceIntoABoundedNumberOfRedraws() throws Exception {
        FlowViewModel vm = flow(FlowModel.withDefaults());
        Consumer<LiveItem> sink = vm.counting("mqtt:Order/#", item -> {});
        long start = System.nanoTime();
        vm.start();
        int events = 0;
        while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(1_200)) {
            for (int i = 0; i < 500; i++) {
                sink.accept(change("Order/#", LiveItem.Kind.MESSAGE, false));
            }
            events += 500;
            Thread.sleep(1);
        }
        double elapsedPeriods = (System.nanoTime() - start) / (double) FlowViewModel.PERIOD.toNanos();
        Scene scene = await(vm, 1);
        vm.close();
        long redraws = vm.redrawsProperty().get();
        assertThat(events).isGreaterThan(5_000);
        assertThat(redraws).as("redraws for %d events", events).isBetween(1L, (long) Math.ceil(elapsedPeriods) + 2);
        assertThat(edge(scene, "flow:res:Order->sub:mqtt:" + FlowViewModel.SUBSCRIBER)
                        .classes())
                .doesNotContain("idle");
    }

    @Test
    void topologyIsDrawnFromTheClusterModel() throws Exception {
        FlowViewModel vm = flow(FlowModel.withDefaults());
        vm.topology(new ClusterTopology(
                List.of(
                        new ClusterTopology.Node("n1", "http://127.0.0.1:9925", true, ""),
                        new ClusterTopology.Node("n2", "http://127.0.0.2:9925", true, "")),
                List.of(new ClusterTopology.Link("n1", "n2", true, 3, List.of("data")))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (vm.topologySceneProperty().get() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Scene scene = vm.topologySceneProperty().get();
        assertThat(scene).isNotNull();
        assertThat(scene.nodes()).extracting(n -> n.id()).containsExactly("node:n1", "node:n2");
        assertThat(edge(scene, "link:n1->n2").classes()).contains("connected");
    }

    @Test
    void afterCloseLateSnapshotsAndTopologiesAreIgnoredNotRejected() {
        FlowModel model = FlowModel.withDefaults();
        FlowViewModel vm = flow(model);
        vm.close();
        layout.shutdownNow(); // as the desktop's executors are, right after the view model
        vm.snapshotTaken(model.snapshot());
        vm.topology(new ClusterTopology(List.of(), List.of()));
        assertThat(vm.redrawsProperty().get()).isZero();
        assertThat(vm.flowSceneProperty().get()).isNull();
    }

    private static Scene await(FlowViewModel vm, long redraws) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (vm.redrawsProperty().get() < redraws && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(vm.redrawsProperty().get()).isGreaterThanOrEqualTo(redraws);
        return vm.flowSceneProperty().get();
    }

    private static SceneEdge edge(Scene scene, String id) {
        return scene.edges().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + id + " in "
                        + scene.edges().stream().map(SceneEdge::id).toList()));
    }
}

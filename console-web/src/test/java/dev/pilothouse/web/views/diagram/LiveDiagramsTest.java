package dev.pilothouse.web.views.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.Attach;
import dev.pilothouse.runtime.Credentials;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.visualizer.flow.Channel;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.scene.Scene;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A view's live diagrams stop every poller when it detaches; an unreachable Harper draws an empty flow. */
class LiveDiagramsTest {

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        ticker.shutdownNow();
    }

    @Test
    void closingStopsTheTickAndNothingIsDrawnAfterwards() throws Exception {
        // port 9 (discard) on loopback refuses: every poll fails, which the pollers report and survive
        HarperClient unreachable = new HarperClient(
                Attach.endpoint(URI.create("http://127.0.0.1:9/"), null, new Credentials.Basic("admin", "x")));
        List<Scene> flows = new CopyOnWriteArrayList<>();
        LiveDiagrams live = new LiveDiagrams(unreachable, ticker, flows::add, scene -> {});
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (flows.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(flows).as("the first tick draws the empty flow").isNotEmpty();
        assertThat(flows.get(0).nodes()).isEmpty();
        assertThat(live.running()).isTrue();

        live.close();
        int drawn = flows.size();
        Thread.sleep(1_500);
        assertThat(live.running()).isFalse();
        assertThat(flows).hasSize(drawn);
    }

    @Test
    void aBurstOfEventsIsRedrawnAtMostOnceASecondAndAQuietModelNotAgain() throws Exception {
        HarperClient unreachable = new HarperClient(
                Attach.endpoint(URI.create("http://127.0.0.1:9/"), null, new Credentials.Basic("admin", "x")));
        FlowModel model = FlowModel.withDefaults();
        List<Scene> flows = new CopyOnWriteArrayList<>();
        try (LiveDiagrams live = new LiveDiagrams(unreachable, model, ticker, flows::add, scene -> {})) {
            long start = System.nanoTime();
            while (System.nanoTime() - start < 3_000_000_000L) { // three seconds of writes, thousands of events
                model.inbound(Channel.REST, "REST clients", "Product", 100);
            }
            assertThat(live.events()).isGreaterThan(1_000);
            // one draw per tick at most: the first (empty) one, then one per second of changing rates
            assertThat(flows.size())
                    .as("draws during 3 s of %d events", live.events())
                    .isBetween(2, 5);
            assertThat(flows.get(flows.size() - 1).edges())
                    .extracting(e -> e.id())
                    .contains("flow:src:rest:REST clients->res:Product");
        }
    }
}

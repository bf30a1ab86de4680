package dev.pilothouse.visualizer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowTickerTest {

    private final AtomicLong clock = new AtomicLong();
    private final FlowModel model = new FlowModel(clock::get, Duration.ofMillis(100), 100, Duration.ofMinutes(1));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<FlowSnapshot> drawn = new ArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void manyEventsBetweenTicksCoalesceIntoOneRedraw() {
        FlowTicker ticker = new FlowTicker(model, scheduler, Duration.ofMillis(250), drawn::add);
        ticker.close();
        for (int i = 0; i < 10_000; i++) {
            model.outbound(Channel.WEBSOCKET, "Order", "console", 1);
        }

        assertThat(ticker.tick()).isTrue();

        assertThat(drawn).hasSize(1);
        assertThat(drawn.get(0).totalEvents()).isEqualTo(10_000);
    }

    @Test
    void scheduledTicksRedrawAtLeastFourTimesASecondWhileBusy() throws Exception {
        FlowModel live = FlowModel.withDefaults();
        List<FlowSnapshot> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        try (FlowTicker ticker = new FlowTicker(live, scheduler, Duration.ofMillis(200), seen::add)) {
            long end = System.nanoTime() + 1_100_000_000L;
            while (System.nanoTime() < end) {
                live.inbound(Channel.MQTT, "sensor", "Reading", 8);
                Thread.sleep(1);
            }
        }
        assertThat(seen.size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void quietModelIsNotRedrawnOnceRatesHaveDecayed() {
        FlowTicker ticker = new FlowTicker(model, scheduler, Duration.ofMillis(100), drawn::add);
        ticker.close();
        model.outbound(Channel.SSE, "Order", "console", 1);
        ticker.tick();
        clock.addAndGet(2_000_000_000L);
        ticker.tick();
        drawn.clear();

        assertThat(ticker.tick()).isFalse();
        assertThat(drawn).isEmpty();
    }

    @Test
    void refusesPeriodsSlowerThanFourTimesASecond() {
        assertThatThrownBy(() -> new FlowTicker(model, scheduler, Duration.ofMillis(500), s -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

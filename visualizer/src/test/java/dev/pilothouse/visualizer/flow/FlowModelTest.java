package dev.pilothouse.visualizer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FlowModelTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final FlowModel model = new FlowModel(clock::get, Duration.ofMillis(100), 50, Duration.ofSeconds(10));

    private void advance(long millis) {
        clock.addAndGet(millis * 1_000_000L);
    }

    private FlowLink link(FlowSnapshot s, String from, String to) {
        return s.links().stream()
                .filter(l -> l.key().from().equals(from) && l.key().to().equals(to))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBatchFromTheRuntimesAnalyticsCountsAsThatManyEventsInTheWindow() {
        new AnalyticsFlow(model)
                .accept(new dev.pilothouse.runtime.InboundTraffic(
                        java.time.Instant.EPOCH,
                        1000,
                        dev.pilothouse.runtime.InboundTraffic.Source.REPLICATION,
                        "127.0.0.2",
                        "Order",
                        "replication",
                        45,
                        4500));
        advance(100);

        FlowLink l = link(model.snapshot(), "127.0.0.2", "Order");
        assertThat(l.key().channel()).isEqualTo(Channel.REPLICATION);
        assertThat(l.key().inbound()).isTrue();
        assertThat(l.totalEvents()).isEqualTo(45);
        assertThat(l.eventsPerSecond()).isEqualTo(50.0); // 45 events over the 0.9 s window
        assertThat(model.totalEvents()).isEqualTo(45);
        advance(1000);
        assertThat(link(model.snapshot(), "127.0.0.2", "Order").eventsPerSecond())
                .isZero();
    }

    @Test
    void countsStayExactUnderConcurrentEvents() throws Exception {
        FlowModel live = FlowModel.withDefaults();
        int threads = 8;
        int perThread = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String table = "T" + (t % 3);
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < perThread; i++) {
                    live.outbound(Channel.WEBSOCKET, table, "console", 10);
                }
            }));
        }
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        FlowSnapshot s = live.snapshot();
        assertThat(s.totalEvents()).isEqualTo((long) threads * perThread);
        assertThat(s.links().stream().mapToLong(FlowLink::totalEvents).sum()).isEqualTo((long) threads * perThread);
        assertThat(s.links().stream().mapToLong(FlowLink::totalBytes).sum()).isEqualTo(10L * threads * perThread);
        assertThat(link(s, "T0", "console").totalEvents()).isEqualTo(3L * perThread);
    }

    @Test
    void rateIsEventsOverTheCompletedWindow() {
        for (int b = 0; b < 9; b++) {
            for (int i = 0; i < 10; i++) {
                model.inbound(Channel.REST, "app", "Order", 100);
            }
            advance(100);
        }

        FlowLink l = link(model.snapshot(), "app", "Order");

        assertThat(l.eventsPerSecond()).isEqualTo(100.0);
        assertThat(l.bytesPerSecond()).isEqualTo(10_000.0);
    }

    @Test
    void rateFallsToZeroOnceTheWindowPasses() {
        model.inbound(Channel.MQTT, "sensor-1", "Reading", 20);
        advance(1_500);

        FlowLink l = link(model.snapshot(), "sensor-1", "Reading");

        assertThat(l.eventsPerSecond()).isZero();
        assertThat(l.totalEvents()).isEqualTo(1);
    }

    @Test
    void linksBeyondTheCapShareAnOverflowLink() {
        for (int i = 0; i < 200; i++) {
            model.inbound(Channel.REST, "client-" + i, "Order", 1);
        }

        FlowSnapshot s = model.snapshot();

        assertThat(model.trackedLinks()).isLessThanOrEqualTo(51);
        assertThat(s.overflowEvents()).isEqualTo(150);
        assertThat(link(s, FlowModel.OVERFLOW, FlowModel.OVERFLOW).totalEvents())
                .isEqualTo(150);
        assertThat(s.totalEvents()).isEqualTo(200);
    }

    @Test
    void idleLinksAreDroppedAtSnapshot() {
        model.inbound(Channel.REST, "old", "Order", 1);
        advance(11_000);
        model.inbound(Channel.REST, "new", "Order", 1);

        FlowSnapshot s = model.snapshot();

        assertThat(s.links()).extracting(l -> l.key().from()).containsExactly("new");
    }

    @Test
    void gapMarksTheLinkUntilItsNextEvent() {
        FlowKey key = new FlowKey("Order", "console", Channel.SSE, false);
        model.gap(key);
        assertThat(link(model.snapshot(), "Order", "console").gap()).isTrue();

        model.record(key, 5);

        assertThat(link(model.snapshot(), "Order", "console").gap()).isFalse();
    }
}

package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultIT {

    @Test
    void harperKilledMidStreamReconnectsMarksTheGapAndDeliversLaterEvents() throws Exception {
        HarperClient client = ShopApp.deployed();
        Collector ws = new Collector();
        Collector mqtt = new Collector();
        Collector sse = new Collector();
        LiveStreams streams = new LiveStreams(SharedHarper.endpoint());
        client.rest().put("/Product/sse-fault", Map.of("name", "S0", "price", 1.0, "stock", 0));
        try (LiveStream wsStream = streams.webSocket("/Product/", StreamOptions.DEFAULTS, ws);
                LiveStream mqttStream = streams.mqtt("Product/#", StreamOptions.DEFAULTS, mqtt);
                LiveStream sseStream = streams.sse("/Product/sse-fault", StreamOptions.DEFAULTS, sse)) {
            sse.await(Collector.change(LiveEvent.Kind.PUT, "sse-fault", true), Duration.ofSeconds(10));
            client.rest().put("/Product/before-kill", Map.of("name", "B", "price", 1.0, "stock", 1));
            ws.await(Collector.change(LiveEvent.Kind.PUT, "before-kill", false), Duration.ofSeconds(10));

            ProcessHandle harper = ProcessHandle.of(
                            SharedHarper.runtime().nodes().get(0).pid())
                    .orElseThrow();
            harper.destroyForcibly();
            harper.onExit().get();
            SharedHarper.runtime().start(StartOptions.single(true));

            String afterKillId = "after-kill-" + System.nanoTime(); // not in any earlier replay of the shared table
            client.rest().put("/Product/" + afterKillId, Map.of("name", "A", "price", 1.0, "stock", 1));
            ws.await(e -> e instanceof LiveEvent.Gap, Duration.ofSeconds(60));
            // Written while the stream reconnects: it comes with the table replay that follows the gap marker,
            // or live when the stream was back before the write committed. Either way, after the marker.
            LiveEvent afterKill = ws.await(
                    e -> e instanceof LiveEvent.Change c
                            && c.kind() == LiveEvent.Kind.PUT
                            && afterKillId.equals(c.id()),
                    Duration.ofSeconds(60));
            assertThat(ws.events().indexOf(afterKill))
                    .as("the write made during the outage follows the gap marker")
                    .isGreaterThan(indexOf(ws.events(), e -> e instanceof LiveEvent.Gap));
            client.rest().put("/Product/after-recovery", Map.of("name", "R", "price", 1.0, "stock", 1));
            ws.await(Collector.change(LiveEvent.Kind.PUT, "after-recovery", false), Duration.ofSeconds(60));
            mqtt.await(e -> e instanceof LiveEvent.Gap, Duration.ofSeconds(60));
            // SSE: the same outage gives a gap marker, then a change made after recovery arrives live
            sse.await(e -> e instanceof LiveEvent.Gap, Duration.ofSeconds(60));
            awaitSecondReplay(sse, "sse-fault"); // the resubscribed stream has sent the record's current state
            client.rest().patch("/Product/sse-fault", Map.of("stock", 42));
            LiveEvent.Change afterSse = (LiveEvent.Change) sse.await(
                    e -> e instanceof LiveEvent.Change c
                            && !c.replay()
                            && "sse-fault".equals(c.id())
                            && c.value() != null
                            && c.value().path("stock").asInt() == 42,
                    Duration.ofSeconds(60));
            assertThat(afterSse.value().path("name").asText()).isEqualTo("S0");
            assertThat(sseStream.stats().reconnects()).isGreaterThanOrEqualTo(1);
            List<LiveEvent> sseEvents = sse.events();
            int gapAt = indexOf(sseEvents, e -> e instanceof LiveEvent.Gap);
            assertThat(sseEvents.indexOf(afterSse))
                    .as("the post-recovery change comes after the gap marker")
                    .isGreaterThan(gapAt);
            mqtt.await(
                    c -> c instanceof LiveEvent.Change ch && "after-recovery".equals(ch.id()), Duration.ofSeconds(60));
            assertThat(wsStream.stats().reconnects()).isGreaterThanOrEqualTo(1);
            LiveEvent.Gap gap = (LiveEvent.Gap) ws.events().stream()
                    .filter(e -> e instanceof LiveEvent.Gap)
                    .findFirst()
                    .orElseThrow();
            assertThat(gap.restoredAt()).isAfter(gap.lostAt());
        }
    }

    /** Up to 10 s for the record's state to be replayed a second time (after the reconnect). */
    private static void awaitSecondReplay(Collector events, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events.events().stream()
                                .filter(Collector.change(LiveEvent.Kind.PUT, id, true))
                                .count()
                        < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static int indexOf(List<LiveEvent> events, java.util.function.Predicate<LiveEvent> test) {
        for (int i = 0; i < events.size(); i++) {
            if (test.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

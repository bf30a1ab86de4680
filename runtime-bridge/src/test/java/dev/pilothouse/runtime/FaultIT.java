package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultIT {

    @Test
    void harperKilledMidStreamReconnectsMarksTheGapAndDeliversLaterEvents() throws Exception {
        HarperClient client = ShopApp.deployed();
        Collector ws = new Collector();
        Collector mqtt = new Collector();
        LiveStreams streams = new LiveStreams(SharedHarper.endpoint());
        try (LiveStream wsStream = streams.webSocket("/Product/", StreamOptions.DEFAULTS, ws);
             LiveStream mqttStream = streams.mqtt("Product/#", StreamOptions.DEFAULTS, mqtt)) {
            client.rest().put("/Product/before-kill", Map.of("name", "B", "price", 1.0, "stock", 1));
            ws.await(Collector.change(LiveEvent.Kind.PUT, "before-kill", false), Duration.ofSeconds(10));

            ProcessHandle harper = ProcessHandle.of(SharedHarper.runtime().nodes().get(0).pid()).orElseThrow();
            harper.destroyForcibly();
            harper.onExit().get();
            SharedHarper.runtime().start(StartOptions.single(true));

            client.rest().put("/Product/after-kill", Map.of("name", "A", "price", 1.0, "stock", 1));
            ws.await(e -> e instanceof LiveEvent.Gap, Duration.ofSeconds(60));
            // written during the outage: it comes back with the table replay that follows the gap marker
            ws.await(Collector.change(LiveEvent.Kind.PUT, "after-kill", true), Duration.ofSeconds(60));
            client.rest().put("/Product/after-recovery", Map.of("name", "R", "price", 1.0, "stock", 1));
            ws.await(Collector.change(LiveEvent.Kind.PUT, "after-recovery", false), Duration.ofSeconds(60));
            mqtt.await(e -> e instanceof LiveEvent.Gap, Duration.ofSeconds(60));
            mqtt.await(c -> c instanceof LiveEvent.Change ch && "after-recovery".equals(ch.id()),
                    Duration.ofSeconds(60));
            assertThat(wsStream.stats().reconnects()).isGreaterThanOrEqualTo(1);
            LiveEvent.Gap gap = (LiveEvent.Gap) ws.events().stream().filter(e -> e instanceof LiveEvent.Gap)
                    .findFirst().orElseThrow();
            assertThat(gap.restoredAt()).isAfter(gap.lostAt());
        }
    }
}

package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A WebSocket whose peer goes silent without closing is noticed by its pings, dropped, and reconnected. */
class HeartbeatIT {

    @Test
    void aSilentConnectionIsDroppedAndTheStreamReconnectsWithAGapMarker() throws Exception {
        HarperClient client = ShopApp.deployed();
        HarperEndpoint direct = SharedHarper.endpoint();
        client.rest().put("/Product/hb-before", Map.of("name", "B", "price", 1.0, "stock", 1));
        try (StallingRelay relay = new StallingRelay(direct.httpUrl().getPort())) {
            HarperEndpoint relayed = new HarperEndpoint(
                    direct.operationsUrl(),
                    URI.create("http://127.0.0.1:" + relay.port() + "/"),
                    direct.mqttHost(),
                    direct.mqttPort(),
                    direct.credentials());
            Collector events = new Collector();
            StreamOptions options = StreamOptions.DEFAULTS.withHeartbeat(Duration.ofMillis(500));
            try (LiveStream stream = new LiveStreams(relayed).webSocket("/Product/", options, events)) {
                events.await(Collector.change(LiveEvent.Kind.PUT, "hb-before", true), Duration.ofSeconds(10));
                relay.stallOpenConnections();

                LiveEvent.Gap gap =
                        (LiveEvent.Gap) events.await(e -> e instanceof LiveEvent.Gap, Duration.ofSeconds(15));
                assertThat(gap.reason()).contains("no answer");
                assertThat(relay.connectionsMade()).isGreaterThanOrEqualTo(2);
                client.rest().put("/Product/hb-after", Map.of("name", "A", "price", 1.0, "stock", 1));
                events.await(Collector.change(LiveEvent.Kind.PUT, "hb-after", false), Duration.ofSeconds(10));
                assertThat(stream.stats().reconnects()).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aQuietButLiveConnectionIsKept() throws Exception {
        ShopApp.deployed();
        Collector events = new Collector();
        StreamOptions options = StreamOptions.DEFAULTS.withHeartbeat(Duration.ofMillis(300));
        try (LiveStream stream = new LiveStreams(SharedHarper.endpoint()).webSocket("/Product/", options, events)) {
            Thread.sleep(3_000); // ten heartbeats with no changes: pongs alone keep it open
            assertThat(stream.stats().reconnects()).isZero();
            assertThat(events.events()).noneMatch(e -> e instanceof LiveEvent.Gap);
        }
    }
}

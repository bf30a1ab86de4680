package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void tableSubscriptionOverWebSocketReplaysThenStreamsLiveChanges() throws Exception {
        HarperClient client = ShopApp.deployed();
        client.rest().put("/Product/ws-old", Map.of("name", "Old", "price", 1.0, "stock", 1));
        Collector events = new Collector();
        try (LiveStream stream =
                new LiveStreams(SharedHarper.endpoint()).webSocket("/Product/", StreamOptions.DEFAULTS, events)) {
            events.await(Collector.change(LiveEvent.Kind.PUT, "ws-old", true), WAIT);
            client.rest().put("/Product/ws-new", Map.of("name", "New", "price", 2.0, "stock", 2));
            LiveEvent.Change put =
                    (LiveEvent.Change) events.await(Collector.change(LiveEvent.Kind.PUT, "ws-new", false), WAIT);
            assertThat(put.value().path("name").asText()).isEqualTo("New");
            assertThat(put.version()).isGreaterThan(0);
            client.rest().delete("/Product/ws-new");
            events.await(Collector.change(LiveEvent.Kind.DELETE, "ws-new", false), WAIT);
            assertThat(stream.stats().received()).isGreaterThanOrEqualTo(3);
            assertThat(stream.stats().bytes()).isPositive();
        }
    }

    @Test
    void recordSubscriptionOverSseSendsCurrentValueThenChanges() throws Exception {
        HarperClient client = ShopApp.deployed();
        client.rest().put("/Product/sse1", Map.of("name", "First", "price", 1.0, "stock", 1));
        Collector events = new Collector();
        try (LiveStream stream =
                new LiveStreams(SharedHarper.endpoint()).sse("/Product/sse1", StreamOptions.DEFAULTS, events)) {
            events.await(Collector.change(LiveEvent.Kind.PUT, "sse1", true), WAIT);
            client.rest().patch("/Product/sse1", Map.of("stock", 7));
            LiveEvent.Change live =
                    (LiveEvent.Change) events.await(Collector.change(LiveEvent.Kind.PUT, "sse1", false), WAIT);
            assertThat(live.value().path("stock").asInt()).isEqualTo(7);
            assertThat(live.value().path("name").asText()).isEqualTo("First");
        }
    }

    @Test
    void mqttTopicDeliversInitialRecordsThenPutsAndDeletes() throws Exception {
        HarperClient client = ShopApp.deployed();
        client.rest().put("/Product/mq-old", Map.of("name", "Old", "price", 1.0, "stock", 1));
        Collector events = new Collector();
        try (LiveStream stream =
                new LiveStreams(SharedHarper.endpoint()).mqtt("Product/#", StreamOptions.DEFAULTS, events)) {
            events.await(Collector.change(LiveEvent.Kind.PUT, "mq-old", true), WAIT);
            Thread.sleep(500); // past the initial burst
            client.rest().put("/Product/mq-new", Map.of("name", "New", "price", 2.0, "stock", 2));
            events.await(Collector.change(LiveEvent.Kind.PUT, "mq-new", false), WAIT);
            client.rest().delete("/Product/mq-new");
            events.await(Collector.change(LiveEvent.Kind.DELETE, "mq-new", false), WAIT);
        }
    }

    @Test
    void fullBufferDropsNewestEventsAndCountsThem() throws Exception {
        HarperClient client = ShopApp.deployed();
        Collector stalled = new Collector(0); // requests nothing: its buffer fills up
        try (LiveStream stream = new LiveStreams(SharedHarper.endpoint())
                .webSocket("/Product/", StreamOptions.DEFAULTS.withBuffer(2, OverflowPolicy.DROP_NEWEST), stalled)) {
            Thread.sleep(500); // let the whole-table replay arrive first
            long replayed = stream.stats().received();
            for (int i = 0; i < 20; i++) {
                client.rest().put("/Product/of-" + i, Map.of("name", "n" + i, "price", 1.0, "stock", i));
            }
            long deadline = System.currentTimeMillis() + WAIT.toMillis();
            while (stream.stats().received() - replayed < 20 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            StreamStats stats = stream.stats();
            assertThat(stats.received() - replayed).isGreaterThanOrEqualTo(20);
            assertThat(stats.delivered()).isZero();
            assertThat(stats.dropped()).isGreaterThanOrEqualTo(stats.received() - 2);
            assertThat(stats.eventsPerSecond()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void wrongCredentialsOnAStreamFailWithAuthenticationError() {
        ShopApp.deployed();
        HarperEndpoint bad = SharedHarper.endpoint().withCredentials(new Credentials.Basic("admin", "wrong"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new LiveStreams(bad).sse("/Product/", StreamOptions.DEFAULTS, new Collector()))
                .isInstanceOf(AuthenticationFailedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new LiveStreams(bad).mqtt("Product/#", StreamOptions.DEFAULTS, new Collector()))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}

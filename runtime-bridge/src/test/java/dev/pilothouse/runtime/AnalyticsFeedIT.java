package dev.pilothouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

class AnalyticsFeedIT {

    @Test
    void restAndMqttWritesArriveAsInboundTrafficOfTheirTable() throws Exception {
        HarperClient client = ShopApp.deployed();
        HarperEndpoint endpoint = SharedHarper.endpoint();
        try (AnalyticsFeed feed = new AnalyticsFeed(client)) {
            assertThat(feed.poll()).isEmpty(); // the first poll only finds the end of the table
            Thread.sleep(1500); // writes of earlier tests still in Harper's current second land in the next record
            feed.poll();
            for (int i = 0; i < 5; i++) {
                client.rest().put("/Product/af-" + i, Map.of("name", "AF", "price", 1.0, "stock", i));
            }
            try (MqttClient mqtt = new MqttClient(
                    "tcp://" + endpoint.mqttHost() + ":" + endpoint.mqttPort(),
                    "analytics-it-" + UUID.randomUUID(),
                    new MemoryPersistence())) {
                MqttConnectOptions options = new MqttConnectOptions();
                options.setUserName(SharedHarper.runtime().credentials().username());
                options.setPassword(
                        SharedHarper.runtime().credentials().password().toCharArray());
                mqtt.connect(options);
                for (int i = 0; i < 3; i++) {
                    mqtt.publish(
                            "Product/af-mqtt-" + i,
                            "{\"name\":\"M\",\"price\":2.0,\"stock\":1}".getBytes(StandardCharsets.UTF_8),
                            1,
                            true);
                }
                mqtt.disconnect();
            }

            List<InboundTraffic> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((sum(seen, InboundTraffic.Source.REST) < 5 || sum(seen, InboundTraffic.Source.MQTT) < 3)
                    && System.nanoTime() < deadline) {
                Thread.sleep(250);
                seen.addAll(feed.poll());
            }
            assertThat(sum(seen, InboundTraffic.Source.REST)).isEqualTo(5);
            assertThat(sum(seen, InboundTraffic.Source.MQTT)).isEqualTo(3);
            assertThat(seen)
                    .filteredOn(t -> t.source() == InboundTraffic.Source.REST)
                    .allSatisfy(t -> assertThat(t.method()).isEqualTo("PUT"));
            assertThat(seen)
                    .filteredOn(t -> t.source() == InboundTraffic.Source.MQTT)
                    .allSatisfy(t -> {
                        assertThat(t.method()).isEqualTo("publish,qos=1");
                        assertThat(t.bytes()).isPositive();
                    });
            assertThat(seen).allSatisfy(t -> assertThat(t.peer()).isNull());
        }
    }

    /** Writes to Product seen from one source (other tests of the run write to other paths). */
    private static long sum(List<InboundTraffic> seen, InboundTraffic.Source source) {
        return seen.stream()
                .filter(t -> t.source() == source && t.resource().equals("Product"))
                .mapToLong(InboundTraffic::count)
                .sum();
    }
}

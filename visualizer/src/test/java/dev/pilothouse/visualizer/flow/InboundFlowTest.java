package dev.pilothouse.visualizer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.AnalyticsFeed;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.runtime.HarperEndpoint;
import dev.pilothouse.runtime.HarperInstaller;
import dev.pilothouse.runtime.LocalRuntime;
import dev.pilothouse.runtime.RuntimeNode;
import dev.pilothouse.runtime.StartOptions;
import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.diagram.Diagram;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inbound links of the live flow from a real Harper 4.7.29's own analytics: REST and MQTT writers into a table. */
class InboundFlowTest {

    private static LocalRuntime runtime;
    private static RuntimeNode node;

    @BeforeAll
    static void start() throws Exception {
        Path target =
                Path.of(System.getProperty("project.build.directory", "target")).toAbsolutePath();
        runtime = new LocalRuntime(target.resolve("harper-flow"), HarperInstaller.forCurrentUser());
        runtime.stop(); // a run killed hard may have left a node behind
        node = runtime.start(new StartOptions(1, true, StartOptions.Ports.ANY, Duration.ofSeconds(120), null))
                .get(0);
        Path app = Path.of(InboundFlowTest.class
                        .getResource("/apps/sensors/schema.graphql")
                        .toURI())
                .getParent();
        runtime.deployer(node).deploy(app, "sensors", Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.stop();
        }
    }

    @Test
    void restAndMqttWritersAppearAsInboundLinksWithNonzeroRates() throws Exception {
        HarperClient client = runtime.client(node);
        HarperEndpoint endpoint = runtime.endpoint(node);
        FlowModel model = FlowModel.withDefaults();
        try (AnalyticsFeed feed = new AnalyticsFeed(client);
                AutoCloseable ignored = feed.onTraffic(new AnalyticsFlow(model));
                MqttClient mqtt = mqtt(endpoint);
                AutoCloseable disconnect = mqtt::disconnect) { // Paho closes only a disconnected client
            feed.start(Duration.ofMillis(200));
            FlowKey rest = new FlowKey("REST clients", "Reading", Channel.REST, true);
            FlowKey published = new FlowKey("MQTT clients", "Reading", Channel.MQTT, true);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int i = 0;
            // keep writing (10/s each way) until one snapshot shows both links moving
            while (!(rate(model, rest) > 0 && rate(model, published) > 0) && System.nanoTime() < deadline) {
                client.rest().put("/Reading/r" + i, Map.of("sensor", "s1", "value", i));
                mqtt.publish(
                        "Reading/m" + i,
                        ("{\"sensor\":\"s2\",\"value\":" + i + "}").getBytes(StandardCharsets.UTF_8),
                        1,
                        true);
                i++;
                Thread.sleep(100);
            }
            FlowSnapshot snapshot = model.snapshot();
            assertThat(rate(snapshot, rest))
                    .as("REST clients -> Reading, events/s")
                    .isPositive();
            assertThat(rate(snapshot, published))
                    .as("MQTT clients -> Reading, events/s")
                    .isPositive();
            assertThat(link(snapshot, published).map(FlowLink::totalBytes).orElse(0L))
                    .isPositive();

            Diagram diagram = new FlowDiagram(Corpus.assembler()).draw(snapshot, LayoutResult.EMPTY);
            String svg = SvgRenderer.withDefaultStyle().render(diagram.scene());
            assertThat(svg)
                    .contains("data-id=\"flow:src:rest:REST clients-&gt;res:Reading\"")
                    .contains("data-id=\"flow:src:mqtt:MQTT clients-&gt;res:Reading\"");
        }
    }

    private static MqttClient mqtt(HarperEndpoint endpoint) throws Exception {
        MqttClient mqtt = new MqttClient(
                "tcp://" + endpoint.mqttHost() + ":" + endpoint.mqttPort(),
                "flow-test-" + UUID.randomUUID(),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(runtime.credentials().username());
        options.setPassword(runtime.credentials().password().toCharArray());
        mqtt.connect(options);
        return mqtt;
    }

    private static double rate(FlowModel model, FlowKey key) {
        return rate(model.snapshot(), key);
    }

    private static double rate(FlowSnapshot snapshot, FlowKey key) {
        return link(snapshot, key).map(FlowLink::eventsPerSecond).orElse(0.0);
    }

    private static Optional<FlowLink> link(FlowSnapshot snapshot, FlowKey key) {
        return snapshot.links().stream().filter(l -> l.key().equals(key)).findFirst();
    }
}

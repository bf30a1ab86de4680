package dev.pilothouse.visualizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.InboundTraffic;
import dev.pilothouse.visualizer.flow.AnalyticsFlow;
import dev.pilothouse.visualizer.flow.Channel;
import dev.pilothouse.visualizer.flow.FlowDiagram;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.schema.DiffDiagram;
import dev.pilothouse.visualizer.schema.SchemaDiagram;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import dev.pilothouse.visualizer.timeline.TimeRange;
import dev.pilothouse.visualizer.timeline.TimelineDiagram;
import dev.pilothouse.visualizer.timeline.TimelineDiagramTest;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import dev.pilothouse.visualizer.topology.TopologyDiagramTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Renders one example of each view to target/examples (docs/images holds the committed copies) and checks each is
 * well-formed SVG with something in it.
 */
class ExampleImagesTest {

    private static final Path OUT = Path.of("target/examples");

    private static void write(String name, Scene scene) throws IOException {
        Files.createDirectories(OUT);
        String svg = SvgRenderer.withDefaultStyle().render(scene);
        Files.writeString(OUT.resolve(name + ".svg"), svg);
        assertThat(SvgStructure.parse(svg).nodes()).isNotEmpty();
    }

    @Test
    void everyViewRendersAnExample() throws IOException {
        write(
                "schema",
                new SchemaDiagram(Corpus.assembler())
                        .draw(Corpus.schema("04-shop-orders.graphql"))
                        .scene());
        String old = Files.readString(Corpus.VALID.resolve("04-shop-orders.graphql"));
        String changed = old.replace("  displayName: String\n", "  nickname: String\n")
                .replace("  status: String! @indexed", "  status: Int! @indexed")
                .replace(
                        "type PriceQuote @table(database: \"shop\", expiration: 300, replicate: false) {",
                        "type Coupon @table(database: \"shop\") {\n  code: ID @primaryKey\n  percent: Int\n}\n\n"
                                + "type PriceQuote @table(database: \"shop\", expiration: 60, replicate: false) {");
        write(
                "diff",
                new DiffDiagram(Corpus.assembler())
                        .draw(Corpus.parse(old), Corpus.parse(changed))
                        .scene());
        write(
                "cluster",
                new TopologyDiagram(Corpus.assembler())
                        .draw(TopologyDiagramTest.TOPOLOGY_EXAMPLE, LayoutResult.EMPTY)
                        .scene());
        write(
                "timeline",
                new TimelineDiagram(900)
                        .draw(TimelineDiagramTest.RECORDS, TimeRange.covering(TimelineDiagramTest.RECORDS)));
        write(
                "flow",
                new FlowDiagram(Corpus.assembler())
                        .draw(flow().snapshot(), LayoutResult.EMPTY)
                        .scene());
    }

    private static FlowModel flow() {
        AtomicLong clock = new AtomicLong();
        FlowModel model = new FlowModel(clock::get, Duration.ofMillis(100), 100, Duration.ofMinutes(1));
        AnalyticsFlow analytics = new AnalyticsFlow(model);
        for (int bucket = 0; bucket < 10; bucket++) {
            // inbound as the runtime's analytics report it (AnalyticsFeed -> AnalyticsFlow): per channel, peers by name
            analytics.accept(traffic(InboundTraffic.Source.REST, null, "Order", 120, 0));
            analytics.accept(traffic(InboundTraffic.Source.MQTT, null, "Reading", 408, 408 * 40));
            analytics.accept(traffic(InboundTraffic.Source.REPLICATION, "127.0.0.2", "Order", 30, 30 * 300));
            repeat(150, () -> model.outbound(Channel.WEBSOCKET, "Order", "console", 300));
            repeat(12, () -> model.outbound(Channel.SSE, "Order", "dashboard", 300));
            repeat(400, () -> model.outbound(Channel.MQTT, "Reading", "alerts-svc", 40));
            repeat(30, () -> model.outbound(Channel.REPLICATION, "Order", "127.0.0.2", 300));
            clock.addAndGet(100_000_000L);
        }
        return model;
    }

    private static InboundTraffic traffic(
            InboundTraffic.Source source, String peer, String resource, long count, long bytes) {
        return new InboundTraffic(Instant.EPOCH, 100, source, peer, resource, "", count, bytes);
    }

    private static void repeat(int times, Runnable r) {
        for (int i = 0; i < times; i++) {
            r.run();
        }
    }
}

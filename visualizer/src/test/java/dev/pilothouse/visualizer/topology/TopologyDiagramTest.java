package dev.pilothouse.visualizer.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.visualizer.Corpus;
import dev.pilothouse.visualizer.SvgStructure;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.svg.SvgRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

public class TopologyDiagramTest {

    public static final ClusterTopology TOPOLOGY_EXAMPLE = new ClusterTopology(
            List.of(
                    new ClusterTopology.Node("127.0.0.1", "http://127.0.0.1:9925", true, ""),
                    new ClusterTopology.Node("127.0.0.2", "http://127.0.0.2:9925", true, ""),
                    new ClusterTopology.Node("127.0.0.3", "http://127.0.0.3:9925", false, "connection refused")),
            List.of(
                    new ClusterTopology.Link("127.0.0.1", "127.0.0.2", true, 3.2, List.of("data", "shop")),
                    new ClusterTopology.Link("127.0.0.2", "127.0.0.1", true, 2.9, List.of("data", "shop")),
                    new ClusterTopology.Link("127.0.0.1", "127.0.0.3", false, Double.NaN, List.of("data")),
                    new ClusterTopology.Link("127.0.0.2", "127.0.0.9", true, 40, List.of("data"))));

    private final SvgStructure svg = SvgStructure.parse(SvgRenderer.withDefaultStyle()
            .render(new TopologyDiagram(Corpus.assembler())
                    .draw(TOPOLOGY_EXAMPLE, LayoutResult.EMPTY)
                    .scene()));

    @Test
    void nodesShowTheirHealth() {
        assertThat(svg.nodes().get("node:127.0.0.1").classes()).contains("healthy");
        assertThat(svg.nodes().get("node:127.0.0.3").classes()).contains("unreachable");
        assertThat(svg.nodes().get("node:127.0.0.3").rows()).contains("error");
    }

    @Test
    void linksShowConnectionStateLatencyAndDatabases() {
        SvgStructure.EdgeLine up = svg.edges().get("link:127.0.0.1->127.0.0.2");
        SvgStructure.EdgeLine down = svg.edges().get("link:127.0.0.1->127.0.0.3");

        assertThat(up.classes()).contains("connected");
        assertThat(up.label()).isEqualTo("3 ms data,shop");
        assertThat(down.classes()).contains("disconnected");
        assertThat(down.label()).startsWith("? ms");
    }

    @Test
    void nodesListPerDatabaseHowManyPeersAreUp() {
        assertThat(svg.nodes().get("node:127.0.0.1").rows()).containsExactly("data", "shop");
    }

    @Test
    void peersThatWereNotPolledStillAppear() {
        assertThat(svg.nodes().get("node:127.0.0.9").classes()).contains("unpolled");
    }
}

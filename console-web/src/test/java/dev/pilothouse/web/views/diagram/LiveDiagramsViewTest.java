package dev.pilothouse.web.views.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.flow.Channel;
import dev.pilothouse.visualizer.flow.FlowDiagram;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import dev.pilothouse.web.runtime.HarperConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The /live view built by hand (no Spring, no browser): scenes from the real kits end up in its SVG and details. */
@ViewPackages(packages = "dev.pilothouse.web.views.diagram.none")
class LiveDiagramsViewTest extends BrowserlessTest {

    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final DiagramAssembler assembler = new DiagramAssembler(new Layouter(Runnable::run, 2));

    @AfterEach
    void stop() {
        ticker.shutdownNow();
    }

    private LiveDiagramsView view() {
        LiveDiagramsView view = new LiveDiagramsView(new HarperConnection(Optional.empty()), ticker);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void aFlowModelsLinksAreDrawnAsNodesAndEdgesAndASelectedTableListsItsRates() {
        AtomicLong clock = new AtomicLong(); // rates count whole buckets: step past one
        FlowModel model = new FlowModel(clock::get, Duration.ofSeconds(1), 100, Duration.ofMinutes(1));
        for (int i = 0; i < 40; i++) {
            model.inbound(Channel.REST, "REST clients", "Product", 120);
        }
        model.outbound(Channel.WEBSOCKET, "Product", "dashboard", 80);
        clock.addAndGet(Duration.ofMillis(1_500).toNanos());
        LiveDiagramsView view = view();

        view.flowDrawn(new FlowDiagram(assembler)
                .draw(model.snapshot(), LayoutResult.EMPTY)
                .scene());

        String svg = view.flowCanvas().svg();
        // the SVG writer escapes '>' in attributes
        assertThat(svg)
                .startsWith("<svg")
                .contains(
                        "data-id=\"res:Product\"",
                        "data-id=\"src:rest:REST clients\"",
                        "data-id=\"sub:websocket:dashboard\"",
                        "data-id=\"flow:src:rest:REST clients-&gt;res:Product\"",
                        "data-id=\"flow:res:Product-&gt;sub:websocket:dashboard\"");
        view.flowCanvas().select("res:Product");
        assertThat(text(view)).contains("Product").containsPattern("← REST clients +[1-9]");
    }

    @Test
    void withoutAClusterTheTopologyIsTheOneNode() {
        LiveDiagramsView view = view();
        ClusterTopology alone = new ClusterTopology(
                List.of(new ClusterTopology.Node("harper-a", "http://127.0.0.1:9925", true, "")), List.of());

        view.topologyDrawn(
                new TopologyDiagram(assembler).draw(alone, LayoutResult.EMPTY).scene());

        String svg = view.topologyCanvas().svg();
        assertThat(svg.split("data-id=\"node:", -1)).hasSize(2);
        assertThat(svg).contains("harper-a").doesNotContain("class=\"edge-line");
    }

    @Test
    void withoutHarperNothingPollsAndTheStatusSaysWhy() {
        LiveDiagramsView view = view();

        assertThat(view.live()).isNull();
        assertThat(text(view)).contains("No Harper attached");
    }

    private static String text(LiveDiagramsView view) {
        return view.getElement().getTextRecursively().lines().collect(Collectors.joining(" "));
    }
}

package dev.pilothouse.web.views.diagram;

import dev.pilothouse.runtime.AnalyticsFeed;
import dev.pilothouse.runtime.ClusterMonitor;
import dev.pilothouse.runtime.ClusterTopology;
import dev.pilothouse.runtime.HarperClient;
import dev.pilothouse.visualizer.diagram.DiagramAssembler;
import dev.pilothouse.visualizer.flow.AnalyticsFlow;
import dev.pilothouse.visualizer.flow.FlowDiagram;
import dev.pilothouse.visualizer.flow.FlowModel;
import dev.pilothouse.visualizer.flow.FlowSnapshot;
import dev.pilothouse.visualizer.layout.LayoutResult;
import dev.pilothouse.visualizer.layout.Layouter;
import dev.pilothouse.visualizer.scene.Scene;
import dev.pilothouse.visualizer.topology.TopologyDiagram;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One view's live diagrams: Harper's analytics feed into a flow model, the cluster monitor's topology, each laid
 * out and handed over as a scene. The flow is redrawn once a second only when its snapshot changed; the topology
 * when the monitor reports a change. Closing stops the pollers and the tick (a detached view leaves nothing running).
 */
final class LiveDiagrams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveDiagrams.class);

    private final FlowModel model;
    private final AnalyticsFeed feed;
    private final ClusterMonitor monitor;
    private final ScheduledFuture<?> tick;
    private final FlowDiagram flowDiagram;
    private final TopologyDiagram topologyDiagram;
    private final Consumer<Scene> onFlow;
    private final Consumer<Scene> onTopology;
    private LayoutResult flowLayout = LayoutResult.EMPTY;
    private LayoutResult topologyLayout = LayoutResult.EMPTY;
    private FlowSnapshot lastDrawn;
    private volatile boolean closed;

    LiveDiagrams(
            HarperClient client, ScheduledExecutorService ticker, Consumer<Scene> onFlow, Consumer<Scene> onTopology) {
        this(client, analyticsModel(System::nanoTime), ticker, onFlow, onTopology);
    }

    /**
     * A flow model for Harper's analytics, which arrive as one batch per thread and second, each counted at the
     * moment the feed reads it. The default one-second window would hold a batch for 0.9 s only, and the drawing
     * tick, started with the feed and running at the same period, kept reading the model in the same 100 ms as the
     * feed recorded, before the batch counted: every link showed 0/s while records were written. Half-second buckets
     * make the window 4.5 s, several batches wide, so the rate is the analytics' own rate whatever the phase.
     */
    static FlowModel analyticsModel(java.util.function.LongSupplier nanoClock) {
        return new FlowModel(nanoClock, Duration.ofMillis(500), 2000, Duration.ofMinutes(5));
    }

    /** With a given model: tests record events into it directly, next to what the feed records. */
    LiveDiagrams(
            HarperClient client,
            FlowModel model,
            ScheduledExecutorService ticker,
            Consumer<Scene> onFlow,
            Consumer<Scene> onTopology) {
        this.model = model;
        this.onFlow = onFlow;
        this.onTopology = onTopology;
        // small graphs lay out in milliseconds: on the tick's own thread
        DiagramAssembler assembler = new DiagramAssembler(new Layouter(Runnable::run, 8));
        flowDiagram = new FlowDiagram(assembler);
        topologyDiagram = new TopologyDiagram(assembler);
        feed = new AnalyticsFeed(client);
        feed.onTraffic(new AnalyticsFlow(model));
        feed.start(Duration.ofSeconds(1));
        monitor = new ClusterMonitor(List.of(client), Duration.ofSeconds(5));
        monitor.onChange(change -> drawTopology(change.current()));
        drawTopology(monitor.current());
        // half a period after the feed's polls: a redraw never races the batch being recorded
        tick = ticker.scheduleWithFixedDelay(this::drawFlow, 500, 1000, TimeUnit.MILLISECONDS);
    }

    /** Events counted by the flow model so far (tests and the status line). */
    long events() {
        return model.totalEvents();
    }

    boolean running() {
        return !tick.isDone();
    }

    private synchronized void drawFlow() {
        if (closed) {
            return;
        }
        try {
            FlowSnapshot snapshot = model.snapshot();
            if (lastDrawn != null && snapshot.links().equals(lastDrawn.links())) {
                return;
            }
            var diagram = flowDiagram.draw(snapshot, flowLayout);
            flowLayout = diagram.layout();
            lastDrawn = snapshot;
            onFlow.accept(diagram.scene());
        } catch (RuntimeException e) { // keep ticking: the next sample may draw
            LOG.warn("live flow diagram not drawn: {}", e.toString());
        }
    }

    private synchronized void drawTopology(ClusterTopology topology) {
        if (closed || topology.nodes().isEmpty()) {
            return;
        }
        var diagram = topologyDiagram.draw(topology, topologyLayout);
        topologyLayout = diagram.layout();
        onTopology.accept(diagram.scene());
    }

    @Override
    public void close() {
        closed = true;
        tick.cancel(false);
        feed.close();
        monitor.close();
    }
}
